import { randomUUID } from 'node:crypto';
import type { Authority } from '@csirt/contracts';
import { errorCodes, graphql, startTestSubgraph } from '@csirt/testing';
import { responseTeamFormed } from '../response-team/response-team.projection';
import { as, incidentsWithoutConsumer, openIncident, type Service } from '../testing/fixtures';

const TASK_FIELDS = `id kind purpose status authority waitingFor { reason since }
  clearance { state since raisedWith givenBy givenAt note recordedBy }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ${TASK_FIELDS} } }`;
const CONSENT = `mutation($id: ID!, $input: RecordTaskConsentInput!) { recordTaskConsent(id: $id, input: $input) { ${TASK_FIELDS} } }`;
const ACTED = `mutation($id: ID!, $input: RecordManagementActionInput!) { recordManagementAction(id: $id, input: $input) { ${TASK_FIELDS} } }`;

describe('tasks under the response team’s authority over the constituency', () => {
  let service: Service;
  let analyst: string;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    analyst = await as(['ANALYST'], { subject: 'an-auth' });
  });
  afterAll(() => service?.stop());

  const db = () => service.dependencies.dataSource;
  const call = (query: string, variables: Record<string, unknown>) => graphql(service.url, query, variables, analyst);
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const res = await call(query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data)[0] as any;
  };

  /** An open incident whose response team teams formed with `authority` (the projection the consumer runs). */
  async function incidentUnder(authority: Authority | null): Promise<string> {
    const incidentId = await openIncident(service);
    if (authority) {
      const deps = service.dependencies;
      await deps.transaction((manager) =>
        responseTeamFormed(
          manager,
          deps.outbox,
          {
            incidentId,
            teamId: randomUUID(),
            leadPersonId: randomUUID(),
            memberIds: [],
            formedBy: 'im-1',
            formedAt: new Date().toISOString(),
          },
          authority,
        ),
      );
    }
    return incidentId;
  }
  const action = (incidentId: string, extra: Record<string, unknown> = {}) => ({
    input: { incidentId, kind: 'CONTAINMENT', title: 'Isolate the infected host', ...extra },
  });
  const timeline = async (incidentId: string) =>
    (await db().query(`SELECT kind, actor, message FROM timeline_entry WHERE incident_id = $1 ORDER BY seq`, [incidentId])) as {
      kind: string;
      actor: string;
      message: string;
    }[];

  it('FULL: an action task is carried out directly', async () => {
    const incidentId = await incidentUnder('FULL');
    const task = await ok(CREATE_TASK, action(incidentId));
    expect(task).toMatchObject({ purpose: 'ACTION', authority: 'FULL', waitingFor: null, clearance: null });
    expect(await ok(UPDATE_TASK, { id: task.id, input: { status: 'IN_PROGRESS' } })).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('SHARED: an action task waits for the constituency contact’s consent, which is recorded and then lets it start', async () => {
    const incidentId = await incidentUnder('SHARED');
    const task = await ok(CREATE_TASK, action(incidentId));
    expect(task).toMatchObject({
      authority: 'SHARED',
      status: 'OPEN',
      waitingFor: { reason: 'CONSTITUENT_CONSENT' },
      clearance: { state: 'AWAITING_CONSENT', givenBy: null },
    });
    expect(Number.isNaN(Date.parse(task.waitingFor.since))).toBe(false);

    for (const status of ['IN_PROGRESS', 'DONE']) {
      const res = await call(UPDATE_TASK, { id: task.id, input: { status } });
      expect(errorCodes(res)).toEqual(['TASK.AWAITING_CONSENT']);
    }
    const [row] = await db().query(`SELECT status FROM incident_task WHERE id = $1`, [task.id]);
    expect(row.status).toBe('OPEN');
    // Management action is not what SHARED waits for.
    expect(errorCodes(await call(ACTED, { id: task.id, input: { actedBy: 'CIO' } }))).toEqual(['TASK.NOT_RAISED']);

    const givenAt = new Date(Date.now() - 60_000).toISOString();
    const consented = await ok(CONSENT, {
      id: task.id,
      input: { givenBy: 'Dana Contact, IT lead of the hospital', givenAt, note: 'isolate after 18:00' },
    });
    expect(consented).toMatchObject({
      waitingFor: null,
      clearance: { state: 'CONSENTED', givenBy: 'Dana Contact, IT lead of the hospital', givenAt, note: 'isolate after 18:00', recordedBy: 'an-auth' },
    });
    expect(errorCodes(await call(CONSENT, { id: task.id, input: { givenBy: 'Dana again' } }))).toEqual(['TASK.CONSENT_NOT_AWAITED']);
    expect(await ok(UPDATE_TASK, { id: task.id, input: { status: 'IN_PROGRESS' } })).toMatchObject({ status: 'IN_PROGRESS' });

    const entries = await timeline(incidentId);
    expect(entries.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("waits for the constituency contact's consent"),
        'Task "Isolate the infected host": consent given by Dana Contact, IT lead of the hospital: isolate after 18:00',
      ]),
    );
  });

  it('SHARED: refuses a consent from the future or without who gave it, and a waiting task may still be cancelled', async () => {
    const incidentId = await incidentUnder('SHARED');
    const task = await ok(CREATE_TASK, action(incidentId));
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const refusals = [
      await call(CONSENT, { id: task.id, input: { givenBy: 'Dana', givenAt: future } }),
      await call(CONSENT, { id: task.id, input: { givenBy: ' ' } }),
    ];
    for (const res of refusals) expect(errorCodes(res)).toEqual(['TASK.INVALID_INPUT']);
    expect(refusals.map((res) => res.errors?.[0]?.extensions?.field)).toEqual(['givenAt', 'givenBy']);
    expect(errorCodes(await call(CONSENT, { id: randomUUID(), input: { givenBy: 'Dana' } }))).toEqual(['TASK.NOT_FOUND']);
    expect(await ok(UPDATE_TASK, { id: task.id, input: { status: 'CANCELLED' } })).toMatchObject({ status: 'CANCELLED' });
  });

  it('NONE: refuses an action task with a clear code and keeps recommendations', async () => {
    const incidentId = await incidentUnder('NONE');
    const before = await db().query(`SELECT count(*)::int AS n FROM incident_task WHERE incident_id = $1`, [incidentId]);
    const res = await call(CREATE_TASK, action(incidentId));
    expect(errorCodes(res)).toEqual(['TASK.ACTION_NOT_AUTHORISED']);
    expect(res.errors?.[0]?.extensions).toMatchObject({ authority: 'NONE' });
    expect(await db().query(`SELECT count(*)::int AS n FROM incident_task WHERE incident_id = $1`, [incidentId])).toEqual(before);

    const advice = await ok(CREATE_TASK, action(incidentId, { purpose: 'RECOMMENDATION', title: 'Recommend isolating the host' }));
    expect(advice).toMatchObject({ purpose: 'RECOMMENDATION', authority: 'NONE', waitingFor: null, clearance: null });
    expect(await ok(UPDATE_TASK, { id: advice.id, input: { status: 'DONE' } })).toMatchObject({ status: 'DONE' });
  });

  it('INDIRECT: raises the action with the constituency’s management and tracks it until they act', async () => {
    const incidentId = await incidentUnder('INDIRECT');
    const task = await ok(CREATE_TASK, action(incidentId, { raisedWith: 'CIO of the business unit' }));
    expect(task).toMatchObject({
      authority: 'INDIRECT',
      waitingFor: { reason: 'MANAGEMENT_ACTION' },
      clearance: { state: 'RAISED', raisedWith: 'CIO of the business unit' },
    });
    expect(errorCodes(await call(UPDATE_TASK, { id: task.id, input: { status: 'DONE' } }))).toEqual(['TASK.AWAITING_MANAGEMENT']);
    expect(errorCodes(await call(CONSENT, { id: task.id, input: { givenBy: 'Dana' } }))).toEqual(['TASK.CONSENT_NOT_AWAITED']);

    const acted = await ok(ACTED, { id: task.id, input: { actedBy: 'Chris CIO', note: 'ordered the host off the network' } });
    expect(acted).toMatchObject({
      waitingFor: null,
      clearance: { state: 'ACTED', raisedWith: 'CIO of the business unit', givenBy: 'Chris CIO', recordedBy: 'an-auth' },
    });
    expect(await ok(UPDATE_TASK, { id: task.id, input: { status: 'DONE' } })).toMatchObject({ status: 'DONE' });
    const messages = (await timeline(incidentId)).map((e) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('raised with CIO of the business unit'),
        `Task "Isolate the infected host": the constituency's management acted (Chris CIO): ordered the host off the network`,
      ]),
    );
  });

  it('without a response team, tasks act as before (the coordinating CSIRT’s own incident)', async () => {
    const incidentId = await incidentUnder(null);
    const task = await ok(CREATE_TASK, action(incidentId));
    expect(task).toMatchObject({ authority: null, waitingFor: null });
    expect(await ok(UPDATE_TASK, { id: task.id, input: { status: 'DONE' } })).toMatchObject({ status: 'DONE' });
  });

  it('a v1 formation (no authority carried) is read as SHARED, and forming the team again replaces the authority', async () => {
    const incidentId = await incidentUnder(null);
    const deps = service.dependencies;
    const formed = (at: Date) => ({
      incidentId,
      teamId: randomUUID(),
      leadPersonId: randomUUID(),
      memberIds: [],
      formedBy: 'im-1',
      formedAt: at.toISOString(),
    });
    await deps.transaction((manager) => responseTeamFormed(manager, deps.outbox, formed(new Date(Date.now() - 1000))));
    expect(await ok(CREATE_TASK, action(incidentId))).toMatchObject({ authority: 'SHARED', waitingFor: { reason: 'CONSTITUENT_CONSENT' } });
    await deps.transaction((manager) => responseTeamFormed(manager, deps.outbox, formed(new Date()), 'FULL'));
    expect(await ok(CREATE_TASK, action(incidentId))).toMatchObject({ authority: 'FULL', waitingFor: null });
  });
});
