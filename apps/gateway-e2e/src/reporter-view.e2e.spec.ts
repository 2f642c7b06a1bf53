import { randomUUID } from 'node:crypto';
import { bearer, graphql, waitFor } from '@csirt/testing';
import { startStack, type Stack } from './support/stack';

const VIEW = `query($id: ID!) { report(id: $id) { reference status reporterView {
  reference status receivedAt decisions { decidedAt outcome message } incident { phase openedAt closedAt resolutionSummary }
} } }`;
const NOTIFICATIONS = `{ myNotifications { kind reportId reportReference title body } }`;

/**
 * A reporter follows the report it sent, through the gateway, as the platform runs: intake,
 * incidents and announcements as separate processes over Kafka. It sees its report's status,
 * the decisions meant for it and a reporter-safe view of the incident, never anything
 * internal or another reporter's report, and is notified once when the incident closes.
 */
describe('the reporter’s view through the gateway', () => {
  let stack: Stack;
  let reporter: string;
  let otherReporter: string;
  let analyst: string;
  let manager: string;

  beforeAll(async () => {
    stack = await startStack();
    reporter = await bearer(['REPORTER'], { subject: `e2e-reporter-${randomUUID()}`, clearance: 'GREEN' });
    otherReporter = await bearer(['REPORTER'], { subject: `e2e-other-reporter-${randomUUID()}`, clearance: 'AMBER_STRICT' });
    analyst = await bearer(['ANALYST'], { subject: 'e2e-view-analyst', clearance: 'AMBER_STRICT' });
    manager = await bearer(['INCIDENT_MANAGER'], { subject: 'e2e-view-manager', clearance: 'AMBER_STRICT' });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const call = async (auth: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await graphql(stack.gatewayUrl, query, variables, auth);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it('shows the reporter its report and the incident opened from it, nothing internal, and notifies it once on closing', async () => {
    const marker = randomUUID().slice(0, 8);
    const { submitReport: report } = await call(
      reporter,
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id reference receivedAt } }`,
      {
        input: {
          channel: 'WEB_FORM',
          reporter: { name: 'Rita Reporter', email: 'rita@example.org' },
          title: `Phishing mail ${marker}`,
          description: 'A mail asked for my password.',
          observables: [{ type: 'DOMAIN', value: `login-${marker}.example` }],
          tlp: 'GREEN',
        },
      },
    );
    await call(analyst, `mutation($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { id } }`, {
      id: report.id,
      input: {
        classification: { rsitClass: 'fraud', rsitType: 'phishing' },
        severity: 2,
        priority: 'P3',
        reason: `internal triage note ${marker}`,
        reporterMessage: 'Thank you. We are looking into it.',
      },
    });
    await call(analyst, `mutation($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { id } }`, {
      id: report.id,
      input: { reason: `internal escalation note ${marker}`, reporterMessage: 'An incident handler is now on it.' },
    });
    const incidentId: string = await waitFor(
      'the incident linked back to the report',
      async () => (await graphql(stack.gatewayUrl, `query($id: ID!) { report(id: $id) { incident { id } } }`, { id: report.id }, analyst)).data?.report?.incident?.id,
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    const { incident } = await call(manager, `query($id: ID!) { incident(id: $id) { reference openedAt } }`, { id: incidentId });

    const open = await waitFor('the incident in the reporter’s view', async () => {
      const data = await call(reporter, VIEW, { id: report.id });
      return data.report.reporterView.incident ? data : undefined;
    });
    const [triaged, escalated] = open.report.reporterView.decisions;
    expect(open).toEqual({
      report: {
        reference: report.reference,
        status: 'ESCALATED',
        reporterView: {
          reference: report.reference,
          status: 'ESCALATED',
          receivedAt: report.receivedAt,
          decisions: [
            { decidedAt: triaged.decidedAt, outcome: 'TRIAGED', message: 'Thank you. We are looking into it.' },
            { decidedAt: escalated.decidedAt, outcome: 'ESCALATED', message: 'An incident handler is now on it.' },
          ],
          incident: { phase: 'OPEN', openedAt: incident.openedAt, closedAt: null, resolutionSummary: null },
        },
      },
    });

    // Another reporter learns nothing of it, not even that it exists.
    const other = await graphql(stack.gatewayUrl, VIEW, { id: report.id }, otherReporter);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ report: null });

    const transition = `mutation($id: ID!, $to: IncidentStatus!, $resolution: String, $summary: String) {
      transitionIncident(id: $id, to: $to, resolution: $resolution, publicResolutionSummary: $summary) { status closedAt }
    }`;
    await call(manager, transition, { id: incidentId, to: 'ANALYSIS' });
    await call(manager, transition, { id: incidentId, to: 'POST_INCIDENT' });
    const { transitionIncident: closed } = await call(manager, transition, {
      id: incidentId,
      to: 'CLOSED',
      resolution: `internal: credential reset for mailbox ${marker}, kit hosted by actor ${marker}`,
      summary: 'The phishing site was taken down; no further action is needed from you.',
    });
    expect(closed.status).toBe('CLOSED');

    const after = await waitFor('the closed incident in the reporter’s view', async () => {
      const data = await call(reporter, VIEW, { id: report.id });
      return data.report.reporterView.incident?.resolutionSummary ? data : undefined;
    });
    expect(after.report.reporterView.incident).toEqual({
      phase: 'CLOSED',
      openedAt: incident.openedAt,
      closedAt: closed.closedAt,
      resolutionSummary: 'The phishing site was taken down; no further action is needed from you.',
    });
    const seen = JSON.stringify(after);
    for (const internal of [incidentId, incident.reference, 'internal', 'e2e-view-analyst', 'e2e-view-manager']) {
      expect(seen).not.toContain(internal);
    }

    const notified = await waitFor('the closing notification', async () => {
      const data = await call(reporter, NOTIFICATIONS);
      return data.myNotifications.length > 0 ? data : undefined;
    });
    expect(notified).toEqual({
      myNotifications: [
        {
          kind: 'INCIDENT_NOTIFICATION',
          reportId: report.id,
          reportReference: report.reference,
          title: `Your report ${report.reference}: incident closed`,
          body: `The incident handling your report ${report.reference} was closed on ${closed.closedAt}.\n\nOutcome: The phishing site was taken down; no further action is needed from you.`,
        },
      ],
    });
    // Exactly once: nothing more arrives, and nobody else receives it.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await call(reporter, NOTIFICATIONS)).toEqual(notified);
    expect(await call(otherReporter, NOTIFICATIONS)).toEqual({ myNotifications: [] });
    expect(await call(analyst, NOTIFICATIONS)).toEqual({ myNotifications: [] });
  });
});
