import { randomUUID } from 'node:crypto';
import { TOPICS } from '@csirt/contracts';
import type { SubgraphService } from '@csirt/service';
import { errorCodes, graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { IntakeContext } from '../context';
import { seedConstituencies, caller, intakeWithoutConsumer, ESCALATE, freshIp, MERGE, REJECT, REPORT, submit, submitTriaged, TEST_DATABASE, TRIAGE } from '../testing/fixtures';

const TRIAGE_INPUT = { classification: { rsitClass: 'intrusions', rsitType: 'system-compromise' }, severity: 4, priority: 'P1', reason: 'webshell found' };

describe('intake: the triage flow NEW -> TRIAGED -> ESCALATED | REJECTED | MERGED (real Postgres and Kafka)', () => {
  let service: SubgraphService<IntakeContext>;
  let url: string;
  let probe: TopicProbe;
  let reporter: string;
  let analyst: string;
  const analystSubject = `analyst-${randomUUID()}`;
  const analystPersonId = `person-${randomUUID()}`;

  const db = (sql: string, params: unknown[] = []) => service.dependencies.dataSource.query(sql, params);
  const eventOf = (type: string, subject: string) =>
    waitFor(`${type} for ${subject}`, async () => {
      const message = probe.matching((e) => e?.type === type && e.subject === subject)[0];
      return message ? JSON.parse(message.value!.toString()) : undefined;
    });
  const snapshot = async (id: string) => {
    const [row] = await db(`SELECT status, rsit_class, severity, priority, merged_into_id, triaged_at FROM report WHERE id = $1`, [id]);
    const [{ decisions }] = await db(`SELECT count(*)::int AS decisions FROM report_decision WHERE report_id = $1`, [id]);
    const [{ events }] = await db(`SELECT count(*)::int AS events FROM messaging_outbox WHERE envelope->>'subject' = $1`, [id]);
    return { ...row, decisions, events };
  };

  beforeAll(async () => {
    service = await startTestSubgraph(intakeWithoutConsumer, TEST_DATABASE);
    await seedConstituencies(service.dependencies.dataSource);
    url = service.url;
    probe = await TopicProbe.start(testKafka('intake-decisions-spec'), TOPICS.intakeReports);
    reporter = await caller(['REPORTER']);
    analyst = await caller(['ANALYST'], { subject: analystSubject, personId: analystPersonId });
  });

  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  it('triage records the decision, stops the triage clock and publishes ReportTriagedV1', async () => {
    const receivedAt = new Date(Date.now() - 90_000).toISOString();
    const report = await submit(url, reporter, { receivedAt, reporter: { name: 'Bob', constituencyId: 'const-apac' } });
    const res = await graphql(url, TRIAGE, { id: report.id, input: { ...TRIAGE_INPUT, tlp: 'AMBER+STRICT' } }, analyst);
    expect(res.errors).toBeUndefined();
    const triaged = res.data.triageReport;
    expect(triaged).toMatchObject({
      status: 'TRIAGED',
      classification: TRIAGE_INPUT.classification,
      severity: 4,
      priority: 'P1',
      tlp: 'AMBER_STRICT',
    });
    expect(triaged.timeToTriageSeconds).toBeGreaterThanOrEqual(90);
    expect(triaged.timeToTriageSeconds).toBeLessThan(200);
    expect(triaged.decisions).toEqual([
      { kind: 'TRIAGE', fromStatus: 'NEW', toStatus: 'TRIAGED', decidedBy: analystSubject, decidedAt: triaged.triagedAt, reason: 'webshell found' },
    ]);
    // The suggestion stays beside the decision; it is never overwritten.
    expect(triaged.suggestion).toEqual(report.suggestion);

    const event = await eventOf('intake.report.triaged', report.id);
    expect(event.tlp).toBe('AMBER_STRICT');
    expect(event.data).toMatchObject({
      reportId: report.id,
      classification: TRIAGE_INPUT.classification,
      severity: 4,
      priority: 'P1',
      triagedBy: analystSubject,
      timeToTriageSeconds: triaged.timeToTriageSeconds,
      constituencyId: 'const-apac',
    });
  });

  it.each([
    ['an unknown RSIT pair', { ...TRIAGE_INPUT, classification: { rsitClass: 'intrusions', rsitType: 'phishing' } }, 'REPORT.INVALID_CLASSIFICATION'],
    ['severity 5', { ...TRIAGE_INPUT, severity: 5 }, 'REPORT.INVALID_INPUT'],
    ['an unknown TLP label', { ...TRIAGE_INPUT, tlp: 'BLUE' }, 'REPORT.INVALID_TLP'],
    ['an oversize reason', { ...TRIAGE_INPUT, reason: 'x'.repeat(2001) }, 'REPORT.INVALID_INPUT'],
  ])('triage refuses %s and writes nothing', async (_, input, code) => {
    const report = await submit(url, reporter);
    const before = await snapshot(report.id);
    expect(errorCodes(await graphql(url, TRIAGE, { id: report.id, input }, analyst))).toEqual([code]);
    expect(await snapshot(report.id)).toEqual(before);
  });

  it('escalation to a new incident publishes everything incident management needs', async () => {
    const ip = freshIp();
    const report = await submitTriaged(url, reporter, analyst, {
      observables: [{ type: 'IPV4', value: ip }],
      cia: { confidentiality: true, integrity: true, availability: false },
      affectedAssets: ['vpn-gw'],
      occurredAt: new Date(Date.now() - 7_200_000).toISOString(),
    });
    const res = await graphql(url, ESCALATE, { id: report.id, input: { region: 'EMEA', reason: 'confirmed compromise' } }, analyst);
    expect(res.errors).toBeUndefined();
    const escalated = res.data.escalateReport;
    expect(escalated.status).toBe('ESCALATED');
    expect(escalated.escalatedToIncidentId).toBeNull();
    expect(escalated.incident).toBeNull();
    expect(escalated.decisions.map((d: any) => [d.kind, d.fromStatus, d.toStatus, d.decidedBy, d.reason])).toEqual([
      ['TRIAGE', 'NEW', 'TRIAGED', analystSubject, 'looks real'],
      ['ESCALATE', 'TRIAGED', 'ESCALATED', analystSubject, 'confirmed compromise'],
    ]);

    const event = await eventOf('intake.report.escalated', report.id);
    expect(event.tlp).toBe('AMBER');
    expect(event.data).toMatchObject({
      reportId: report.id,
      reference: report.reference,
      incidentId: null,
      title: report.title,
      classification: { rsitClass: 'fraud', rsitType: 'phishing' },
      severity: 3,
      priority: 'P2',
      cia: { confidentiality: true, integrity: true, availability: false },
      tlp: 'AMBER',
      constituencyId: 'const-eu',
      region: 'EMEA',
      observables: [{ type: 'IPV4', value: ip }],
      affectedAssets: ['vpn-gw'],
      escalatedBy: analystSubject,
      // What the incidents service needs to check the analyst's read access to the incident.
      escalatedByPersonId: analystPersonId,
      escalatedByClearance: 'AMBER_STRICT',
      reason: 'confirmed compromise',
      recipients: [escalated.submittedBy],
    });
    // Out of triage: its observables no longer match new reports.
    const rows = await db(`SELECT open FROM report_observable WHERE report_id = $1`, [report.id]);
    expect(rows).toEqual([{ open: false }]);
    const later = await submit(url, reporter, { title: 'Something else entirely', observables: [{ type: 'IPV4', value: ip }] });
    expect(later.relatedReports.map((r: any) => r.report.id)).not.toContain(report.id);
  });

  it('escalation into an existing incident names it in the event; a malformed, unknown, unreadable or closed incident is refused at the request', async () => {
    const report = await submitTriaged(url, reporter, analyst);
    const access = (incidentId: string, tlp: string, readers: string[] = []) =>
      db(`INSERT INTO incident_access (incident_id, tlp, readers, version, changed_at) VALUES ($1, $2, $3, 1, now())`, [incidentId, tlp, readers]);
    const phase = (incidentId: string, status: string, mergedIntoId: string | null = null) =>
      db(`INSERT INTO incident_phase (incident_id, status, changed_at, merged_into_id) VALUES ($1, $2, now(), $3)`, [incidentId, status, mergedIntoId]);
    const escalate = (incidentId: string) => graphql(url, ESCALATE, { id: report.id, input: { incidentId } }, analyst);
    /** Refused with `code`, naming the field, and nothing written: still TRIAGED, no event. */
    const refused = async (incidentId: string, code: string) => {
      const res = await escalate(incidentId);
      expect(errorCodes(res)).toEqual([code]);
      if (code !== 'REPORT.INVALID_INPUT') expect(res.errors![0].extensions!.field).toBe('input.incidentId');
      const [row] = await db(`SELECT status, escalated_to_incident_id FROM report WHERE id = $1`, [report.id]);
      expect(row).toEqual({ status: 'TRIAGED', escalated_to_incident_id: null });
      const [{ n }] = await db(`SELECT count(*)::int AS n FROM messaging_outbox WHERE message_key = $1 AND event_type LIKE 'intake.report.escalated%'`, [report.id]);
      expect(n).toBe(0);
    };
    await refused('INC-1', 'REPORT.INVALID_INPUT');
    // Never heard of, and RED for others: the same answer, so nothing is revealed.
    await refused(randomUUID(), 'REPORT.INCIDENT_NOT_FOUND');
    const secret = randomUUID();
    await access(secret, 'RED', ['someone-else']);
    await refused(secret, 'REPORT.INCIDENT_NOT_FOUND');
    const closed = randomUUID();
    await access(closed, 'GREEN');
    await phase(closed, 'CLOSED');
    await refused(closed, 'REPORT.INCIDENT_CLOSED');

    // Merged away: accepted, incident management follows the merge.
    const merged = randomUUID();
    await access(merged, 'GREEN');
    await phase(merged, 'CLOSED', randomUUID());
    const res = await escalate(merged);
    expect(res.errors).toBeUndefined();
    expect(res.data.escalateReport).toMatchObject({ status: 'ESCALATED', escalatedToIncidentId: merged });
    const [row] = await db(`SELECT escalated_to_incident_id FROM report WHERE id = $1`, [report.id]);
    expect(row.escalated_to_incident_id).toBe(merged);
    const event = await eventOf('intake.report.escalated', report.id);
    expect(event.data.incidentId).toBe(merged);
  });

  it('an escalation into an incident intake knows to be TLP:RED carries TLP:RED on the event', async () => {
    const report = await submitTriaged(url, reporter, analyst, { tlp: 'GREEN' });
    const incidentId = randomUUID();
    await db(`INSERT INTO incident_access (incident_id, tlp, readers, version, changed_at) VALUES ($1, 'RED', $2, 1, now())`, [
      incidentId,
      [analystSubject],
    ]);
    // A named reader of a RED incident is cleared for RED (otherwise the request is refused).
    const redAnalyst = await caller(['ANALYST'], { subject: analystSubject, personId: analystPersonId, clearance: 'RED' });
    expect((await graphql(url, ESCALATE, { id: report.id, input: { incidentId } }, redAnalyst)).errors).toBeUndefined();
    const event = await eventOf('intake.report.escalated', report.id);
    expect([event.tlp, event.data.tlp, event.data.incidentId]).toEqual(['RED', 'GREEN', incidentId]);
  });

  it('rejection needs a reason and publishes ReportRejectedV1', async () => {
    const report = await submitTriaged(url, reporter, analyst);
    expect(errorCodes(await graphql(url, REJECT, { id: report.id, reason: ' ' }, analyst))).toEqual(['REPORT.INVALID_INPUT']);
    const res = await graphql(url, REJECT, { id: report.id, reason: 'scanner noise' }, analyst);
    expect(res.data.rejectReport.status).toBe('REJECTED');
    expect(res.data.rejectReport.decisions[1]).toMatchObject({ kind: 'REJECT', reason: 'scanner noise', decidedBy: analystSubject });
    const event = await eventOf('intake.report.rejected', report.id);
    expect(event.data).toMatchObject({ reportId: report.id, reason: 'scanner noise', rejectedBy: analystSubject });
  });

  it('merge links the duplicate to its target and publishes ReportMergedV1', async () => {
    const target = await submit(url, reporter);
    const duplicate = await submitTriaged(url, reporter, analyst);
    const res = await graphql(url, MERGE, { id: duplicate.id, into: target.id, reason: 'same phishing wave' }, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeReport).toMatchObject({ status: 'MERGED', mergedInto: { id: target.id } });
    const event = await eventOf('intake.report.merged', duplicate.id);
    expect(event.data).toMatchObject({ reportId: duplicate.id, intoReportId: target.id, mergedBy: analystSubject });
    expect(event.tlp).toBe('AMBER');
  });

  it('a merge event names the target, so it carries the stricter of both labels', async () => {
    const target = await submit(url, reporter, { tlp: 'AMBER+STRICT' });
    const duplicate = await submitTriaged(url, reporter, analyst, { tlp: 'GREEN' });
    await graphql(url, MERGE, { id: duplicate.id, into: target.id }, analyst);
    const event = await eventOf('intake.report.merged', duplicate.id);
    expect([event.tlp, event.data.intoReportId]).toEqual(['AMBER_STRICT', target.id]);
  });

  it('a report merged into one the caller may not read stays readable; only the reference is left out', async () => {
    const target = await submit(url, reporter, { tlp: 'AMBER+STRICT', title: `Hidden target ${randomUUID()}` });
    const duplicate = await submitTriaged(url, reporter, analyst, { tlp: 'GREEN' });
    expect((await graphql(url, MERGE, { id: duplicate.id, into: target.id }, analyst)).errors).toBeUndefined();
    const amberAuditor = await caller(['AUDITOR'], { clearance: 'AMBER' });
    const FIELDS = 'id status mergedInto { id } decisions { kind }';
    const one = await graphql(url, `query ($id: ID!) { report(id: $id) { ${FIELDS} } }`, { id: duplicate.id }, amberAuditor);
    const entities = await graphql(
      url,
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Report { ${FIELDS} } } }`,
      { reps: [{ __typename: 'Report', id: duplicate.id }, { __typename: 'Report', id: target.id }] },
      amberAuditor,
    );
    const expected = { id: duplicate.id, status: 'MERGED', mergedInto: null, decisions: [{ kind: 'TRIAGE' }, { kind: 'MERGE' }] };
    expect(one.errors).toBeUndefined();
    expect(one.data.report).toEqual(expected);
    expect(entities.data._entities).toEqual([expected, null]);
    expect(JSON.stringify([one, entities])).not.toContain(target.id);
    // Who may read the target sees the link.
    expect((await graphql(url, `query ($id: ID!) { report(id: $id) { mergedInto { id } } }`, { id: duplicate.id }, analyst)).data.report.mergedInto).toEqual({
      id: target.id,
    });
  });

  it('merging into a report the analyst may not read answers exactly as an unknown target, and writes nothing', async () => {
    const hidden = await submit(url, reporter, { tlp: 'AMBER+STRICT', title: 'Secret title of the hidden target' });
    const amberAnalyst = await caller(['ANALYST'], { clearance: 'AMBER' });
    const report = await submitTriaged(url, reporter, amberAnalyst);
    const before = await snapshot(report.id);
    const unknownId = randomUUID();
    const unreadable = await graphql(url, MERGE, { id: report.id, into: hidden.id }, amberAnalyst);
    const unknown = await graphql(url, MERGE, { id: report.id, into: unknownId }, amberAnalyst);
    const shape = (res: any, id: string) => JSON.stringify(res.errors).replaceAll(id, '<id>');
    expect(errorCodes(unreadable)).toEqual(['REPORT.NOT_FOUND']);
    expect(shape(unreadable, hidden.id)).toBe(shape(unknown, unknownId));
    expect(JSON.stringify(unreadable)).not.toMatch(/Secret title|AMBER_STRICT|AMBER\+STRICT/);
    expect(await snapshot(report.id)).toEqual(before);
  });

  it('merge refuses itself, a merged target, a rejected target and an unknown target, writing nothing', async () => {
    const a = await submitTriaged(url, reporter, analyst);
    const b = await submitTriaged(url, reporter, analyst);
    const c = await submitTriaged(url, reporter, analyst);
    const rejected = await submitTriaged(url, reporter, analyst);
    await graphql(url, MERGE, { id: b.id, into: c.id }, analyst);
    await graphql(url, REJECT, { id: rejected.id, reason: 'not an incident' }, analyst);
    const before = await snapshot(a.id);

    expect(errorCodes(await graphql(url, MERGE, { id: a.id, into: a.id }, analyst))).toEqual(['REPORT.MERGE_INTO_SELF']);
    const intoMerged = await graphql(url, MERGE, { id: a.id, into: b.id }, analyst);
    expect(errorCodes(intoMerged)).toEqual(['REPORT.INVALID_MERGE_TARGET']);
    expect(intoMerged.errors?.[0].extensions?.status).toBe('MERGED');
    expect(errorCodes(await graphql(url, MERGE, { id: a.id, into: rejected.id }, analyst))).toEqual(['REPORT.INVALID_MERGE_TARGET']);
    expect(errorCodes(await graphql(url, MERGE, { id: a.id, into: randomUUID() }, analyst))).toEqual(['REPORT.NOT_FOUND']);
    expect(await snapshot(a.id)).toEqual(before);
  });

  it('refuses every transition from the wrong state with REPORT.INVALID_TRANSITION and writes nothing', async () => {
    const fresh = await submit(url, reporter);
    const target = await submit(url, reporter);
    const escalated = await submitTriaged(url, reporter, analyst);
    await graphql(url, ESCALATE, { id: escalated.id, input: {} }, analyst);
    const rejected = await submitTriaged(url, reporter, analyst);
    await graphql(url, REJECT, { id: rejected.id, reason: 'noise' }, analyst);
    const merged = await submitTriaged(url, reporter, analyst);
    await graphql(url, MERGE, { id: merged.id, into: target.id }, analyst);
    const triaged = await submitTriaged(url, reporter, analyst);

    const attempts: [string, string, Record<string, unknown>, string, string][] = [
      ['NEW', ESCALATE, { id: fresh.id, input: {} }, 'NEW', 'ESCALATED'],
      ['NEW', REJECT, { id: fresh.id, reason: 'noise' }, 'NEW', 'REJECTED'],
      ['NEW', MERGE, { id: fresh.id, into: target.id }, 'NEW', 'MERGED'],
      ['TRIAGED', TRIAGE, { id: triaged.id, input: TRIAGE_INPUT }, 'TRIAGED', 'TRIAGED'],
    ];
    for (const [status, report] of [
      ['ESCALATED', escalated],
      ['REJECTED', rejected],
      ['MERGED', merged],
    ] as const) {
      attempts.push(
        [status, TRIAGE, { id: report.id, input: TRIAGE_INPUT }, status, 'TRIAGED'],
        [status, ESCALATE, { id: report.id, input: {} }, status, 'ESCALATED'],
        [status, REJECT, { id: report.id, reason: 'noise' }, status, 'REJECTED'],
        [status, MERGE, { id: report.id, into: target.id }, status, 'MERGED'],
      );
    }
    for (const [, mutation, variables, from, to] of attempts) {
      const id = variables.id as string;
      const before = await snapshot(id);
      const res = await graphql(url, mutation, variables, analyst);
      expect([id, errorCodes(res), res.errors?.[0].extensions?.from, res.errors?.[0].extensions?.to]).toEqual([
        id,
        ['REPORT.INVALID_TRANSITION'],
        from,
        to,
      ]);
      expect(await snapshot(id)).toEqual(before);
    }
  });

  it('decisions need the ANALYST role and a readable report', async () => {
    const report = await submit(url, reporter, { tlp: 'AMBER+STRICT' });
    expect(errorCodes(await graphql(url, TRIAGE, { id: report.id, input: TRIAGE_INPUT }))).toEqual(['UNAUTHENTICATED']);
    for (const roles of [['REPORTER'], ['INCIDENT_MANAGER'], ['AUDITOR']] as const) {
      const auth = await caller([...roles]);
      expect(errorCodes(await graphql(url, TRIAGE, { id: report.id, input: TRIAGE_INPUT }, auth))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphql(url, REJECT, { id: report.id, reason: 'noise' }, auth))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphql(url, ESCALATE, { id: report.id, input: {} }, auth))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphql(url, MERGE, { id: report.id, into: randomUUID() }, auth))).toEqual(['FORBIDDEN']);
    }
    // Not cleared for the label: answered as if the report did not exist.
    const amberAnalyst = await caller(['ANALYST'], { clearance: 'AMBER' });
    expect(errorCodes(await graphql(url, TRIAGE, { id: report.id, input: TRIAGE_INPUT }, amberAnalyst))).toEqual(['REPORT.NOT_FOUND']);
    expect(errorCodes(await graphql(url, TRIAGE, { id: randomUUID(), input: TRIAGE_INPUT }, analyst))).toEqual(['REPORT.NOT_FOUND']);
    const admin = await caller(['ADMIN']);
    expect((await graphql(url, TRIAGE, { id: report.id, input: TRIAGE_INPUT }, admin)).data.triageReport.status).toBe('TRIAGED');
    const read = await graphql(url, REPORT, { id: report.id }, await caller(['AUDITOR']));
    expect(read.data.report.status).toBe('TRIAGED');
  });

  it('triage may not relabel a report above what the analyst could read', async () => {
    const report = await submit(url, reporter);
    const before = await snapshot(report.id);
    const res = await graphql(url, TRIAGE, { id: report.id, input: { ...TRIAGE_INPUT, tlp: 'RED' } }, await caller(['ANALYST'], { clearance: 'RED' }));
    expect(errorCodes(res)).toEqual(['REPORT.TLP_NOT_CLEARED']);
    expect(await snapshot(report.id)).toEqual(before);
    const [{ tlp }] = await db(`SELECT tlp FROM report WHERE id = $1`, [report.id]);
    expect(tlp).toBe('AMBER');
  });

  it('two concurrent decisions on one report: exactly one wins', async () => {
    const report = await submitTriaged(url, reporter, analyst);
    const results = await Promise.all([
      graphql(url, REJECT, { id: report.id, reason: 'noise' }, analyst),
      graphql(url, ESCALATE, { id: report.id, input: {} }, analyst),
    ]);
    const codes = results.map((res) => (res.errors ? errorCodes(res)[0] : 'ok')).sort();
    expect(codes).toEqual(['REPORT.INVALID_TRANSITION', 'ok']);
    const { decisions } = await snapshot(report.id);
    expect(decisions).toBe(2);
  });
});
