import { randomUUID } from 'node:crypto';
import {
  ConstituencyChangedV1,
  deadLetterTopic,
  IncidentOpenedV1,
  ReportEscalatedV1,
  ReportSlaBreachedV1,
  ResponseTeamFormedV1,
  ResponseTeamFormedV2,
  ResponseTeamMemberAddedV1,
  ResponseTeamMemberRemovedV1,
  TOPICS,
} from '@csirt/contracts';
import { createProducer, type ProcessOutcome } from '@csirt/messaging';
import { startTestSubgraph, TopicProbe, testKafka, waitFor } from '@csirt/testing';
import type { Kafka, Producer } from 'kafkajs';
import { incidentsSubgraph } from '../subgraph';
import { as, envelope, escalation, INCIDENT_FIELDS, ok, publish, type Service } from '../testing/fixtures';

// The only suite that runs the Kafka consumer: opening by event, redelivery, dead letters,
// and the response-team read model. Other suites drive the same use cases without Kafka.
describe('incidents consumes intake and teams events (real Kafka and Postgres)', () => {
  let service: Service;
  let kafka: Kafka;
  let producer: Producer;
  let probe: TopicProbe;
  let dlq: TopicProbe;
  const outcomes = new Map<string, ProcessOutcome>();

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsSubgraph, 'csirt_test_incidents');
    service.eventConsumer?.onOutcome((outcome, event) => event && outcomes.set(event.id, outcome));
    kafka = testKafka('incidents-spec');
    producer = await createProducer(kafka);
    [probe, dlq] = await Promise.all([
      TopicProbe.start(kafka, TOPICS.incidents),
      TopicProbe.start(kafka, deadLetterTopic('incidents')),
    ]);
  });

  afterAll(async () => {
    await probe?.stop();
    await dlq?.stop();
    await producer?.disconnect();
    await service?.stop();
  });

  const db = () => service.dependencies.dataSource;
  const incidentOfReport = async (reportId: string): Promise<string | undefined> => {
    const rows = await db().query(`SELECT incident_id FROM incident_report WHERE report_id = $1`, [reportId]);
    return rows[0]?.incident_id;
  };
  const outcomeOf = (eventId: string) => waitFor(`outcome of ${eventId}`, async () => outcomes.get(eventId));

  it('opens a new incident from an escalated report and announces it with the report ids', async () => {
    const report = escalation({
      severity: 3,
      tlp: 'AMBER',
      observables: [
        { type: 'DOMAIN', value: 'Evil.Example' },
        { type: 'DOMAIN', value: 'evil.example' },
      ],
    });
    const event = envelope(ReportEscalatedV1, report.reportId, report, 'AMBER');
    await publish(producer, ReportEscalatedV1, event);

    const incidentId = await waitFor('the incident to open', () => incidentOfReport(report.reportId));
    expect(await outcomeOf(event.id)).toBe('processed');
    const data = await ok(
      service.url,
      `query($id: ID!) { incident(id: $id) { ${INCIDENT_FIELDS} } }`,
      { id: incidentId },
      await as(['ANALYST']),
    );
    expect(data.incident).toMatchObject({
      id: incidentId,
      title: report.title,
      summary: report.description,
      severity: 3,
      priority: 'P2',
      tlp: 'AMBER',
      pap: 'AMBER',
      status: 'OPEN',
      constituencyId: report.constituencyId,
      region: 'EMEA',
      classification: { rsitClass: 'fraud', rsitType: 'phishing' },
      cia: { confidentiality: true, integrity: false, availability: false },
      reports: [{ id: report.reportId }],
      affectedAssets: ['mail.example.org'],
      observables: [{ type: 'DOMAIN', value: 'evil.example' }],
      openedAt: new Date(report.escalatedAt).toISOString(),
      timeline: [{ kind: 'OPENED', actor: 'analyst-1', phase: 'OPEN' }],
    });
    expect(data.incident.reference).toMatch(/^INC-\d{4}-\d{5}$/);

    const [opened] = await waitFor('IncidentOpenedV1 on the incidents topic', async () => {
      const found = probe.matching((v) => v?.type === IncidentOpenedV1.type && v.subject === incidentId);
      return found.length > 0 && found;
    });
    const published = JSON.parse(opened.value!.toString());
    expect(published.tlp).toBe('AMBER');
    expect(published.data).toMatchObject({
      incidentId,
      reportIds: [report.reportId],
      severity: 3,
      tlp: 'AMBER',
      reference: data.incident.reference,
    });
  });

  it('changes nothing when the same escalation is delivered twice, or the report is escalated again under a new event id', async () => {
    const report = escalation();
    const first = envelope(ReportEscalatedV1, report.reportId, report);
    await publish(producer, ReportEscalatedV1, first);
    await publish(producer, ReportEscalatedV1, first); // redelivery: same event id
    const again = envelope(ReportEscalatedV1, report.reportId, report); // same report, new event id
    await publish(producer, ReportEscalatedV1, again);

    expect(await outcomeOf(again.id)).toBe('processed');
    await waitFor('the duplicate to be seen', async () => outcomes.get(first.id) !== undefined);
    const incidents = await db().query(
      `SELECT i.id FROM incident i JOIN incident_report r ON r.incident_id = i.id WHERE r.report_id = $1`,
      [report.reportId],
    );
    expect(incidents).toHaveLength(1);
    const [{ count }] = await db().query(
      `SELECT count(*)::int AS count FROM incident WHERE constituency_id = $1`,
      [report.constituencyId],
    );
    expect(count).toBe(1);
    const inbox = await db().query(`SELECT count(*)::int AS count FROM messaging_inbox WHERE event_id = $1`, [
      first.id,
    ]);
    expect(inbox[0].count).toBe(1);
    const opened = await db().query(
      `SELECT count(*)::int AS count FROM messaging_outbox WHERE event_type = 'incidents.incident.opened@1' AND message_key = $1`,
      [incidents[0].id],
    );
    expect(opened[0].count).toBe(1);
  });

  it('attaches a report to the incident it names: severity and TLP raised, observables deduplicated, every automatic change on the timeline', async () => {
    const first = escalation({
      severity: 2,
      tlp: 'GREEN',
      observables: [{ type: 'IPV4', value: '198.51.100.7' }],
    });
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, first.reportId, first));
    const incidentId = await waitFor('the incident to open', () => incidentOfReport(first.reportId));

    const second = escalation({
      incidentId,
      severity: 4,
      tlp: 'AMBER',
      cia: { confidentiality: false, integrity: true, availability: false },
      observables: [
        { type: 'IPV4', value: '198.51.100.7' },
        { type: 'SHA256', value: 'A'.repeat(64) },
      ],
      affectedAssets: ['MAIL.example.org', 'vpn.example.org'],
    });
    const attach = envelope(ReportEscalatedV1, second.reportId, second);
    await publish(producer, ReportEscalatedV1, attach);
    expect(await outcomeOf(attach.id)).toBe('processed');
    // The same report again, under another event id: no second attachment.
    const replay = envelope(ReportEscalatedV1, second.reportId, second);
    await publish(producer, ReportEscalatedV1, replay);
    expect(await outcomeOf(replay.id)).toBe('processed');

    const data = await ok(
      service.url,
      `query($id: ID!) { incident(id: $id) { ${INCIDENT_FIELDS} } }`,
      { id: incidentId },
      await as(['ANALYST']),
    );
    expect(data.incident.reports).toEqual([{ id: first.reportId }, { id: second.reportId }]);
    expect(data.incident).toMatchObject({
      severity: 4,
      tlp: 'AMBER',
      cia: { confidentiality: true, integrity: true, availability: false },
      observables: [
        { type: 'IPV4', value: '198.51.100.7' },
        { type: 'SHA256', value: 'a'.repeat(64) },
      ],
      affectedAssets: ['mail.example.org', 'vpn.example.org'],
    });
    expect(data.incident.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'OPENED',
      'REPORT_ATTACHED',
      'UPDATED',
      'SEVERITY_CHANGED',
      'TLP_CHANGED',
    ]);
    const events = await db().query(
      `SELECT event_type FROM messaging_outbox WHERE message_key = $1 AND topic = 'csirt.incidents.incidents' ORDER BY seq`,
      [incidentId],
    );
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual([
      'incidents.incident.opened@1',
      'incidents.incident.indicators-changed@1',
      'incidents.incident.access-changed@1',
      'incidents.incident.report-attached@1',
      'incidents.incident.severity-changed@1',
      'incidents.incident.tlp-changed@1',
      'incidents.incident.indicators-changed@1',
      'incidents.incident.access-changed@1',
    ]);
  });

  it('keeps the exact spelling intake gave an escalated indicator (CVE ids upper-case, ASNs as AS<n>)', async () => {
    const spelled = [
      { type: 'CVE' as const, value: 'CVE-2024-3094' },
      { type: 'ASN' as const, value: 'AS13335' },
      { type: 'IPV6' as const, value: '2001:db8::1' },
      { type: 'URL' as const, value: 'https://evil.example/Login?x=1' },
    ];
    const first = escalation({ observables: spelled.slice(0, 2) });
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, first.reportId, first));
    const incidentId = await waitFor('the incident to open', () => incidentOfReport(first.reportId));
    const second = escalation({ incidentId, observables: spelled });
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, second.reportId, second));
    await waitFor('the report to attach', () => incidentOfReport(second.reportId));
    const [{ observables }] = await db().query(`SELECT observables FROM incident WHERE id = $1`, [incidentId]);
    expect(observables).toEqual(spelled);
  });

  const refusalOf = (reportId: string) =>
    waitFor('the refusal', async () => {
      const rows = await db().query(
        `SELECT envelope FROM messaging_outbox WHERE message_key = $1 AND event_type = 'incidents.escalation.refused@1'`,
        [reportId],
      );
      return rows[0]?.envelope;
    });

  it('refuses an escalation into an incident that does not exist or the analyst may not read, alike, and attaches nothing', async () => {
    // A RED incident whose readers are its report's recipients and its escalating analyst.
    const red = escalation({ tlp: 'RED', recipients: ['reporter-9'], escalatedBy: 'analyst-red' });
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, red.reportId, red, 'RED'));
    const redId = (await waitFor('the RED incident', () => incidentOfReport(red.reportId))) as string;

    const intoMissing = escalation({ incidentId: randomUUID(), escalatedByClearance: 'RED' });
    const intoRed = escalation({
      incidentId: redId,
      escalatedBy: 'analyst-other',
      escalatedByClearance: 'RED',
    });
    const intoRedByReader = escalation({
      incidentId: redId,
      escalatedBy: 'analyst-red',
      escalatedByClearance: 'RED',
    });
    const events = [intoMissing, intoRed, intoRedByReader].map((r) =>
      envelope(ReportEscalatedV1, r.reportId, r),
    );
    for (const event of events) await publish(producer, ReportEscalatedV1, event);
    for (const event of events) expect(await outcomeOf(event.id)).toBe('processed');

    expect(await incidentOfReport(intoMissing.reportId)).toBeUndefined();
    expect(await incidentOfReport(intoRed.reportId)).toBeUndefined();
    expect(await incidentOfReport(intoRedByReader.reportId)).toBe(redId);
    const [missing, unreadable] = [await refusalOf(intoMissing.reportId), await refusalOf(intoRed.reportId)];
    // Same reason for both: the refusal does not tell an unreadable incident from none.
    expect(missing.data).toMatchObject({ reportId: intoMissing.reportId, reason: 'INCIDENT_NOT_FOUND' });
    expect(unreadable.data).toMatchObject({ reportId: intoRed.reportId, reason: 'INCIDENT_NOT_FOUND' });
    expect(Object.keys(unreadable.data).sort()).toEqual(Object.keys(missing.data).sort());
    expect(dlq.matching((v) => events.some((e) => e.id === v?.id))).toEqual([]);
  });

  it('refuses an escalation into a CLOSED incident the analyst may read with INCIDENT_CLOSED, and attaches nothing', async () => {
    const first = escalation();
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, first.reportId, first));
    const incidentId = (await waitFor('the incident', () => incidentOfReport(first.reportId))) as string;
    // Closed meanwhile (arranged in SQL: the life cycle is transition-incident's spec).
    await db().query(`UPDATE incident SET status = 'CLOSED', closed_at = now(), resolution = 'done' WHERE id = $1`, [incidentId]);
    const late = escalation({ incidentId });
    const event = envelope(ReportEscalatedV1, late.reportId, late);
    await publish(producer, ReportEscalatedV1, event);
    expect(await outcomeOf(event.id)).toBe('processed');
    expect(await incidentOfReport(late.reportId)).toBeUndefined();
    expect((await refusalOf(late.reportId)).data).toMatchObject({ reportId: late.reportId, incidentId, reason: 'INCIDENT_CLOSED' });
    const [{ reports }] = await db().query(`SELECT count(*)::int AS reports FROM incident_report WHERE incident_id = $1`, [incidentId]);
    expect(reports).toBe(1);
  });

  it('lets the recipients of its reports and the escalating analyst read a RED incident, and announces its readers', async () => {
    const report = escalation({ tlp: 'RED', recipients: ['reporter-7'], escalatedBy: 'analyst-7' });
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, report.reportId, report, 'RED'));
    const incidentId = (await waitFor('the incident', () => incidentOfReport(report.reportId))) as string;
    const query = `query($id: ID!) { incident(id: $id) { id reports { id } } }`;
    const red = (subject: string) => as(['ANALYST'], { clearance: 'RED', subject });
    expect((await ok(service.url, query, { id: incidentId }, await red('analyst-7'))).incident).toEqual({
      id: incidentId,
      reports: [],
    });
    expect((await ok(service.url, query, { id: incidentId }, await red('reporter-7'))).incident).toEqual({
      id: incidentId,
      reports: [{ id: report.reportId }],
    });
    expect((await ok(service.url, query, { id: incidentId }, await red('analyst-8'))).incident).toBeNull();
    // Through _entities alike: a reader gets the entity, anyone else null, never an error.
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Incident { id } } }`;
    const reps = { r: [{ __typename: 'Incident', id: incidentId }] };
    expect((await ok(service.url, entities, reps, await red('reporter-7')))._entities).toEqual([
      { id: incidentId },
    ]);
    expect((await ok(service.url, entities, reps, await red('analyst-8')))._entities).toEqual([null]);
    const [access] = await db().query(
      `SELECT envelope FROM messaging_outbox WHERE message_key = $1 AND event_type = 'incidents.incident.access-changed@1'`,
      [incidentId],
    );
    expect(access.envelope).toMatchObject({
      tlp: 'RED',
      data: { incidentId, tlp: 'RED', readers: ['analyst-7', 'reporter-7'], version: 1 },
    });
  });

  it('keeps the response team as the named recipients of a TLP:RED incident', async () => {
    const report = escalation({ tlp: 'RED' });
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, report.reportId, report, 'RED'));
    const incidentId = await waitFor('the incident to open', () => incidentOfReport(report.reportId));
    const lead = randomUUID();
    const member = randomUUID();
    const teamId = randomUUID();
    const query = `query($id: ID!) { incident(id: $id) { id } }`;
    const lister = `query($c: ID!) { incidents(filter: { constituencyId: $c }) { edges { node { id } } } }`;
    const asMember = await as(['ANALYST'], { clearance: 'RED', personId: member, subject: 'member' });
    const asLead = await as(['ANALYST'], { clearance: 'RED', personId: lead, subject: 'lead' });

    // Before the team forms, nobody is a named recipient: even RED clearance sees nothing.
    expect((await ok(service.url, query, { id: incidentId }, asLead)).incident).toBeNull();

    const formed = envelope(ResponseTeamFormedV1, incidentId, {
      incidentId,
      teamId,
      leadPersonId: lead,
      memberIds: [lead],
      formedBy: 'so-1',
      formedAt: new Date().toISOString(),
    });
    await publish(producer, ResponseTeamFormedV1, formed);
    expect(await outcomeOf(formed.id)).toBe('processed');
    expect((await ok(service.url, query, { id: incidentId }, asLead)).incident).toEqual({ id: incidentId });
    expect((await ok(service.url, query, { id: incidentId }, asMember)).incident).toBeNull();

    const added = envelope(ResponseTeamMemberAddedV1, incidentId, {
      incidentId,
      teamId,
      personId: member,
      role: 'forensics expert',
      reason: null,
      addedBy: 'so-1',
      addedAt: new Date().toISOString(),
    });
    await publish(producer, ResponseTeamMemberAddedV1, added);
    expect(await outcomeOf(added.id)).toBe('processed');
    expect((await ok(service.url, query, { id: incidentId }, asMember)).incident).toEqual({ id: incidentId });
    expect((await ok(service.url, lister, { c: report.constituencyId }, asMember)).incidents.edges).toEqual([
      { node: { id: incidentId } },
    ]);
    // A member without RED clearance is still not cleared.
    const uncleared = await as(['ANALYST'], { clearance: 'AMBER', personId: member });
    expect((await ok(service.url, query, { id: incidentId }, uncleared)).incident).toBeNull();

    const removed = envelope(ResponseTeamMemberRemovedV1, incidentId, {
      incidentId,
      teamId,
      personId: member,
      reason: 'incident contained',
      removedBy: 'so-1',
      removedAt: new Date().toISOString(),
    });
    await publish(producer, ResponseTeamMemberRemovedV1, removed);
    expect(await outcomeOf(removed.id)).toBe('processed');
    expect((await ok(service.url, query, { id: incidentId }, asMember)).incident).toBeNull();
    expect((await ok(service.url, lister, { c: report.constituencyId }, asMember)).incidents.edges).toEqual(
      [],
    );

    const timeline = await db().query(`SELECT kind FROM timeline_entry WHERE incident_id = $1 ORDER BY seq`, [
      incidentId,
    ]);
    expect(timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'OPENED',
      'RESPONSE_TEAM_CHANGED',
      'RESPONSE_TEAM_CHANGED',
      'RESPONSE_TEAM_CHANGED',
    ]);
  });

  it('takes the response team’s authority from teams.response-team.formed v2, once however often it is delivered', async () => {
    const report = escalation();
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, report.reportId, report));
    const incidentId = await waitFor('the incident to open', () => incidentOfReport(report.reportId));
    const formed = envelope(ResponseTeamFormedV2, incidentId, {
      incidentId,
      teamId: randomUUID(),
      leadPersonId: randomUUID(),
      memberIds: [],
      formedBy: 'so-1',
      formedAt: new Date().toISOString(),
      authority: 'INDIRECT',
    });
    await publish(producer, ResponseTeamFormedV2, formed);
    expect(await outcomeOf(formed.id)).toBe('processed');
    outcomes.delete(formed.id);
    await publish(producer, ResponseTeamFormedV2, formed);
    expect(await outcomeOf(formed.id)).toBe('duplicate');

    expect(await db().query(`SELECT authority FROM incident_authority WHERE incident_id = $1`, [incidentId])).toEqual([
      { authority: 'INDIRECT' },
    ]);
    const entries = await db().query(
      `SELECT message FROM timeline_entry WHERE incident_id = $1 AND kind = 'RESPONSE_TEAM_CHANGED'`,
      [incidentId],
    );
    expect(entries).toEqual([{ message: 'Response team formed with 1 member(s), INDIRECT authority over the constituency' }]);
  });

  it('keeps the constituency read model from the directory, and an older change never overwrites a newer one', async () => {
    const constituencyId = randomUUID();
    const change = (triageMinutes: number, changedAt: string) =>
      envelope(ConstituencyChangedV1, constituencyId, {
        constituencyId,
        name: 'Ministry of Examples',
        kind: 'EMPLOYEES',
        teamId: null,
        geography: ['DE'],
        networkProviders: [],
        organisations: ['Ministry of Examples'],
        targets: { triageMinutes, acknowledgeMinutes: 60, containMinutes: 240, recoverMinutes: 1440 },
        changedAt,
      });
    const newer = change(15, '2026-11-02T10:00:00Z');
    const older = change(90, '2026-11-01T10:00:00Z');
    await publish(producer, ConstituencyChangedV1, newer);
    await publish(producer, ConstituencyChangedV1, older);
    expect(await outcomeOf(older.id)).toBe('processed');
    const rows = await db().query(`SELECT name, triage_minutes, recover_minutes FROM constituency WHERE id = $1`, [constituencyId]);
    expect(rows).toEqual([{ name: 'Ministry of Examples', triage_minutes: 15, recover_minutes: 1440 }]);
  });

  it("writes a report's triage breach, announced before its escalation, on the incident it opens, once", async () => {
    const report = escalation();
    const breach = envelope(ReportSlaBreachedV1, report.reportId, {
      reportId: report.reportId,
      reference: report.reference,
      clock: 'TRIAGE',
      constituencyId: 'const-eu',
      receivedAt: '2026-11-23T08:00:00Z',
      dueAt: '2026-11-23T08:30:00Z',
      breachedAt: '2026-11-23T08:30:01Z',
    });
    await publish(producer, ReportSlaBreachedV1, breach);
    await publish(producer, ReportSlaBreachedV1, { ...breach, id: randomUUID() }); // the same breach again
    await publish(producer, ReportEscalatedV1, envelope(ReportEscalatedV1, report.reportId, report));
    const incidentId = await waitFor('the incident to open', () => incidentOfReport(report.reportId));
    const entries = await db().query(`SELECT kind, message FROM timeline_entry WHERE incident_id = $1 AND kind = 'SLA_BREACHED'`, [incidentId]);
    expect(entries).toEqual([{ kind: 'SLA_BREACHED', message: `Report ${report.reference} missed its triage target (due 2026-11-23T08:30:00.000Z)` }]);
  });
});
