// Helpers for this service's integration specs only (imported by *.int.spec.ts, never by the app).
import { randomUUID } from 'node:crypto';
import type { PlatformRole } from '@csirt/auth';
import type { Tlp } from '@csirt/contracts';
import { bearer, graphql } from '@csirt/testing';
import type { DataSource } from 'typeorm';
import { intakeSubgraph } from '../subgraph';

export const TEST_DATABASE = 'csirt_test_intake';

/**
 * The subgraph without its incident-event consumer. Suites that do not test consumption
 * start this one, so that only the consuming suite's instance is in the `csirt-intake`
 * group: an event it publishes is then handled by the instance it observes, even when jest
 * runs the suites in parallel.
 */
export const intakeWithoutConsumer = { ...intakeSubgraph, consumes: undefined, timers: undefined };

/** The constituencies the specs name, as the teams directory would have announced them (generous targets). */
export async function seedConstituencies(dataSource: DataSource, ids = ['const-eu', 'const-apac']): Promise<void> {
  await dataSource.query(
    `INSERT INTO constituency (id, name, triage_minutes, acknowledge_minutes, contain_minutes, recover_minutes, changed_at)
     SELECT id, id, 1440, 1440, 2880, 10080, now() FROM unnest($1::text[]) AS c(id) ON CONFLICT (id) DO NOTHING`,
    [ids],
  );
}

export const REPORT_FIELDS = `
  id reference channel status title description tlp severity priority submittedBy recipients
  receivedAt occurredAt triagedAt timeToTriageSeconds escalatedToIncidentId affectedAssets partnerId sensorId
  reporter { name email organisation constituencyId }
  observables { type value }
  cia { confidentiality integrity availability }
  classification { rsitClass rsitType }
  suggestion { classification { rsitClass rsitType } severity priority reasons }
  decisions { kind fromStatus toStatus decidedBy decidedAt reason }
  mergedInto { id }
  incident { id }
  relatedReports { report { id } sharedObservables { type value } titleSimilarity reason }
`;

export const SUBMIT = `mutation ($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT_FIELDS} } }`;
export const REPORT = `query ($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;
export const TRIAGE = `mutation ($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { ${REPORT_FIELDS} } }`;
export const ESCALATE = `mutation ($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { ${REPORT_FIELDS} } }`;
export const REJECT = `mutation ($id: ID!, $reason: String!) { rejectReport(id: $id, reason: $reason) { ${REPORT_FIELDS} } }`;
export const MERGE = `mutation ($id: ID!, $into: ID!, $reason: String) { mergeReport(id: $id, intoReportId: $into, reason: $reason) { ${REPORT_FIELDS} } }`;

/** A unique word, so a test finds its own reports among everyone else's. */
export function marker(): string {
  return `m${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** A fresh documentation-range IPv4 address (198.18.0.0/15), unlikely to be shared by another test. */
export function freshIp(): string {
  const n = Math.floor(Math.random() * 131_072);
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
}

export function reportInput(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'WEB_FORM',
    reporter: { name: 'Alice Example', email: 'alice@example.org', organisation: 'Example Org', constituencyId: 'const-eu' },
    title: `Suspicious activity ${marker()}`,
    description: 'Something strange on the mail server.',
    tlp: 'AMBER',
    ...overrides,
  };
}

export function caller(
  roles: PlatformRole[],
  options: { subject?: string; clearance?: Tlp; personId?: string; partnerId?: string; sensorId?: string } = {},
): Promise<string> {
  return bearer(roles, {
    subject: options.subject ?? `${roles.join('-').toLowerCase()}-${randomUUID()}`,
    clearance: options.clearance ?? 'AMBER_STRICT',
    ...(options.personId ? { personId: options.personId } : {}),
    ...(options.partnerId ? { partnerId: options.partnerId } : {}),
    ...(options.sensorId ? { sensorId: options.sensorId } : {}),
  });
}

/** Submits a report and returns it; fails the test on any error. */
export async function submit(url: string, auth: string, overrides: Record<string, unknown> = {}) {
  const res = await graphql(url, SUBMIT, { input: reportInput(overrides) }, auth);
  if (res.errors) throw new Error(`submitReport failed: ${JSON.stringify(res.errors)}`);
  return res.data.submitReport;
}

/** Submits and triages a report; returns the triaged report. */
export async function submitTriaged(url: string, reporter: string, analyst: string, overrides: Record<string, unknown> = {}) {
  const report = await submit(url, reporter, overrides);
  const res = await graphql(
    url,
    TRIAGE,
    { id: report.id, input: { classification: { rsitClass: 'fraud', rsitType: 'phishing' }, severity: 3, priority: 'P2', reason: 'looks real' } },
    analyst,
  );
  if (res.errors) throw new Error(`triageReport failed: ${JSON.stringify(res.errors)}`);
  return res.data.triageReport;
}
