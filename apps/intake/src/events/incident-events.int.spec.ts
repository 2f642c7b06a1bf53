import { randomUUID } from 'node:crypto';
import {
  DEAD_LETTER_HEADERS,
  deadLetterTopic,
  IncidentAccessChangedV1,
  IncidentEscalationRefusedV1,
  IncidentIndicatorsChangedV1,
  IncidentMergedV1,
  IncidentOpenedV1,
  IncidentReportAttachedV1,
  IncidentStatusChangedV1,
  TOPICS,
  type EventContract,
  type EventData,
} from '@csirt/contracts';
import { createProducer, type ProcessOutcome } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { Producer } from 'kafkajs';
import type { IntakeContext } from '../context';
import { intakeSubgraph } from '../subgraph';
import { seedConstituencies, caller, ESCALATE, freshIp, REPORT, REPORT_FIELDS as FULL_FIELDS, submit, submitTriaged, TEST_DATABASE } from '../testing/fixtures';
import { ESCALATION_REFUSED_BY, ESCALATION_REFUSED_CLOSED_REASON, ESCALATION_REFUSED_REASON } from './escalation-refused.handler';

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
    return {
      id: randomUUID(),
      type: contract.type,
      version: contract.version,
      source: 'incidents',
      subject,
      time: new Date().toISOString(),
      tlp: 'AMBER',
      data,
    };
  }
  async function publish(event: { subject: string; [field: string]: unknown }) {
    await producer.send({ topic: TOPICS.incidents, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
  }
  const incidentOf = async (reportId: string, as = analyst) => (await graphql(url, INCIDENT_OF, { id: reportId }, as)).data.report.incident;
  /** Plays the incidents service saying who may read an incident; waits until intake has it. */
  async function grantAccess(incidentId: string, access: { tlp?: 'AMBER' | 'RED' | 'GREEN'; readers?: string[]; version?: number } = {}) {
    const event = envelope(IncidentAccessChangedV1, incidentId, {
      incidentId,
      reference: 'INC-ACCESS',
      tlp: access.tlp ?? 'AMBER',
      readers: access.readers ?? [],
      version: access.version ?? 1,
      changedAt: new Date().toISOString(),
    });
    await publish({ ...event, tlp: event.data.tlp });
    await outcomeOf(event.id, 'processed');
    return event;
  }
  const outcomeOf = (eventId: string, outcome: ProcessOutcome) =>
    waitFor(`${outcome} outcome of ${eventId}`, async () =>
      outcomes.some((o) => o.id === eventId && o.outcome === outcome),
    );

  beforeAll(async () => {
    service = await startTestSubgraph(intakeSubgraph, TEST_DATABASE);
    await seedConstituencies(service.dependencies.dataSource);
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
    // Linked, but hidden until intake hears who may read the incident.
    expect(await incidentOf(report.id)).toBeNull();
    await grantAccess(incidentId);
    expect(await incidentOf(report.id)).toEqual({ id: incidentId });
    expect(await incidentOf(other.id)).toEqual({ id: incidentId });

    await publish(opened);
    await outcomeOf(opened.id, 'duplicate');
    const [{ n }] = await service.dependencies.dataSource.query(
      `SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1`,
      [opened.id],
    );
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
    await grantAccess(incidentId);
    const res = await graphql(
      url,
      `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Report {
              id
              incident {
                id
              }
            }
          }
        }
      `,
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
    const attached = envelope(IncidentReportAttachedV1, from, {
      incidentId: from,
      reference: 'INC-4',
      reportId: report.id,
      attachedAt: new Date().toISOString(),
    });
    await publish(attached);
    await outcomeOf(attached.id, 'processed');
    const merged = envelope(IncidentMergedV1, from, {
      incidentId: from,
      reference: 'INC-4',
      intoIncidentId: into,
      mergedBy: 'im-1',
      mergedAt: new Date().toISOString(),
    });
    await publish(merged);
    await outcomeOf(merged.id, 'processed');
    await grantAccess(into);
    expect(await incidentOf(report.id)).toEqual({ id: into });
  });

  describe('TLP: a report never reveals the id of an incident its reader may not read', () => {
    const FIELDS = `id incident { id } escalatedToIncidentId`;
    const ONE = `query ($id: ID!) { report(id: $id) { ${FIELDS} } }`;
    const LIST = `query ($text: String) { reports(filter: { text: $text }) { edges { node { ${FIELDS} } } } }`;
    const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Report { ${FIELDS} } } }`;

    /** A GREEN report escalated into `incidentId` and linked to it, as after a real escalation. */
    async function escalatedInto(incidentId: string, text: string) {
      const report = await submitTriaged(url, reporter, analyst, { tlp: 'GREEN', description: `leak test ${text}` });
      // Escalating needs an incident the analyst may read; what intake knew then is dropped
      // afterwards, so each test starts from "not heard who may read it".
      const db = service.dependencies.dataSource;
      await db.query(`INSERT INTO incident_access (incident_id, tlp, readers, version, changed_at) VALUES ($1, 'GREEN', '{}', 0, now())`, [incidentId]);
      const escalated = await graphql(url, ESCALATE, { id: report.id, input: { incidentId } }, analyst);
      expect(escalated.errors).toBeUndefined();
      await db.query(`DELETE FROM incident_access WHERE incident_id = $1`, [incidentId]);
      const attached = envelope(IncidentReportAttachedV1, incidentId, { incidentId, reference: 'INC-RED', reportId: report.id, attachedAt: new Date().toISOString() });
      await publish({ ...attached, tlp: 'RED' });
      await outcomeOf(attached.id, 'processed');
      return report;
    }
    /** Everything a caller can see of the report, through every way out. */
    async function seenBy(auth: string, reportId: string, text: string) {
      const one = (await graphql(url, ONE, { id: reportId }, auth)).data.report;
      const list = (await graphql(url, LIST, { text }, auth)).data.reports.edges.map((e: any) => e.node);
      const entities = (await graphql(url, ENTITIES, { reps: [{ __typename: 'Report', id: reportId }] }, auth)).data._entities;
      return { one, list, entities };
    }
    const hidden = (id: string) => ({ id, incident: null, escalatedToIncidentId: null });
    const shown = (id: string, incidentId: string) => ({ id, incident: { id: incidentId }, escalatedToIncidentId: incidentId });

    it('unknown access hides; RED shows only to named readers; the report itself stays readable', async () => {
      const text = `t${randomUUID().slice(0, 8)}`;
      const incidentId = randomUUID();
      const report = await escalatedInto(incidentId, text);
      const green = await caller(['ANALYST'], { clearance: 'GREEN' });
      const redOutsider = await caller(['ANALYST'], { clearance: 'RED' });
      const redAdmin = await caller(['ADMIN'], { clearance: 'RED' });
      const readerSubject = `red-reader-${randomUUID()}`;
      const readerPerson = `person-${randomUUID()}`;
      const bySubject = await caller(['ANALYST'], { clearance: 'RED', subject: readerSubject });
      const byPerson = await caller(['AUDITOR'], { clearance: 'RED', personId: readerPerson });
      const namedButNotCleared = await caller(['ANALYST'], { clearance: 'AMBER_STRICT', subject: readerSubject });

      // Before the incidents service has said who may read it: hidden from everyone.
      for (const auth of [green, redOutsider, bySubject]) {
        expect(await seenBy(auth, report.id, text)).toEqual({ one: hidden(report.id), list: [hidden(report.id)], entities: [hidden(report.id)] });
      }

      await grantAccess(incidentId, { tlp: 'RED', readers: [readerSubject, readerPerson], version: 1 });
      for (const auth of [green, redOutsider, redAdmin, namedButNotCleared]) {
        // The GREEN report is still there in full; only the RED incident's id is left out.
        expect(await seenBy(auth, report.id, text)).toEqual({ one: hidden(report.id), list: [hidden(report.id)], entities: [hidden(report.id)] });
      }
      for (const auth of [bySubject, byPerson]) {
        expect(await seenBy(auth, report.id, text)).toEqual({
          one: shown(report.id, incidentId),
          list: [shown(report.id, incidentId)],
          entities: [shown(report.id, incidentId)],
        });
      }
      // Nothing else in the answer carries the incident id either.
      const full = await graphql(url, `query ($id: ID!) { report(id: $id) { ${FULL_FIELDS} } }`, { id: report.id }, green);
      expect(JSON.stringify(full)).not.toContain(incidentId);
    });

    it('keeps the latest version: an older access event changes nothing, a newer one replaces, a redelivery is a duplicate', async () => {
      const text = `t${randomUUID().slice(0, 8)}`;
      const incidentId = randomUUID();
      const report = await escalatedInto(incidentId, text);
      const green = await caller(['ANALYST'], { clearance: 'GREEN' });

      const declassified = await grantAccess(incidentId, { tlp: 'GREEN', version: 2 });
      expect(await incidentOf(report.id, green)).toEqual({ id: incidentId });
      // A stale RED from before the declassification arrives late: ignored.
      await grantAccess(incidentId, { tlp: 'RED', readers: [], version: 1 });
      expect(await incidentOf(report.id, green)).toEqual({ id: incidentId });
      // The same event again: the inbox knows it.
      await publish({ ...declassified, tlp: 'GREEN' });
      await outcomeOf(declassified.id, 'duplicate');
      // Raised to RED for others: hidden again from the GREEN reader.
      await grantAccess(incidentId, { tlp: 'RED', readers: ['someone-else'], version: 3 });
      expect(await incidentOf(report.id, green)).toBeNull();
      const [row] = await service.dependencies.dataSource.query(`SELECT tlp, readers, version::int AS version FROM incident_access WHERE incident_id = $1`, [incidentId]);
      expect(row).toEqual({ tlp: 'RED', readers: ['someone-else'], version: 3 });
    });
  });

  it('IncidentEscalationRefusedV1 returns the report to TRIAGED with the reason, no longer naming the incident; a redelivery changes nothing', async () => {
    const report = await submitTriaged(url, reporter, analyst);
    const incidentId = randomUUID();
    // Intake knew the incident and let the request through; incident management refuses it
    // (it was closed or the analyst lost access meanwhile).
    await grantAccess(incidentId, { tlp: 'GREEN' });
    const escalated = await graphql(url, ESCALATE, { id: report.id, input: { incidentId } }, analyst);
    expect(escalated.data.escalateReport).toMatchObject({
      status: 'ESCALATED',
      escalatedToIncidentId: incidentId,
    });

    const refused = envelope(IncidentEscalationRefusedV1, report.id, {
      reportId: report.id,
      incidentId,
      reason: 'INCIDENT_NOT_FOUND',
      refusedAt: new Date().toISOString(),
    });
    await publish(refused);
    await outcomeOf(refused.id, 'processed');
    const after = (await graphql(url, REPORT, { id: report.id }, analyst)).data.report;
    expect(after).toMatchObject({ status: 'TRIAGED', escalatedToIncidentId: null, incident: null });
    expect(after.decisions.at(-1)).toMatchObject({
      kind: 'ESCALATION_REFUSED',
      fromStatus: 'ESCALATED',
      toStatus: 'TRIAGED',
      decidedBy: ESCALATION_REFUSED_BY,
      reason: ESCALATION_REFUSED_REASON,
    });
    // Back in triage, it can be escalated again.
    const again = await graphql(url, ESCALATE, { id: report.id, input: {} }, analyst);
    expect(again.data.escalateReport.status).toBe('ESCALATED');

    // The same refusal again (a new event id) finds the report escalated anew, elsewhere: nothing changes.
    const replay = { ...refused, id: randomUUID() };
    await publish(replay);
    await outcomeOf(replay.id, 'processed');
    expect((await graphql(url, REPORT, { id: report.id }, analyst)).data.report.status).toBe('ESCALATED');
  });

  it('Report.relatedIncidents: running incidents sharing an indicator, readable by the caller, from incident events only', async () => {
    const ip = freshIp();
    const domain = `c2-${randomUUID().slice(0, 8)}.example`;
    /** Plays the incidents service: an incident opened, its indicators, who may read it. */
    const incident = async (observables: { type: 'IPV4' | 'DOMAIN'; value: string }[], tlp: 'AMBER' | 'RED' = 'AMBER') => {
      const incidentId = randomUUID();
      const events = [
        envelope(IncidentOpenedV1, incidentId, {
          incidentId,
          reference: 'INC-RELATED',
          title: 'Botnet C2',
          severity: 2,
          tlp,
          classification: null,
          constituencyId: null,
          region: null,
          reportIds: [],
          openedAt: new Date().toISOString(),
        }),
        envelope(IncidentIndicatorsChangedV1, incidentId, { incidentId, reference: 'INC-RELATED', observables, changedAt: new Date().toISOString() }),
      ];
      for (const event of events) await publish(event);
      await outcomeOf(events[1].id, 'processed');
      await grantAccess(incidentId, { tlp });
      return incidentId;
    };
    const move = async (incidentId: string, from: 'ANALYSIS' | 'CLOSED', to: 'ANALYSIS' | 'CLOSED') => {
      const event = envelope(IncidentStatusChangedV1, incidentId, {
        incidentId,
        reference: 'INC-RELATED',
        from,
        to,
        changedBy: 'im-1',
        changedAt: new Date().toISOString(),
        note: null,
      });
      await publish(event);
      await outcomeOf(event.id, 'processed');
    };
    const RELATED = `query ($id: ID!) { report(id: $id) { relatedIncidents { id } } }`;
    const relatedTo = async (reportId: string, as = analyst) =>
      (await graphql(url, RELATED, { id: reportId }, as)).data.report.relatedIncidents.map((i: { id: string }) => i.id);

    const both = await incident([{ type: 'IPV4', value: ip }, { type: 'DOMAIN', value: domain }]);
    const byIp = await incident([{ type: 'IPV4', value: ip }]);
    const secret = await incident([{ type: 'IPV4', value: ip }], 'RED');
    const closing = await incident([{ type: 'DOMAIN', value: domain }]);
    await move(closing, 'ANALYSIS', 'CLOSED');
    await incident([{ type: 'DOMAIN', value: `other-${domain}` }]);

    // The report spells the domain its own way: intake normalises it as incidents did.
    const report = await submit(url, reporter, {
      observables: [
        { type: 'IPV4', value: ip },
        { type: 'DOMAIN', value: `${domain.toUpperCase().replace('.example', '[.]example')}.` },
      ],
    });
    // Most shared first; the RED incident (not a reader) and the closed one are left out.
    expect(await relatedTo(report.id)).toEqual([both, byIp]);
    const redReader = await caller(['ANALYST'], { clearance: 'RED' });
    expect(await relatedTo(report.id, redReader)).not.toContain(secret);

    // Reopened: related again. Its indicators replaced: no longer related.
    await move(closing, 'CLOSED', 'ANALYSIS');
    const reopened = await relatedTo(report.id);
    // Two shared first; ties in incident id order.
    expect(reopened).toEqual([both, ...[byIp, closing].sort()]);
    const replaced = envelope(IncidentIndicatorsChangedV1, byIp, { incidentId: byIp, reference: 'INC-RELATED', observables: [], changedAt: new Date().toISOString() });
    await publish(replaced);
    await outcomeOf(replaced.id, 'processed');
    expect(await relatedTo(report.id)).toEqual([both, closing]);
    // The incident a report belongs to is not listed as related to it.
    const attached = envelope(IncidentReportAttachedV1, both, { incidentId: both, reference: 'INC-RELATED', reportId: report.id, attachedAt: new Date().toISOString() });
    await publish(attached);
    await outcomeOf(attached.id, 'processed');
    expect(await relatedTo(report.id)).toEqual([closing]);
    expect(await relatedTo((await submit(url, reporter, { observables: [] })).id)).toEqual([]);
  });

  it('IncidentEscalationRefusedV1 for a closed incident records that reason', async () => {
    const report = await submitTriaged(url, reporter, analyst);
    const incidentId = randomUUID();
    await grantAccess(incidentId, { tlp: 'GREEN' });
    expect((await graphql(url, ESCALATE, { id: report.id, input: { incidentId } }, analyst)).errors).toBeUndefined();
    const refused = envelope(IncidentEscalationRefusedV1, report.id, { reportId: report.id, incidentId, reason: 'INCIDENT_CLOSED', refusedAt: new Date().toISOString() });
    await publish(refused);
    await outcomeOf(refused.id, 'processed');
    const after = (await graphql(url, `query ($id: ID!) { report(id: $id) { status decisions { kind reason decidedBy } } }`, { id: report.id }, analyst)).data.report;
    expect(after.status).toBe('TRIAGED');
    expect(after.decisions.at(-1)).toEqual({ kind: 'ESCALATION_REFUSED', reason: ESCALATION_REFUSED_CLOSED_REASON, decidedBy: ESCALATION_REFUSED_BY });
  });

  it('dead-letters an incident event whose payload breaks its contract, and goes on', async () => {
    const broken = {
      ...envelope(IncidentReportAttachedV1, randomUUID(), {
        incidentId: randomUUID(),
        reference: 'x',
        reportId: 'not-a-uuid',
        attachedAt: 'yesterday',
      }),
    };
    const dlq = await TopicProbe.start(
      testKafka('intake-dlq-probe'),
      deadLetterTopic('intake'),
    );
    try {
      await publish(broken);
      const parked = await waitFor(
        'the broken event on csirt.intake.dlq',
        async () => dlq.matching((e) => e?.id === broken.id)[0],
      );
      expect(parked.headers?.[DEAD_LETTER_HEADERS.code]?.toString()).toBe('INVALID_PAYLOAD');
      // ... and the consumer goes on with the next event.
      const incidentId = randomUUID();
      const report = await submitTriaged(url, reporter, analyst);
      const next = envelope(IncidentReportAttachedV1, incidentId, {
        incidentId,
        reference: 'INC-3',
        reportId: report.id,
        attachedAt: new Date().toISOString(),
      });
      await publish(next);
      await outcomeOf(next.id, 'processed');
      await grantAccess(incidentId);
      expect(await incidentOf(report.id)).toEqual({ id: incidentId });
    } finally {
      await dlq.stop();
    }
  });
});
