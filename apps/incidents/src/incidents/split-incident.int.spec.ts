import { randomUUID } from 'node:crypto';
import { errorCodes, graphql, startTestSubgraph } from '@csirt/testing';
import { as, escalation, incidentsWithoutConsumer, ok, openIncident, type Service } from '../testing/fixtures';
import { applyEscalatedReport } from './escalated-report';

const SPLIT = `mutation($input: SplitIncidentInput!) {
  splitIncident(input: $input) {
    id reference title status severity tlp constituencyId region reports { id } observables { type value } affectedAssets
    classification { rsitClass rsitType } tasks { id } timeline { kind actor message }
  }
}`;
const INCIDENT = `query($id: ID!) { incident(id: $id) { id status reports { id } tasks { id } timeline { kind message } } }`;
const TRANSITION = `mutation($id: ID!, $to: IncidentStatus!, $resolution: String) { transitionIncident(id: $id, to: $to, resolution: $resolution) { id status } }`;

describe('splitIncident: some reports of an incident move into a new one', () => {
  let service: Service;
  let manager: string;
  let analyst: string;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    [manager, analyst] = await Promise.all([
      as(['INCIDENT_MANAGER'], { subject: 'im-split' }),
      as(['ANALYST'], { subject: 'an-split' }),
    ]);
  });
  afterAll(() => service?.stop());

  const db = () => service.dependencies.dataSource;
  /** Opens an incident from one report and attaches `more` reports; answers the ids. */
  const incidentWithReports = async (more: number, overrides: Parameters<typeof escalation>[0] = {}) => {
    const id = await openIncident(service, overrides);
    for (let n = 0; n < more; n += 1) {
      await service.dependencies.transaction((m) =>
        applyEscalatedReport(m, service.dependencies.outbox, escalation({ ...overrides, incidentId: id }), randomUUID()),
      );
    }
    const rows: { report_id: string }[] = await db().query(
      `SELECT report_id FROM incident_report WHERE incident_id = $1 ORDER BY attached_at, report_id`,
      [id],
    );
    return { id, reportIds: rows.map((r) => r.report_id) };
  };
  const split = (input: Record<string, unknown>, auth = manager) =>
    graphql(service.url, SPLIT, { input: { title: 'Second wave', reason: 'A different sender', ...input } }, auth);
  const eventsOf = async (id: string) =>
    ((await db().query(`SELECT envelope FROM messaging_outbox WHERE message_key = $1 ORDER BY seq`, [id])) as { envelope: any }[]).map(
      (r) => r.envelope,
    );

  it('moves the named reports into a new OPEN incident copied from the source, tells both timelines and announces it opened', async () => {
    const { id, reportIds } = await incidentWithReports(2, {
      severity: 3,
      tlp: 'AMBER',
      observables: [{ type: 'DOMAIN', value: 'evil.example' }],
    });
    const task = await ok(
      service.url,
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      { input: { incidentId: id, kind: 'CONTAINMENT', title: 'Block the sender' } },
      analyst,
    );
    const [kept, ...moving] = reportIds;

    const { splitIncident } = await ok(service.url, SPLIT, { input: { incidentId: id, reportIds: moving, title: 'Second wave', reason: 'A different sender' } }, manager);
    expect(splitIncident).toMatchObject({
      title: 'Second wave',
      status: 'OPEN',
      severity: 3,
      tlp: 'AMBER',
      region: 'EMEA',
      classification: { rsitClass: 'fraud', rsitType: 'phishing' },
      reports: moving.map((r) => ({ id: r })),
      observables: [{ type: 'DOMAIN', value: 'evil.example' }],
      affectedAssets: ['mail.example.org'],
      tasks: [],
    });
    expect(splitIncident.id).not.toBe(id);
    const source = await db().query(`SELECT reference FROM incident WHERE id = $1`, [id]);
    expect(splitIncident.timeline).toEqual([
      {
        kind: 'SPLIT_FROM',
        actor: 'im-split',
        message: `Split off ${source[0].reference}: A different sender; 2 report(s) moved here`,
      },
    ]);

    const after = (await ok(service.url, INCIDENT, { id }, manager)).incident;
    expect(after).toMatchObject({ status: 'OPEN', reports: [{ id: kept }], tasks: [{ id: task.createTask.id }] });
    expect(after.timeline.at(-1)).toEqual({
      kind: 'SPLIT_INTO',
      message: `2 report(s) split off into ${splitIncident.reference}: A different sender`,
    });

    // What other services hear: the new incident opened with its reports (intake moves
    // Report.incident to it), its indicators and who may read it; the source's readers again.
    const opened = (await eventsOf(splitIncident.id)).map((e) => [e.type, e.tlp, e.data.reportIds ?? e.data.observables ?? null]);
    expect(opened).toEqual(
      expect.arrayContaining([
        ['incidents.incident.opened', 'AMBER', moving],
        ['incidents.incident.indicators-changed', 'AMBER', [{ type: 'DOMAIN', value: 'evil.example' }]],
      ]),
    );
    expect((await eventsOf(splitIncident.id)).map((e) => e.type)).toContain('incidents.incident.access-changed');
    expect((await eventsOf(id)).at(-1).type).toBe('incidents.incident.access-changed');
  });

  it('refuses reports not the incident’s, all of its reports, bad input and callers who may not split, changing nothing', async () => {
    const { id, reportIds } = await incidentWithReports(1);
    const other = await incidentWithReports(1);
    const entries = async () => (await db().query(`SELECT count(*)::int AS n FROM timeline_entry WHERE incident_id = $1`, [id]))[0].n;
    const before = await entries();

    expect(errorCodes(await split({ incidentId: id, reportIds: [randomUUID()] }))).toEqual(['INCIDENT.SPLIT_UNKNOWN_REPORTS']);
    expect(errorCodes(await split({ incidentId: id, reportIds: [other.reportIds[0]] }))).toEqual(['INCIDENT.SPLIT_UNKNOWN_REPORTS']);
    expect(errorCodes(await split({ incidentId: id, reportIds }))).toEqual(['INCIDENT.SPLIT_ALL_REPORTS']);
    expect(errorCodes(await split({ incidentId: id, reportIds: [] }))).toEqual(['INCIDENT.INVALID_INPUT']);
    expect(errorCodes(await split({ incidentId: id, reportIds: ['not-a-uuid'] }))).toEqual(['INCIDENT.INVALID_INPUT']);
    expect(errorCodes(await split({ incidentId: id, reportIds: [reportIds[1]], title: 'x' }))).toEqual(['INCIDENT.INVALID_INPUT']);
    expect(errorCodes(await split({ incidentId: id, reportIds: [reportIds[1]], reason: ' ' }))).toEqual(['INCIDENT.INVALID_INPUT']);
    expect(errorCodes(await split({ incidentId: id, reportIds: [reportIds[1]] }, analyst))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await split({ incidentId: randomUUID(), reportIds: [reportIds[1]] }))).toEqual(['INCIDENT.NOT_FOUND']);

    expect(await entries()).toBe(before);
    const held = await db().query(`SELECT count(*)::int AS n FROM incident_report WHERE incident_id = $1`, [id]);
    expect(held[0].n).toBe(2);
  });

  it('answers an incident the caller may not read as not found, and a closed one as closed', async () => {
    const red = await incidentWithReports(1, { tlp: 'RED' });
    expect(errorCodes(await split({ incidentId: red.id, reportIds: [red.reportIds[1]] }))).toEqual(['INCIDENT.NOT_FOUND']);

    const closed = await incidentWithReports(1, { severity: 1 });
    for (const to of ['ANALYSIS', 'POST_INCIDENT', 'CLOSED'])
      await ok(service.url, TRANSITION, { id: closed.id, to, resolution: 'False positive' }, manager);
    expect(errorCodes(await split({ incidentId: closed.id, reportIds: [closed.reportIds[1]] }))).toEqual(['INCIDENT.CLOSED']);
    const held = await db().query(`SELECT count(*)::int AS n FROM incident_report WHERE incident_id = $1`, [closed.id]);
    expect(held[0].n).toBe(2);
  });
});
