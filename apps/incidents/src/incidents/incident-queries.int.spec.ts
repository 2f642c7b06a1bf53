import { knownPerson } from '../testing/people';
import { randomUUID } from 'node:crypto';
import { errorCodes, graphql, startTestSubgraph } from '@csirt/testing';
import { as, incidentsWithoutConsumer, ok, openIncident, type Service } from '../testing/fixtures';

describe('incident and incidents queries', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
  });
  afterAll(() => service?.stop());

  const one = `query($id: ID!) { incident(id: $id) { id reference tlp } }`;
  const list = `query($filter: IncidentFilter, $first: Int, $after: String) {
    incidents(filter: $filter, first: $first, after: $after) { edges { cursor node { id severity status tlp } } pageInfo { hasNextPage endCursor } }
  }`;

  it('needs a caller with a reading role', async () => {
    const id = await openIncident(service);
    expect(errorCodes(await graphql(service.url, one, { id }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(service.url, one, { id }, await as(['REPORTER'])))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await graphql(service.url, list, {}, await as(['PUBLISHER'])))).toEqual(['FORBIDDEN']);
    for (const role of ['ANALYST', 'INCIDENT_MANAGER', 'AUDITOR', 'SECURITY_OFFICER'] as const) {
      expect((await ok(service.url, one, { id }, await as([role]))).incident.id).toBe(id);
    }
  });

  it('answers an incident above the caller clearance like one that does not exist', async () => {
    const constituencyId = `const-${randomUUID()}`;
    const amber = await openIncident(service, { tlp: 'AMBER', constituencyId });
    const green = await openIncident(service, { tlp: 'GREEN', constituencyId });
    const greenAnalyst = await as(['ANALYST'], { clearance: 'GREEN' });
    expect((await ok(service.url, one, { id: amber }, greenAnalyst)).incident).toBeNull();
    expect((await ok(service.url, one, { id: randomUUID() }, greenAnalyst)).incident).toBeNull();
    expect((await ok(service.url, one, { id: 'not-a-uuid' }, greenAnalyst)).incident).toBeNull();
    const page = await ok(service.url, list, { filter: { constituencyId } }, greenAnalyst);
    expect(page.incidents.edges.map((e: any) => e.node.id)).toEqual([green]);
    // RED without being on the response team: invisible even to an ADMIN cleared for RED.
    const red = await openIncident(service, { tlp: 'RED', constituencyId });
    const admin = await as(['ADMIN'], { clearance: 'RED' });
    expect((await ok(service.url, one, { id: red }, admin)).incident).toBeNull();
    const all = await ok(service.url, list, { filter: { constituencyId } }, admin);
    expect(all.incidents.edges.map((e: any) => e.node.id)).toEqual([green, amber]);
  });

  it('pages newest first with a cursor, and filters by status, severity, constituency, TLP, opened range and text', async () => {
    const constituencyId = `const-${randomUUID()}`;
    const base = Date.parse('2025-03-01T00:00:00Z') + Math.floor(Math.random() * 1e9);
    const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.push(
        await openIncident(service, {
          constituencyId,
          escalatedAt: at(i),
          severity: (i % 4) + 1,
          tlp: i === 4 ? 'AMBER' : 'GREEN',
          title: i === 2 ? 'Ransomware on the Zephyrine file server' : 'Scanning from a botnet',
        }),
      );
    }
    const reader = await as(['AUDITOR']);
    const first = await ok(service.url, list, { filter: { constituencyId }, first: 2 }, reader);
    expect(first.incidents.edges.map((e: any) => e.node.id)).toEqual([ids[4], ids[3]]);
    expect(first.incidents.pageInfo.hasNextPage).toBe(true);
    const second = await ok(
      service.url,
      list,
      { filter: { constituencyId }, first: 2, after: first.incidents.pageInfo.endCursor },
      reader,
    );
    expect(second.incidents.edges.map((e: any) => e.node.id)).toEqual([ids[2], ids[1]]);
    const third = await ok(
      service.url,
      list,
      { filter: { constituencyId }, first: 2, after: second.incidents.pageInfo.endCursor },
      reader,
    );
    expect(third.incidents.edges.map((e: any) => e.node.id)).toEqual([ids[0]]);
    expect(third.incidents.pageInfo.hasNextPage).toBe(false);

    const ids_ = async (filter: Record<string, unknown>) =>
      (await ok(service.url, list, { filter: { constituencyId, ...filter } }, reader)).incidents.edges.map(
        (e: any) => e.node.id,
      );
    expect(await ids_({ severity: [1, 2] })).toEqual([ids[4], ids[1], ids[0]]);
    expect(await ids_({ tlp: ['AMBER'] })).toEqual([ids[4]]);
    expect(await ids_({ status: ['OPEN'] })).toHaveLength(5);
    expect(await ids_({ status: ['CLOSED'] })).toEqual([]);
    expect(await ids_({ openedFrom: at(1), openedTo: at(3) })).toEqual([ids[2], ids[1]]);
    expect(await ids_({ text: 'zephyrINE' })).toEqual([ids[2]]);
  });

  it('refuses bad filters and page sizes with stable codes', async () => {
    const reader = await as(['ANALYST']);
    expect(errorCodes(await graphql(service.url, list, { first: 101 }, reader))).toEqual([
      'PAGINATION.INVALID_PAGE_SIZE',
    ]);
    expect(errorCodes(await graphql(service.url, list, { after: 'garbage' }, reader))).toEqual([
      'PAGINATION.INVALID_CURSOR',
    ]);
    expect(errorCodes(await graphql(service.url, list, { filter: { severity: [5] } }, reader))).toEqual([
      'INCIDENT.INVALID_INPUT',
    ]);
    expect(errorCodes(await graphql(service.url, list, { filter: { text: 'ab' } }, reader))).toEqual([
      'INCIDENT.INVALID_INPUT',
    ]);
  });

  it('resolves Incident entities through _entities, checking the caller and the TLP label', async () => {
    const green = await openIncident(service, { tlp: 'GREEN' });
    const amber = await openIncident(service, { tlp: 'AMBER' });
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Incident { id reference reports { id } } } }`;
    const reps = [green, amber, randomUUID()].map((id) => ({ __typename: 'Incident', id }));
    const data = await ok(service.url, query, { reps }, await as(['ANALYST'], { clearance: 'GREEN' }));
    expect(data._entities[0].id).toBe(green);
    expect(data._entities[0].reports).toHaveLength(1);
    expect(data._entities[1]).toBeNull();
    expect(data._entities[2]).toBeNull();
    expect(errorCodes(await graphql(service.url, query, { reps }))).toContain('UNAUTHENTICATED');
    // A reporter following its report's incident gets null, not FORBIDDEN (which would null the report).
    const asReporter = await graphql<any>(service.url, query, { reps }, await as(['REPORTER']));
    expect(asReporter.errors).toBeUndefined();
    expect(asReporter.data._entities).toEqual(reps.map(() => null));
  });

  it('filters by an indicator in its normal form, within what the caller may read, served by the index', async () => {
    const domain = `c2-${randomUUID().slice(0, 8)}.example`;
    const asn = 64_512 + Math.floor(Math.random() * 1_000);
    const green = await openIncident(service, { tlp: 'GREEN', observables: [{ type: 'DOMAIN', value: domain }, { type: 'ASN', value: `AS${asn}` }] });
    const amber = await openIncident(service, { tlp: 'AMBER', observables: [{ type: 'DOMAIN', value: domain }] });
    await openIncident(service, { tlp: 'GREEN', observables: [{ type: 'HOSTNAME', value: domain }] });
    const ids = async (observable: { type: string; value: string }, reader: string) =>
      (await ok(service.url, list, { filter: { observable } }, reader)).incidents.edges.map((e: any) => e.node.id);
    const amberReader = await as(['ANALYST'], { clearance: 'AMBER' });
    // Defanged, upper-cased and with a trailing dot: the same indicator once normalised.
    expect(await ids({ type: 'DOMAIN', value: `${domain.toUpperCase().replace('.example', '[.]example')}.` }, amberReader)).toEqual([amber, green]);
    expect(await ids({ type: 'ASN', value: `as${asn}` }, amberReader)).toEqual([green]);
    expect(await ids({ type: 'DOMAIN', value: domain }, await as(['ANALYST'], { clearance: 'GREEN' }))).toEqual([green]);
    const bad = await graphql(service.url, list, { filter: { observable: { type: 'IPV4', value: '300.1.1.1' } } }, amberReader);
    expect(errorCodes(bad)).toEqual(['INCIDENT.INVALID_INPUT']);
    expect(bad.errors![0].extensions!.field).toBe('observable');

    const runner = service.dependencies.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      // Few rows: the planner would rightly scan the table; show the index can serve the filter.
      await runner.query('SET LOCAL enable_seqscan = off');
      const plan = await runner.query(`EXPLAIN SELECT id FROM incident WHERE observables @> $1::jsonb`, [
        JSON.stringify([{ type: 'DOMAIN', value: domain }]),
      ]);
      expect(plan.map((row: any) => row['QUERY PLAN']).join('\n')).toContain('incident_observables');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
  it('filters by a task assignee (cancelled tasks do not count), within what the caller may read, served by the index', async () => {
    // Assignees must be people the teams directory announced (task-assignee.ts).
    const person = await knownPerson(service);
    const other = await knownPerson(service);
    const analyst = await as(['ANALYST'], { clearance: 'AMBER' });
    const createTask = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
    const assign = async (incidentId: string, assigneeId: string) =>
      (await ok(service.url, createTask, { input: { incidentId, kind: 'CONTAINMENT', title: 'Block the C2', assigneeId } }, analyst)).createTask.id as string;
    const green = await openIncident(service, { tlp: 'GREEN' });
    const amber = await openIncident(service, { tlp: 'AMBER' });
    const cancelled = await openIncident(service, { tlp: 'GREEN' });
    const someoneElse = await openIncident(service, { tlp: 'GREEN' });
    await assign(green, person);
    await assign(green, other);
    await assign(amber, person);
    const task = await assign(cancelled, person);
    await ok(service.url, `mutation($id: ID!) { updateTask(id: $id, input: { status: CANCELLED }) { id } }`, { id: task }, analyst);
    await assign(someoneElse, other);
    const ids = async (assigneeId: string, reader: string) =>
      (await ok(service.url, list, { filter: { assigneeId } }, reader)).incidents.edges.map((e: any) => e.node.id);
    expect(await ids(person, analyst)).toEqual([amber, green]);
    expect(await ids(person, await as(['ANALYST'], { clearance: 'GREEN' }))).toEqual([green]);
    expect(await ids(randomUUID(), analyst)).toEqual([]);
    const bad = await graphql(service.url, list, { filter: { assigneeId: 'nobody' } }, analyst);
    expect(errorCodes(bad)).toEqual(['INCIDENT.INVALID_INPUT']);
    expect(bad.errors![0].extensions!.field).toBe('assigneeId');

    const runner = service.dependencies.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL enable_seqscan = off');
      const plan = await runner.query(
        `EXPLAIN SELECT i.id FROM incident i WHERE EXISTS (SELECT 1 FROM incident_task t WHERE t.assignee_id = $1 AND t.incident_id = i.id AND t.status <> 'CANCELLED')`,
        [person],
      );
      expect(plan.map((row: any) => row['QUERY PLAN']).join('\n')).toContain('incident_task_assignee');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
