import { randomUUID } from 'node:crypto';
import { DEAD_LETTER_HEADERS, deadLetterTopic, IncidentMergedV1, IncidentOpenedV1, IncidentReportAttachedV1, TOPICS, type EventContract, type EventData } from '@csirt/contracts';
import { createProducer, type ProcessOutcome } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { Producer } from 'kafkajs';
import type { IntakeContext } from '../context';
import { intakeSubgraph } from '../subgraph';
import { caller, submitTriaged, TEST_DATABASE } from '../testing/fixtures';

const INCIDENT_OF = `query ($id: ID!) { report(id: $id) { id status incident { id } } }`;

describe('intake: consuming incident events sets Report.incident (real Postgres and Kafka)', () => {
  let service: SubgraphService<IntakeContext>;
  let url: string;
  let producer: Producer;
  let reporter: string;
  let analyst: string;
  const outcomes: { outcome: ProcessOutcome; id?: string }[] = [];

  /** An envelope as the incidents service's outbox would write it. */
  function envelope<C extends EventContract>(contract: C, subject: string, data: EventData<C>) {
    return { id: randomUUID(), type: contract.type, version: contract.version, source: 'incidents', subject, time: new Date().toISOString(), tlp: 'AMBER', data };
  }
  async function publish(event: { subject: string }) {
    await producer.send({ topic: TOPICS.incidents, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
  }
  const incidentOf = async (reportId: string) => (await graphql(url, INCIDENT_OF, { id: reportId }, analyst)).data.report.incident;
  const outcomeOf = (eventId: string, outcome: ProcessOutcome) =>
    waitFor(`${outcome} outcome of ${eventId}`, async () => outcomes.some((o) => o.id === eventId && o.outcome === outcome));

  beforeAll(async () => {
    service = await startTestSubgraph(intakeSubgraph, TEST_DATABASE);
    url = service.url;
    service.eventConsumer!.onOutcome((outcome, event) => outcomes.push({ outcome, id: event?.id }));
    const kafka = testKafka('intake-incident-events-spec');
    producer = await createProducer(kafka);
    reporter = await caller(['REPORTER']);
    analyst = await caller(['ANALYST']);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  // The reports here are triaged but not escalated: a real escalation on the shared broker
  // may be answered by a running incidents service, whose incident would race the one the
  // test plays. Linking does not depend on the report's status. The whole chain, escalation
  // to Report.incident through the real incidents service, is the gateway e2e test's.
  it('IncidentOpenedV1 sets Report.incident for every report it names; a redelivery changes nothing', async () => {
    const report = await submitTriaged(url, reporter, analyst);
    const other = await submitTriaged(url, reporter, analyst);
    expect(await incidentOf(report.id)).toBeNull();

    const incidentId = randomUUID();
    const opened = envelope(IncidentOpenedV1, incidentId, {
      incidentId,
      reference: 'INC-2026-00001',
      title: report.title,
      severity: 3,
      tlp: 'AMBER',
      classification: { rsitClass: 'fraud', rsitType: 'phishing' },
      constituencyId: 'const-eu',
      region: null,
      reportIds: [report.id, other.id, randomUUID()],
      openedAt: new Date().toISOString(),
    });
    await publish(opened);
    await outcomeOf(opened.id, 'processed');
    expect(await incidentOf(report.id)).toEqual({ id: incidentId });
    expect(await incidentOf(other.id)).toEqual({ id: incidentId });

    await publish(opened);
    await outcomeOf(opened.id, 'duplicate');
    const [{ n }] = await service.dependencies.dataSource.query(`SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1`, [opened.id]);
    expect(n).toBe(1);
    expect(await incidentOf(report.id)).toEqual({ id: incidentId });
  });

  it('IncidentReportAttachedV1 links a report to an existing incident', async () => {
    const incidentId = randomUUID();
    const report = await submitTriaged(url, reporter, analyst);
    const attached = envelope(IncidentReportAttachedV1, incidentId, {
      incidentId,
      reference: 'INC-2026-00002',
      reportId: report.id,
      attachedAt: new Date().toISOString(),
    });
    await publish(attached);
    await outcomeOf(attached.id, 'processed');
    const res = await graphql(
      url,
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Report { id incident { id } } } }`,
      { reps: [{ __typename: 'Report', id: report.id }] },
      await caller(['INCIDENT_MANAGER']),
    );
    expect(res.data._entities).toEqual([{ id: report.id, incident: { id: incidentId } }]);

    // The same fact in a new event (a replay by the producer) is harmless by state too.
    const replay = { ...attached, id: randomUUID() };
    await publish(replay);
    await outcomeOf(replay.id, 'processed');
    expect(await incidentOf(report.id)).toEqual({ id: incidentId });
  });

  it('IncidentMergedV1 moves the reports of the merged incident to the surviving one', async () => {
    const [from, into] = [randomUUID(), randomUUID()];
    const report = await submitTriaged(url, reporter, analyst);
    const attached = envelope(IncidentReportAttachedV1, from, { incidentId: from, reference: 'INC-4', reportId: report.id, attachedAt: new Date().toISOString() });
    await publish(attached);
    await outcomeOf(attached.id, 'processed');
    const merged = envelope(IncidentMergedV1, from, { incidentId: from, reference: 'INC-4', intoIncidentId: into, mergedBy: 'im-1', mergedAt: new Date().toISOString() });
    await publish(merged);
    await outcomeOf(merged.id, 'processed');
    expect(await incidentOf(report.id)).toEqual({ id: into });
  });

  it('dead-letters an incident event whose payload breaks its contract, and goes on', async () => {
    const broken = { ...envelope(IncidentReportAttachedV1, randomUUID(), { incidentId: randomUUID(), reference: 'x', reportId: 'not-a-uuid', attachedAt: 'yesterday' }) };
    const dlq = await TopicProbe.start(testKafka('intake-dlq-probe'), deadLetterTopic('intake'));
    try {
      await publish(broken);
      const parked = await waitFor('the broken event on csirt.intake.dlq', async () => dlq.matching((e) => e?.id === broken.id)[0]);
      expect(parked.headers?.[DEAD_LETTER_HEADERS.code]?.toString()).toBe('INVALID_PAYLOAD');
      // ... and the consumer goes on with the next event.
      const incidentId = randomUUID();
      const report = await submitTriaged(url, reporter, analyst);
      const next = envelope(IncidentReportAttachedV1, incidentId, { incidentId, reference: 'INC-3', reportId: report.id, attachedAt: new Date().toISOString() });
      await publish(next);
      await outcomeOf(next.id, 'processed');
      expect(await incidentOf(report.id)).toEqual({ id: incidentId });
    } finally {
      await dlq.stop();
    }
  });
});
