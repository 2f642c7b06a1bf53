import { randomUUID } from 'node:crypto';
import { PersonChangedV1 } from '@csirt/contracts';
import { createProducer, type ProcessOutcome } from '@csirt/messaging';
import { errorCodes, graphql, startTestSubgraph, testKafka, waitFor } from '@csirt/testing';
import type { Producer } from 'kafkajs';
import { incidentsSubgraph } from '../subgraph';
import { as, envelope, ok, openIncident, publish, type Service } from '../testing/fixtures';
import { personChange } from '../testing/people';

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id assignee { id } } }`;
const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { id assignee { id } } }`;

// Task assignees come from the people read model, which follows teams.person.changed on
// the real broker: announced and active → accepted; unknown or deactivated → refused.
describe('task assignees must be known to the teams directory and active (real Kafka and Postgres)', () => {
  let service: Service;
  let producer: Producer;
  let analyst: string;
  const outcomes = new Map<string, ProcessOutcome>();

  beforeAll(async () => {
    [service, producer, analyst] = await Promise.all([
      startTestSubgraph(incidentsSubgraph, 'csirt_test_incidents'),
      createProducer(testKafka('incidents-people-spec')),
      as(['ANALYST']),
    ]);
    service.eventConsumer?.onOutcome((outcome, event) => event && outcomes.set(event.id, outcome));
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  const db = () => service.dependencies.dataSource;
  const heldOf = async (personId: string) =>
    (await db().query(`SELECT name, region, active FROM directory_person WHERE person_id = $1`, [personId]))[0];
  /** Publishes a person change as the teams service would, and waits until it is applied or seen. */
  const announce = async (data: ReturnType<typeof personChange>) => {
    const event = envelope(PersonChangedV1, data.personId, data);
    await publish(producer, PersonChangedV1, event);
    return waitFor(`outcome of ${event.id}`, async () => outcomes.get(event.id));
  };
  const createTask = (incidentId: string, assigneeId: string) =>
    graphql(service.url, CREATE_TASK, { input: { incidentId, kind: 'CONTAINMENT', title: 'Isolate the host', assigneeId } }, analyst);
  const taskCount = async (incidentId: string) =>
    (await db().query(`SELECT count(*)::int AS n FROM incident_task WHERE incident_id = $1`, [incidentId]))[0].n;

  it('accepts an assignee the directory announced as active', async () => {
    const person = personChange();
    expect(await announce(person)).toBe('processed');
    expect(await heldOf(person.personId)).toEqual({ name: person.name, region: 'EMEA', active: true });

    const incidentId = await openIncident(service);
    const res = await createTask(incidentId, person.personId);
    expect(res.errors).toBeUndefined();
    expect(res.data.createTask.assignee).toEqual({ id: person.personId });
  });

  it('refuses an assignee the directory never announced, and writes nothing', async () => {
    const incidentId = await openIncident(service);
    expect(errorCodes(await createTask(incidentId, randomUUID()))).toEqual(['TASK.ASSIGNEE_UNKNOWN']);
    expect(await taskCount(incidentId)).toBe(0);
  });

  it('refuses a person once deactivated, for new tasks and for reassignment; a late older event does not bring them back', async () => {
    const incidentId = await openIncident(service);
    const person = personChange({ changedAt: '2026-01-01T10:00:00.000Z' });
    await announce(person);
    const task = await ok(service.url, CREATE_TASK, { input: { incidentId, kind: 'RECOVERY', title: 'Restore backups' } }, analyst);

    expect(await announce({ ...person, active: false, changedAt: '2026-01-02T10:00:00.000Z' })).toBe('processed');
    expect((await heldOf(person.personId)).active).toBe(false);
    // Out of order: the older, active description arrives after the deactivation.
    expect(await announce({ ...person, name: 'Stale name', changedAt: '2026-01-01T12:00:00.000Z' })).toBe('processed');
    expect(await heldOf(person.personId)).toMatchObject({ name: person.name, active: false });

    expect(errorCodes(await createTask(incidentId, person.personId))).toEqual(['TASK.ASSIGNEE_INACTIVE']);
    const reassign = await graphql(service.url, UPDATE_TASK, { id: task.createTask.id, input: { assigneeId: person.personId } }, analyst);
    expect(errorCodes(reassign)).toEqual(['TASK.ASSIGNEE_INACTIVE']);
    const held = await db().query(`SELECT assignee_id FROM incident_task WHERE id = $1`, [task.createTask.id]);
    expect(held[0].assignee_id).toBeNull();
    expect(await taskCount(incidentId)).toBe(1);
  });

  it('follows a region change of a person in the teams directory', async () => {
    const person = personChange({ region: 'APAC', changedAt: '2026-02-01T10:00:00.000Z' });
    await announce(person);
    expect(await announce({ ...person, region: 'EMEA', changedAt: '2026-02-02T10:00:00.000Z' })).toBe('processed');
    expect(await heldOf(person.personId)).toMatchObject({ region: 'EMEA', active: true });
    expect(await announce({ ...person, region: null, changedAt: '2026-02-03T10:00:00.000Z' })).toBe('processed');
    expect((await heldOf(person.personId)).region).toBeNull();
  });
});
