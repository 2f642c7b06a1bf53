import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { errorCodes, graphql, startTestSubgraph, testDatabaseUrl } from '@csirt/testing';
import { as, incidentsWithoutConsumer, ok, openIncident, type Service } from '../testing/fixtures';
import { knownPerson } from '../testing/people';

const TRANSITION = `mutation($id: ID!, $to: IncidentStatus!, $note: String, $resolution: String, $lessonsLearned: String, $overrideReason: String, $cancelOpenTasksReason: String) {
  transitionIncident(id: $id, to: $to, note: $note, resolution: $resolution, lessonsLearned: $lessonsLearned, overrideReason: $overrideReason, cancelOpenTasksReason: $cancelOpenTasksReason) {
    id status resolution lessonsLearned openedAt acknowledgedAt containmentAt eradicationAt recoveryAt postIncidentAt closedAt
  }
}`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id kind status title assignee { id } dueAt incident { id } } }`;
const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { id status completedAt assignee { id } } }`;

describe('incident life cycle, tasks and timeline', () => {
  let service: Service;
  let manager: string;
  let analyst: string;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    manager = await as(['INCIDENT_MANAGER'], { subject: 'im-1' });
    analyst = await as(['ANALYST'], { subject: 'an-1' });
  });
  afterAll(() => service?.stop());

  const db = () => service.dependencies.dataSource;
  const move = (id: string, to: string, extra: Record<string, unknown> = {}, auth = manager) =>
    graphql(service.url, TRANSITION, { id, to, ...extra }, auth);
  const moveOk = async (id: string, to: string, extra: Record<string, unknown> = {}) => {
    const res = await move(id, to, extra);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.transitionIncident;
  };
  const stateOf = async (id: string) => {
    const [row] = await db().query(`SELECT status, resolution FROM incident WHERE id = $1`, [id]);
    const [{ entries }] = await db().query(
      `SELECT count(*)::int AS entries FROM timeline_entry WHERE incident_id = $1`,
      [id],
    );
    const [{ events }] = await db().query(
      `SELECT count(*)::int AS events FROM messaging_outbox WHERE message_key = $1`,
      [id],
    );
    return { ...row, entries, events };
  };
  /** Asserts the call failed with `code` and changed nothing (incident, timeline, outbox). */
  const refused = async (id: string, call: () => Promise<any>, code: string) => {
    const before = await stateOf(id);
    expect(errorCodes(await call())).toEqual([code]);
    expect(await stateOf(id)).toEqual(before);
  };

  it('walks the whole life cycle, stamping each phase, telling the timeline and announcing every change', async () => {
    const id = await openIncident(service, { severity: 3 });
    for (const to of ['ANALYSIS', 'CONTAINMENT', 'ERADICATION', 'RECOVERY', 'POST_INCIDENT']) {
      expect((await moveOk(id, to, { note: `into ${to}` })).status).toBe(to);
    }
    const closed = await moveOk(id, 'CLOSED', {
      resolution: 'Mail filters updated, accounts reset',
      lessonsLearned: 'Train staff on phishing',
    });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      resolution: 'Mail filters updated, accounts reset',
      lessonsLearned: 'Train staff on phishing',
    });
    const stamps = [
      'openedAt',
      'acknowledgedAt',
      'containmentAt',
      'eradicationAt',
      'recoveryAt',
      'postIncidentAt',
      'closedAt',
    ].map((f) => Date.parse(closed[f]));
    expect(stamps.every((t) => Number.isFinite(t))).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);

    const timeline = await db().query(
      `SELECT kind, phase, actor, message FROM timeline_entry WHERE incident_id = $1 ORDER BY seq`,
      [id],
    );
    expect(timeline.map((e: any) => `${e.kind}:${e.phase}`)).toEqual([
      'OPENED:OPEN',
      'STATUS_CHANGED:ANALYSIS',
      'STATUS_CHANGED:CONTAINMENT',
      'STATUS_CHANGED:ERADICATION',
      'STATUS_CHANGED:RECOVERY',
      'STATUS_CHANGED:POST_INCIDENT',
      'UPDATED:POST_INCIDENT',
      'UPDATED:POST_INCIDENT',
      'STATUS_CHANGED:CLOSED',
    ]);
    expect(timeline[1]).toMatchObject({ actor: 'im-1', message: 'OPEN → ANALYSIS: into ANALYSIS' });
    const events = await db().query(
      `SELECT envelope FROM messaging_outbox WHERE message_key = $1 ORDER BY seq`,
      [id],
    );
    expect(events.map((e: any) => e.envelope.type)).toEqual([
      'incidents.incident.opened',
      'incidents.incident.indicators-changed',
      'incidents.incident.access-changed',
      ...Array(6).fill('incidents.incident.status-changed'),
      'incidents.incident.closed',
    ]);
    expect(events[9].envelope.data).toMatchObject({
      incidentId: id,
      resolution: 'Mail filters updated, accounts reset',
      closedBy: 'im-1',
    });
    expect(events[3].envelope).toMatchObject({
      tlp: 'GREEN',
      data: { from: 'OPEN', to: 'ANALYSIS', changedBy: 'im-1', note: 'into ANALYSIS' },
    });

    // Reopening needs a reason and an earlier phase than CLOSED, but not OPEN.
    await refused(id, () => move(id, 'ANALYSIS'), 'INCIDENT.NOTE_REQUIRED');
    await refused(id, () => move(id, 'OPEN', { note: 'reopen' }), 'INCIDENT.INVALID_TRANSITION');
    // The timeline cannot be edited in place, even by SQL.
    // (A plain pg client: TypeORM would log the expected failures.)
    const client = new Client({ connectionString: testDatabaseUrl('csirt_test_incidents') });
    await client.connect();
    try {
      await expect(
        client.query(`UPDATE timeline_entry SET message = 'x' WHERE incident_id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM timeline_entry WHERE incident_id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await client.end();
    }
  });

  it('refuses skipped phases and same-phase moves with INCIDENT.INVALID_TRANSITION', async () => {
    const id = await openIncident(service);
    for (const to of ['OPEN', 'CONTAINMENT', 'ERADICATION', 'RECOVERY', 'POST_INCIDENT', 'CLOSED']) {
      await refused(id, () => move(id, to, { note: 'skip', resolution: 'r' }), 'INCIDENT.INVALID_TRANSITION');
    }
    await moveOk(id, 'ANALYSIS');
    await refused(id, () => move(id, 'RECOVERY'), 'INCIDENT.INVALID_TRANSITION');
    await refused(id, () => move(id, 'OPEN', { note: 'back' }), 'INCIDENT.INVALID_TRANSITION');
  });

  it('allows back-steps with a note only, and clears the phases after the one re-entered', async () => {
    const id = await openIncident(service);
    await moveOk(id, 'ANALYSIS');
    await moveOk(id, 'CONTAINMENT');
    const eradicating = await moveOk(id, 'ERADICATION');
    await refused(id, () => move(id, 'CONTAINMENT'), 'INCIDENT.NOTE_REQUIRED');
    await refused(id, () => move(id, 'ANALYSIS', { note: '  ' }), 'INCIDENT.NOTE_REQUIRED');
    const back = await moveOk(id, 'ANALYSIS', {
      note: 'containment failed: the attacker still has VPN access',
    });
    expect(back).toMatchObject({
      status: 'ANALYSIS',
      acknowledgedAt: eradicating.acknowledgedAt,
      containmentAt: null,
      eradicationAt: null,
    });
    const [entry] = await db().query(
      `SELECT message FROM timeline_entry WHERE incident_id = $1 AND kind = 'STATUS_CHANGED' ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(entry.message).toBe(
      'ERADICATION → ANALYSIS (back-step): containment failed: the attacker still has VPN access',
    );
    // Nothing to contain after all: straight to the review.
    expect((await moveOk(id, 'POST_INCIDENT')).status).toBe('POST_INCIDENT');
    await moveOk(id, 'ANALYSIS', { note: 'new findings' });
  });

  it('closes only with a resolution, and above severity 2 with lessons learned', async () => {
    const severe = await openIncident(service, { severity: 3 });
    const minor = await openIncident(service, { severity: 2 });
    for (const id of [severe, minor]) {
      await moveOk(id, 'ANALYSIS');
      await moveOk(id, 'POST_INCIDENT');
    }
    await refused(severe, () => move(severe, 'CLOSED'), 'INCIDENT.RESOLUTION_REQUIRED');
    await refused(
      severe,
      () => move(severe, 'CLOSED', { resolution: 'Blocked the sender' }),
      'INCIDENT.LESSONS_LEARNED_REQUIRED',
    );
    expect(
      (await moveOk(severe, 'CLOSED', { resolution: 'Blocked the sender', lessonsLearned: 'Block faster' }))
        .status,
    ).toBe('CLOSED');
    await refused(minor, () => move(minor, 'CLOSED', { resolution: '   ' }), 'INCIDENT.INVALID_INPUT');
    await refused(minor, () => move(minor, 'CLOSED'), 'INCIDENT.RESOLUTION_REQUIRED');
    expect((await moveOk(minor, 'CLOSED', { resolution: 'False positive' })).status).toBe('CLOSED');
  });

  it('keeps RECOVERY closed while containment tasks are open, unless overridden with a reason (told on the timeline)', async () => {
    const id = await openIncident(service);
    const assignee = await knownPerson(service);
    const created = await ok(
      service.url,
      CREATE_TASK,
      {
        input: {
          incidentId: id,
          kind: 'CONTAINMENT',
          title: 'Isolate the mail server',
          assigneeId: assignee,
          dueAt: '2030-01-01T00:00:00Z',
        },
      },
      analyst,
    );
    expect(created.createTask).toMatchObject({
      kind: 'CONTAINMENT',
      status: 'OPEN',
      assignee: { id: assignee },
      dueAt: '2030-01-01T00:00:00.000Z',
      incident: { id },
    });
    const other = await ok(
      service.url,
      CREATE_TASK,
      { input: { incidentId: id, kind: 'CONTAINMENT', title: 'Block the sender domain' } },
      analyst,
    );
    await ok(
      service.url,
      CREATE_TASK,
      { input: { incidentId: id, kind: 'ERADICATION', title: 'Remove the mails' } },
      analyst,
    );
    for (const to of ['ANALYSIS', 'CONTAINMENT', 'ERADICATION']) await moveOk(id, to);

    const res = await move(id, 'RECOVERY');
    expect(errorCodes(res)).toEqual(['INCIDENT.CONTAINMENT_TASKS_OPEN']);
    expect(res.errors![0].extensions!.openTaskIds).toEqual([created.createTask.id, other.createTask.id]);

    expect(
      (await ok(service.url, UPDATE_TASK, { id: created.createTask.id, input: { status: 'DONE' } }, analyst))
        .updateTask,
    ).toMatchObject({ status: 'DONE' });
    await ok(
      service.url,
      UPDATE_TASK,
      { id: other.createTask.id, input: { status: 'IN_PROGRESS' } },
      analyst,
    );
    await refused(id, () => move(id, 'RECOVERY'), 'INCIDENT.CONTAINMENT_TASKS_OPEN');
    await refused(id, () => move(id, 'RECOVERY', { overrideReason: 'x' }), 'INCIDENT.INVALID_INPUT');
    expect(
      (await moveOk(id, 'RECOVERY', { overrideReason: 'The ISP blocks the domain upstream' })).status,
    ).toBe('RECOVERY');
    const [entry] = await db().query(
      `SELECT message, details FROM timeline_entry WHERE incident_id = $1 AND kind = 'STATUS_CHANGED' ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(entry.message).toContain('overridden: The ISP blocks the domain upstream');
    expect(entry.details).toMatchObject({
      overrideReason: 'The ISP blocks the domain upstream',
      openContainmentTaskIds: [other.createTask.id],
    });

    // With every containment task done or cancelled, no override is needed.
    const clean = await openIncident(service);
    const task = await ok(
      service.url,
      CREATE_TASK,
      { input: { incidentId: clean, kind: 'CONTAINMENT', title: 'Disable the account' } },
      analyst,
    );
    await ok(service.url, UPDATE_TASK, { id: task.createTask.id, input: { status: 'CANCELLED' } }, analyst);
    for (const to of ['ANALYSIS', 'CONTAINMENT', 'ERADICATION', 'RECOVERY']) await moveOk(clean, to);
  });

  it('refuses to close with open tasks unless they are cancelled, with a reason, in the same step', async () => {
    const id = await openIncident(service);
    const task = (kind: string, title: string) =>
      ok(service.url, CREATE_TASK, { input: { incidentId: id, kind, title } }, analyst).then((r) => r.createTask.id as string);
    const open = await task('CONTAINMENT', 'Block the C2 address');
    const working = await task('RECOVERY', 'Restore the file server');
    const finished = await task('ERADICATION', 'Remove the implant');
    await ok(service.url, UPDATE_TASK, { id: working, input: { status: 'IN_PROGRESS' } }, analyst);
    await ok(service.url, UPDATE_TASK, { id: finished, input: { status: 'DONE' } }, analyst);
    for (const to of ['ANALYSIS', 'POST_INCIDENT']) await moveOk(id, to);

    const res = await move(id, 'CLOSED', { resolution: 'Contained upstream' });
    expect(errorCodes(res)).toEqual(['INCIDENT.TASKS_OPEN']);
    expect(res.errors![0].extensions!.openTaskIds).toEqual([open, working]);
    await refused(id, () => move(id, 'CLOSED', { resolution: 'Contained upstream' }), 'INCIDENT.TASKS_OPEN');
    await refused(id, () => move(id, 'CLOSED', { resolution: 'Contained upstream', cancelOpenTasksReason: 'x' }), 'INCIDENT.INVALID_INPUT');
    const tasksBefore = await db().query(`SELECT id, status FROM incident_task WHERE incident_id = $1 ORDER BY created_at`, [id]);
    expect(tasksBefore.map((t: any) => t.status)).toEqual(['OPEN', 'IN_PROGRESS', 'DONE']);

    const closed = await moveOk(id, 'CLOSED', { resolution: 'Contained upstream', cancelOpenTasksReason: 'The ISP took the server down' });
    expect(closed.status).toBe('CLOSED');
    const tasks = await db().query(`SELECT id, status, completed_at FROM incident_task WHERE incident_id = $1 ORDER BY created_at`, [id]);
    expect(tasks.map((t: any) => t.status)).toEqual(['CANCELLED', 'CANCELLED', 'DONE']);
    expect(tasks[0].completed_at.toISOString()).toBe(closed.closedAt);

    const timeline = await db().query(`SELECT kind, phase, message, details FROM timeline_entry WHERE incident_id = $1 ORDER BY seq DESC LIMIT 3`, [id]);
    expect(timeline.reverse()).toMatchObject([
      { kind: 'UPDATED', message: 'Resolution set' },
      {
        kind: 'TASK_UPDATED',
        phase: 'POST_INCIDENT',
        message: '2 open task(s) cancelled on closing: The ISP took the server down',
        details: { taskIds: [open, working], status: 'CANCELLED', reason: 'The ISP took the server down' },
      },
      { kind: 'STATUS_CHANGED', phase: 'CLOSED' },
    ]);
    const events = await db().query(`SELECT envelope FROM messaging_outbox WHERE message_key = $1 ORDER BY seq DESC LIMIT 3`, [id]);
    expect(events.reverse().map((e: any) => e.envelope.type)).toEqual([
      'incidents.incident.tasks-cancelled',
      'incidents.incident.status-changed',
      'incidents.incident.closed',
    ]);
    expect(events[0].envelope).toMatchObject({
      tlp: 'GREEN',
      data: { incidentId: id, taskIds: [open, working], reason: 'The ISP took the server down', cancelledBy: 'im-1' },
    });
  });

  it('reopens a CLOSED incident to an earlier phase with a reason, recorded on the timeline and announced', async () => {
    const id = await openIncident(service);
    for (const to of ['ANALYSIS', 'POST_INCIDENT']) await moveOk(id, to);
    const closed = await moveOk(id, 'CLOSED', { resolution: 'Blocked the sender' });
    await refused(id, () => move(id, 'CONTAINMENT', { note: '   ' }), 'INCIDENT.NOTE_REQUIRED');
    // (A denied call is audited, so only the incident itself is compared.)
    expect(errorCodes(await move(id, 'CONTAINMENT', { note: 'again' }, analyst))).toEqual(['FORBIDDEN']);
    expect((await stateOf(id)).status).toBe('CLOSED');

    const reopened = await moveOk(id, 'CONTAINMENT', { note: 'The same sender is back with new domains' });
    expect(reopened).toMatchObject({
      status: 'CONTAINMENT',
      closedAt: null,
      postIncidentAt: null,
      acknowledgedAt: closed.acknowledgedAt,
      resolution: 'Blocked the sender',
    });
    expect(Date.parse(reopened.containmentAt)).toBeGreaterThanOrEqual(Date.parse(closed.closedAt));
    const [entry] = await db().query(
      `SELECT kind, phase, message, details FROM timeline_entry WHERE incident_id = $1 ORDER BY seq DESC LIMIT 1`,
      [id],
    );
    expect(entry).toMatchObject({
      kind: 'STATUS_CHANGED',
      phase: 'CONTAINMENT',
      message: 'CLOSED → CONTAINMENT (reopened): The same sender is back with new domains',
      details: { from: 'CLOSED', to: 'CONTAINMENT', note: 'The same sender is back with new domains' },
    });
    const events = await db().query(`SELECT envelope FROM messaging_outbox WHERE message_key = $1 ORDER BY seq DESC LIMIT 2`, [id]);
    expect(events.reverse().map((e: any) => e.envelope)).toMatchObject([
      { type: 'incidents.incident.status-changed', data: { from: 'CLOSED', to: 'CONTAINMENT' } },
      {
        type: 'incidents.incident.reopened',
        tlp: 'GREEN',
        data: { incidentId: id, to: 'CONTAINMENT', reason: 'The same sender is back with new domains', reopenedBy: 'im-1' },
      },
    ]);
    // Open again: tasks may be added, and it closes again the usual way.
    await ok(service.url, CREATE_TASK, { input: { incidentId: id, kind: 'CONTAINMENT', title: 'Block the new domains' } }, analyst);
    for (const to of ['ERADICATION', 'RECOVERY', 'POST_INCIDENT']) await moveOk(id, to, { overrideReason: 'Blocked at the gateway' });
    await refused(id, () => move(id, 'CLOSED'), 'INCIDENT.TASKS_OPEN');
  });

  it('never reopens an incident merged into another', async () => {
    const source = await openIncident(service);
    const into = await openIncident(service);
    await ok(
      service.url,
      `mutation($s: ID!, $i: ID!) { mergeIncidents(sourceId: $s, intoId: $i, reason: "Same phishing wave") { id } }`,
      { s: source, i: into },
      manager,
    );
    await refused(source, () => move(source, 'ANALYSIS', { note: 'undo the merge' }), 'INCIDENT.MERGED');
  });

  it('lets only incident managers transition, and hides incidents the caller may not read', async () => {
    const id = await openIncident(service, { tlp: 'AMBER' });
    expect(errorCodes(await move(id, 'ANALYSIS', {}, analyst))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(service.url, TRANSITION, { id, to: 'ANALYSIS' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const greenManager = await as(['INCIDENT_MANAGER'], { clearance: 'GREEN' });
    await refused(id, () => move(id, 'ANALYSIS', {}, greenManager), 'INCIDENT.NOT_FOUND');
    expect(errorCodes(await move(randomUUID(), 'ANALYSIS'))).toEqual(['INCIDENT.NOT_FOUND']);
  });

  it('manages tasks: validation, status rules, timeline, and roles', async () => {
    const id = await openIncident(service);
    const bad = async (input: Record<string, unknown>, field: string) => {
      const res = await graphql(
        service.url,
        CREATE_TASK,
        { input: { incidentId: id, kind: 'RECOVERY', title: 'Restore backups', ...input } },
        analyst,
      );
      expect(errorCodes(res)).toEqual(['TASK.INVALID_INPUT']);
      expect(res.errors![0].extensions!.field).toBe(field);
    };
    await bad({ title: 'ab' }, 'title');
    await bad({ assigneeId: 'someone' }, 'assigneeId');
    await bad({ description: 'x'.repeat(10_001) }, 'description');
    expect(
      (await db().query(`SELECT count(*)::int AS n FROM incident_task WHERE incident_id = $1`, [id]))[0].n,
    ).toBe(0);
    expect(
      errorCodes(
        await graphql(
          service.url,
          CREATE_TASK,
          { input: { incidentId: id, kind: 'RECOVERY', title: 'Restore' } },
          await as(['AUDITOR']),
        ),
      ),
    ).toEqual(['FORBIDDEN']);

    const { createTask } = await ok(
      service.url,
      CREATE_TASK,
      { input: { incidentId: id, kind: 'RECOVERY', title: 'Restore backups' } },
      analyst,
    );
    const done = await ok(
      service.url,
      UPDATE_TASK,
      { id: createTask.id, input: { status: 'DONE' } },
      analyst,
    );
    expect(done.updateTask.completedAt).not.toBeNull();
    expect(
      errorCodes(
        await graphql(
          service.url,
          UPDATE_TASK,
          { id: createTask.id, input: { status: 'IN_PROGRESS' } },
          analyst,
        ),
      ),
    ).toEqual(['TASK.INVALID_TRANSITION']);
    const reopened = await ok(
      service.url,
      UPDATE_TASK,
      { id: createTask.id, input: { status: 'OPEN', assigneeId: await knownPerson(service) } },
      analyst,
    );
    expect(reopened.updateTask.completedAt).toBeNull();
    expect(
      errorCodes(
        await graphql(service.url, UPDATE_TASK, { id: randomUUID(), input: { status: 'DONE' } }, analyst),
      ),
    ).toEqual(['TASK.NOT_FOUND']);

    const tasks = await ok(
      service.url,
      `query($id: ID!) { incident(id: $id) { tasks { id status } timeline { kind actor } } }`,
      { id },
      analyst,
    );
    expect(tasks.incident.tasks).toEqual([{ id: createTask.id, status: 'OPEN' }]);
    expect(tasks.incident.timeline.map((e: any) => e.kind)).toEqual([
      'OPENED',
      'TASK_CREATED',
      'TASK_UPDATED',
      'TASK_UPDATED',
    ]);

    // A caller who may not read the incident cannot see or change its tasks either.
    const greenAnalyst = await as(['ANALYST'], { clearance: 'CLEAR' });
    expect(
      errorCodes(
        await graphql(
          service.url,
          UPDATE_TASK,
          { id: createTask.id, input: { status: 'DONE' } },
          greenAnalyst,
        ),
      ),
    ).toEqual(['TASK.NOT_FOUND']);
    expect(
      errorCodes(
        await graphql(
          service.url,
          CREATE_TASK,
          { input: { incidentId: id, kind: 'RECOVERY', title: 'Sneak in' } },
          greenAnalyst,
        ),
      ),
    ).toEqual(['INCIDENT.NOT_FOUND']);
    // Nor does anything change on a closed incident.
    for (const to of ['ANALYSIS', 'POST_INCIDENT']) await moveOk(id, to);
    await moveOk(id, 'CLOSED', { resolution: 'Restored', cancelOpenTasksReason: 'Backups were not needed' });
    expect(
      errorCodes(
        await graphql(
          service.url,
          CREATE_TASK,
          { input: { incidentId: id, kind: 'RECOVERY', title: 'Too late' } },
          analyst,
        ),
      ),
    ).toEqual(['INCIDENT.CLOSED']);
    expect(
      errorCodes(
        await graphql(service.url, UPDATE_TASK, { id: createTask.id, input: { status: 'DONE' } }, analyst),
      ),
    ).toEqual(['INCIDENT.CLOSED']);
  });

  it('appends notes to the timeline', async () => {
    const id = await openIncident(service);
    const ADD = `mutation($id: ID!, $m: String!) { addTimelineEntry(incidentId: $id, message: $m) { id kind actor phase message at } }`;
    const added = await ok(service.url, ADD, { id, m: 'Called the ISP' }, analyst);
    expect(added.addTimelineEntry).toMatchObject({
      kind: 'NOTE',
      actor: 'an-1',
      phase: 'OPEN',
      message: 'Called the ISP',
    });
    expect(errorCodes(await graphql(service.url, ADD, { id, m: ' ' }, analyst))).toEqual([
      'INCIDENT.INVALID_INPUT',
    ]);
    expect(errorCodes(await graphql(service.url, ADD, { id, m: 'x' }, await as(['AUDITOR'])))).toEqual([
      'FORBIDDEN',
    ]);
    const { incident } = await ok(
      service.url,
      `query($id: ID!) { incident(id: $id) { timeline { kind message } } }`,
      { id },
      analyst,
    );
    expect(incident.timeline).toEqual([
      expect.objectContaining({ kind: 'OPENED' }),
      { kind: 'NOTE', message: 'Called the ISP' },
    ]);
  });
});
