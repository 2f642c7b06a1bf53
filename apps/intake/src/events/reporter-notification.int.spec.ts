import { randomUUID } from 'node:crypto';
import {
  IncidentClosedV1,
  IncidentOpenedV1,
  IncidentReopenedV1,
  IncidentStatusChangedV1,
  ReportIncidentClosedV1,
  TOPICS,
  type EventContract,
  type EventData,
} from '@csirt/contracts';
import { createProducer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { Producer } from 'kafkajs';
import type { IntakeContext } from '../context';
import { intakeSubgraph } from '../subgraph';
import { caller, submit, TEST_DATABASE } from '../testing/fixtures';

const VIEW = `query ($id: ID!) { report(id: $id) { reporterView {
  reference status receivedAt decisions { decidedAt outcome message } incident { phase openedAt closedAt resolutionSummary }
} } }`;
const TRIAGE = `mutation ($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { id } }`;
const REJECT = `mutation ($id: ID!, $reason: String!, $msg: String) { rejectReport(id: $id, reason: $reason, reporterMessage: $msg) { id } }`;

/**
 * The reporter's view and the closing notice, with the incidents service played by events on
 * the real broker (the whole chain through the real incidents and announcements services is
 * the gateway e2e test's). Assertions read state (GraphQL, the topic), not one instance's
 * outcomes: another suite's consumer in the same group may take a partition.
 */
describe('intake: the reporter follows its report and is told when its incident closes (real Postgres and Kafka)', () => {
  let service: SubgraphService<IntakeContext>;
  let url: string;
  let producer: Producer;
  let probe: TopicProbe;
  let reporterSubject: string;
  let reporter: string;
  let otherReporter: string;
  let analyst: string;
  let lowAnalyst: string;

  function envelope<C extends EventContract>(contract: C, subject: string, data: EventData<C>, tlp = 'RED') {
    return { id: randomUUID(), type: contract.type, version: contract.version, source: 'incidents', subject, time: new Date().toISOString(), tlp, data };
  }
  async function publish(event: { subject: string; [field: string]: unknown }) {
    await producer.send({ topic: TOPICS.incidents, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
  }
  const view = async (id: string, as: string) => graphql(url, VIEW, { id }, as);
  const closedNotices = (reportId: string) =>
    probe.matching((e) => e?.type === ReportIncidentClosedV1.type && e?.data?.reportId === reportId).map((m) => JSON.parse(m.value!.toString()));

  beforeAll(async () => {
    service = await startTestSubgraph(intakeSubgraph, TEST_DATABASE);
    url = service.url;
    producer = await createProducer(testKafka('intake-reporter-view-spec'));
    probe = await TopicProbe.start(testKafka('intake-reporter-view-probe'), TOPICS.intakeNotices);
    reporterSubject = `reporter-${randomUUID()}`;
    reporter = await caller(['REPORTER'], { subject: reporterSubject, clearance: 'GREEN' });
    otherReporter = await caller(['REPORTER'], { clearance: 'AMBER_STRICT' });
    analyst = await caller(['ANALYST']);
    lowAnalyst = await caller(['ANALYST'], { clearance: 'AMBER' });
  });

  afterAll(async () => {
    await probe?.stop();
    await producer?.disconnect();
    await service?.stop();
  });

  it('shows the reporter its status, the decisions meant for it and the incident, nothing internal, and tells it once when the incident closes', async () => {
    const report = await submit(url, reporter, { tlp: 'GREEN' });
    const triaged = await graphql(
      url,
      TRIAGE,
      {
        id: report.id,
        input: {
          classification: { rsitClass: 'fraud', rsitType: 'phishing' },
          severity: 3,
          priority: 'P2',
          reason: 'internal: matches campaign X run by actor Y',
          reporterMessage: 'Thank you, we are looking into it.',
        },
      },
      analyst,
    );
    expect(triaged.errors).toBeUndefined();

    const before = await view(report.id, reporter);
    expect(before.errors).toBeUndefined();
    const triagedAt = before.data.report.reporterView.decisions[0]?.decidedAt;
    expect(before.data).toEqual({
      report: {
        reporterView: {
          reference: report.reference,
          status: 'TRIAGED',
          receivedAt: report.receivedAt,
          decisions: [{ decidedAt: triagedAt, outcome: 'TRIAGED', message: 'Thank you, we are looking into it.' }],
          incident: null,
        },
      },
    });

    // A TLP:RED incident the reporter is no named reader of: it still follows its own report.
    const incidentId = randomUUID();
    const openedAt = new Date(Date.now() - 60_000).toISOString();
    await publish(
      envelope(IncidentOpenedV1, incidentId, {
        incidentId,
        reference: 'INC-SECRET-1',
        title: 'Secret operation name',
        severity: 4,
        tlp: 'RED',
        classification: null,
        constituencyId: null,
        region: 'EMEA',
        reportIds: [report.id],
        openedAt,
      }),
    );
    const opened = await waitFor('the incident in the reporter view', async () => {
      const res = await view(report.id, reporter);
      return res.data?.report?.reporterView?.incident ? res : undefined;
    });
    expect(opened.data.report.reporterView.incident).toEqual({ phase: 'OPEN', openedAt, closedAt: null, resolutionSummary: null });
    // An analyst not cleared for the incident learns nothing of it through the view.
    const low = await view(report.id, lowAnalyst);
    expect(low.errors).toBeUndefined();
    expect(low.data.report.reporterView.incident).toBeNull();
    // Another reporter gets nothing, and no error that tells the report exists.
    expect(await view(report.id, otherReporter)).toMatchObject({ data: { report: null } });
    expect((await view(report.id, otherReporter)).errors).toBeUndefined();

    const closedAt = new Date().toISOString();
    await publish(
      envelope(IncidentStatusChangedV1, incidentId, {
        incidentId,
        reference: 'INC-SECRET-1',
        from: 'OPEN',
        to: 'CLOSED',
        changedBy: 'manager-1',
        changedAt: closedAt,
        note: null,
      }),
    );
    const closed = envelope(IncidentClosedV1, incidentId, {
      incidentId,
      reference: 'INC-SECRET-1',
      resolution: 'internal: actor Y, host 10.0.0.5 reimaged',
      closedBy: 'manager-1',
      closedAt,
      publicResolutionSummary: 'The phishing site was taken down.',
    });
    await publish(closed);
    const after = await waitFor('the closed incident in the reporter view', async () => {
      const res = await view(report.id, reporter);
      return res.data?.report?.reporterView?.incident?.phase === 'CLOSED' && res.data.report.reporterView.incident.closedAt ? res : undefined;
    });
    expect(after.data.report.reporterView.incident).toEqual({
      phase: 'CLOSED',
      openedAt,
      closedAt,
      resolutionSummary: 'The phishing site was taken down.',
    });
    const text = JSON.stringify(after);
    for (const internal of ['INC-SECRET-1', 'Secret operation', 'actor Y', '10.0.0.5', 'manager-1', incidentId, 'campaign X']) {
      expect(text).not.toContain(internal);
    }

    const notice = await waitFor('the closing notice on csirt.intake.reports', async () => closedNotices(report.id)[0]);
    expect(notice.source).toBe('intake');
    expect(notice.tlp).toBe('GREEN');
    expect(notice.data).toEqual({
      reportId: report.id,
      reference: report.reference,
      reporterSubject,
      notificationKey: `${report.id}:${closedAt}`,
      closedAt,
      publicResolutionSummary: 'The phishing site was taken down.',
    });
    expect(JSON.stringify(notice)).not.toMatch(/INC-SECRET-1|actor Y|manager-1/);

    // Redelivered: nothing new. A later event on the same partition shows it was consumed.
    await publish(closed);
    const reopened = envelope(IncidentReopenedV1, incidentId, {
      incidentId,
      reference: 'INC-SECRET-1',
      to: 'RECOVERY',
      reason: 'reinfected',
      reopenedBy: 'manager-1',
      reopenedAt: new Date().toISOString(),
    });
    await publish(
      envelope(IncidentStatusChangedV1, incidentId, {
        incidentId,
        reference: 'INC-SECRET-1',
        from: 'CLOSED',
        to: 'RECOVERY',
        changedBy: 'manager-1',
        changedAt: reopened.data.reopenedAt,
        note: 'reinfected',
      }),
    );
    await publish(reopened);
    const back = await waitFor('the reopened incident in the reporter view', async () => {
      const res = await view(report.id, reporter);
      return res.data?.report?.reporterView?.incident?.phase === 'RECOVERY' ? res : undefined;
    });
    expect(back.data.report.reporterView.incident).toEqual({ phase: 'RECOVERY', openedAt, closedAt: null, resolutionSummary: null });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(closedNotices(report.id)).toHaveLength(1);
  });

  it('shows a rejection with its message to the reporter, without the internal reason', async () => {
    const report = await submit(url, reporter, { tlp: 'GREEN' });
    await graphql(
      url,
      TRIAGE,
      { id: report.id, input: { classification: { rsitClass: 'other', rsitType: 'undetermined' }, severity: 1, priority: 'P4' } },
      analyst,
    );
    const rejected = await graphql(url, REJECT, { id: report.id, reason: 'internal: spam from known tester', msg: 'This is not a security incident.' }, analyst);
    expect(rejected.errors).toBeUndefined();
    const res = await view(report.id, reporter);
    expect(res.errors).toBeUndefined();
    const { decisions, ...rest } = res.data.report.reporterView;
    expect(rest).toEqual({ reference: report.reference, status: 'REJECTED', receivedAt: report.receivedAt, incident: null });
    // The triage had no message for the reporter: only the rejection is meant for it.
    expect(decisions).toEqual([{ decidedAt: expect.any(String), outcome: 'REJECTED', message: 'This is not a security incident.' }]);
    expect(JSON.stringify(res)).not.toContain('known tester');
  });

  it('refuses a reporter message longer than 2,000 characters with a stable code', async () => {
    const report = await submit(url, reporter);
    const res = await graphql(
      url,
      TRIAGE,
      { id: report.id, input: { classification: { rsitClass: 'fraud', rsitType: 'phishing' }, severity: 2, priority: 'P3', reporterMessage: 'x'.repeat(2_001) } },
      analyst,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('REPORT.INVALID_INPUT');
  });
});
