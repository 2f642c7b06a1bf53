import { randomUUID } from 'node:crypto';
import { bearer, graphql, waitFor } from '@csirt/testing';
import { startStack, type Stack } from './support/stack';

/**
 * Splitting an incident, as a client sees it: intake hears (incidents.incident.opened with
 * the moved reports) and `Report.incident` of a moved report resolves to the new incident.
 */
describe('splitting an incident through the gateway', () => {
  let stack: Stack;
  let analyst: string;
  let manager: string;

  beforeAll(async () => {
    stack = await startStack();
    analyst = await bearer(['ANALYST', 'REPORTER'], { subject: 'e2e-split-analyst', clearance: 'AMBER_STRICT' });
    manager = await bearer(['INCIDENT_MANAGER'], { subject: 'e2e-split-manager', clearance: 'AMBER_STRICT' });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const call = (query: string, variables: Record<string, unknown>, auth = analyst) => graphql(stack.gatewayUrl, query, variables, auth);
  const incidentOf = async (reportId: string): Promise<string | undefined> =>
    (await call(`query($id: ID!) { report(id: $id) { incident { id } } }`, { id: reportId })).data?.report?.incident?.id;

  /** Submits, triages and escalates a report (into `incidentId`, or a new incident); answers its id and incident. */
  async function escalate(title: string, incidentId: string | null) {
    const submitted = await call(`mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`, {
      input: {
        channel: 'WEB_FORM',
        reporter: { name: 'Alice Reporter', email: 'alice@example.org', organisation: 'Example Hospital' },
        title,
        description: `Phishing mails seen (${title}).`,
        observables: [{ type: 'DOMAIN', value: 'evil.example' }],
        cia: { confidentiality: true, integrity: false, availability: false },
        tlp: 'AMBER',
      },
    });
    expect(submitted.errors).toBeUndefined();
    const reportId: string = submitted.data.submitReport.id;
    const triaged = await call(`mutation($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { status } }`, {
      id: reportId,
      input: { classification: { rsitClass: 'fraud', rsitType: 'phishing' }, severity: 2, priority: 'P2', reason: 'confirmed' },
    });
    expect(triaged.errors).toBeUndefined();
    const escalated = await call(`mutation($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { status } }`, {
      id: reportId,
      input: { incidentId, region: 'EMEA', reason: 'needs incident handling' },
    });
    expect(escalated.errors).toBeUndefined();
    const incident = await waitFor(`report ${reportId} to be in an incident`, () => incidentOf(reportId), { timeoutMs: 30_000, intervalMs: 200 });
    return { reportId, incident };
  }

  it('moves a report into a new incident, and Report.incident follows it', async () => {
    const tag = randomUUID().slice(0, 8);
    const first = await escalate(`Phishing wave ${tag}`, null);
    const second = await escalate(`Phishing wave ${tag}, other sender`, first.incident);
    expect(second.incident).toBe(first.incident);

    const split = await call(
      `mutation($input: SplitIncidentInput!) { splitIncident(input: $input) { id status reports { id } } }`,
      { input: { incidentId: first.incident, reportIds: [second.reportId], title: `Other sender ${tag}`, reason: 'A different campaign' } },
      manager,
    );
    expect(split.errors).toBeUndefined();
    const created = split.data.splitIncident;
    expect(created).toMatchObject({ status: 'OPEN', reports: [{ id: second.reportId }] });

    await waitFor('the moved report to point at the new incident', async () => (await incidentOf(second.reportId)) === created.id, {
      timeoutMs: 30_000,
      intervalMs: 200,
    });
    expect(await incidentOf(first.reportId)).toBe(first.incident);
    const both = await call(
      `query($a: ID!, $b: ID!) { a: incident(id: $a) { reports { id } timeline { kind } } b: incident(id: $b) { reports { id incident { id } } timeline { kind } } }`,
      { a: first.incident, b: created.id },
      manager,
    );
    expect(both.errors).toBeUndefined();
    expect(both.data.a.reports).toEqual([{ id: first.reportId }]);
    expect(both.data.a.timeline.map((e: { kind: string }) => e.kind)).toContain('SPLIT_INTO');
    expect(both.data.b.reports).toEqual([{ id: second.reportId, incident: { id: created.id } }]);
    expect(both.data.b.timeline.map((e: { kind: string }) => e.kind)).toEqual(['SPLIT_FROM']);
  });
});
