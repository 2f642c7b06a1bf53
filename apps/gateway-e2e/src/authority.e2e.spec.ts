import { randomUUID } from 'node:crypto';
import { bearer, errorCodes, graphql, waitFor } from '@csirt/testing';
import { startStack, type Stack } from './support/stack';

type Authority = 'FULL' | 'SHARED' | 'NONE' | 'INDIRECT';

const TASK = `id purpose status authority waitingFor { reason since } clearance { state raisedWith givenBy recordedBy }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK} } }`;
const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ${TASK} } }`;

/**
 * Authority, enforced, as a client sees it: teams forms an incident's response team with an
 * authority over the constituency, the formation travels to incidents on Kafka
 * (teams.response-team.formed v2), and incidents holds the incident's tasks to it.
 */
describe('a response team acts with the authority its team has over the constituency', () => {
  let stack: Stack;
  let admin: string;
  let analyst: string;
  let manager: string;
  const region = `AUTH-${randomUUID().slice(0, 6)}`;
  let officer: string;

  beforeAll(async () => {
    stack = await startStack();
    admin = await bearer(['ADMIN'], { subject: 'e2e-admin', clearance: 'AMBER_STRICT' });
    analyst = await bearer(['ANALYST', 'REPORTER'], { subject: 'e2e-analyst', clearance: 'AMBER_STRICT' });
    manager = await bearer(['INCIDENT_MANAGER', 'SECURITY_OFFICER'], { subject: 'e2e-manager', clearance: 'AMBER_STRICT' });
    const created = await call(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name: 'Olga Officer', email: `olga.${randomUUID().slice(0, 6)}@csirt.example`, region, roles: ['GEO_SECURITY_OFFICER'], onCall: true } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    officer = created.data.createPerson.id;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const call = (query: string, variables: Record<string, unknown> = {}, auth: string = analyst) =>
    graphql(stack.gatewayUrl, query, variables, auth);
  const ok = async (query: string, variables: Record<string, unknown>, auth: string = analyst) => {
    const res = await call(query, variables, auth);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data)[0] as any;
  };

  /** An incident escalated from a report in the region, its response team formed in teams with `authority`, known to incidents. */
  async function incidentWithTeam(authority: Authority): Promise<string> {
    const report = await ok(`mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`, {
      input: {
        channel: 'WEB_FORM',
        reporter: { name: 'Alice Reporter', email: 'alice@example.org', organisation: 'Example Hospital' },
        title: `Authority ${authority} ${randomUUID().slice(0, 8)}`,
        description: 'Ransomware note found on a file server.',
        observables: [{ type: 'IPV4', value: '203.0.113.9' }],
        cia: { confidentiality: true, integrity: true, availability: true },
        tlp: 'AMBER',
      },
    });
    await ok(`mutation($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { status } }`, {
      id: report.id,
      input: { classification: { rsitClass: 'malicious-code', rsitType: 'infected-system' }, severity: 3, priority: 'P1', reason: 'confirmed' },
    });
    await ok(`mutation($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { status } }`, {
      id: report.id,
      input: { region, reason: 'needs incident handling' },
    });
    const incidentId = await waitFor(
      'the incident to be opened from the report',
      async () => (await call(`query($id: ID!) { report(id: $id) { incident { id } } }`, { id: report.id })).data?.report?.incident?.id,
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    await waitFor(
      'teams to know the incident and form its response team',
      async () => {
        const res = await call(
          `mutation($incidentId: ID!, $input: FormResponseTeamInput!) { formResponseTeam(incidentId: $incidentId, input: $input) { authority } }`,
          {
            incidentId,
            input: { leadPersonId: officer, members: [{ personId: officer, role: 'GEO_SECURITY_OFFICER' }], reason: 'ransomware in the region', authority },
          },
          manager,
        );
        return res.errors ? undefined : res.data.formResponseTeam;
      },
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    await waitFor(
      'incidents to hear the response team’s authority',
      async () => {
        const res = await call(`query($id: ID!) { incident(id: $id) { timeline { kind message } } }`, { id: incidentId });
        return res.data?.incident?.timeline.some(
          (e: { kind: string; message: string }) => e.kind === 'RESPONSE_TEAM_CHANGED' && e.message.includes(`${authority} authority`),
        );
      },
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    return incidentId;
  }
  const action = (incidentId: string, extra: Record<string, unknown> = {}) => ({
    input: { incidentId, kind: 'CONTAINMENT', title: 'Isolate the file server', ...extra },
  });

  it('FULL: the team carries out an action task directly', async () => {
    const incidentId = await incidentWithTeam('FULL');
    const task = await ok(CREATE_TASK, action(incidentId));
    expect(task).toMatchObject({ purpose: 'ACTION', authority: 'FULL', waitingFor: null });
    expect(await ok(UPDATE_TASK, { id: task.id, input: { status: 'IN_PROGRESS' } })).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('SHARED: an action task waits for the constituency contact’s consent, recorded through the gateway', async () => {
    const incidentId = await incidentWithTeam('SHARED');
    const task = await ok(CREATE_TASK, action(incidentId));
    expect(task).toMatchObject({ authority: 'SHARED', waitingFor: { reason: 'CONSTITUENT_CONSENT' }, clearance: { state: 'AWAITING_CONSENT' } });
    expect(errorCodes(await call(UPDATE_TASK, { id: task.id, input: { status: 'IN_PROGRESS' } }))).toEqual(['TASK.AWAITING_CONSENT']);

    const consented = await ok(
      `mutation($id: ID!, $input: RecordTaskConsentInput!) { recordTaskConsent(id: $id, input: $input) { ${TASK} } }`,
      { id: task.id, input: { givenBy: 'Dana Contact, hospital IT lead', note: 'agreed by phone' } },
    );
    expect(consented).toMatchObject({ waitingFor: null, clearance: { state: 'CONSENTED', givenBy: 'Dana Contact, hospital IT lead', recordedBy: 'e2e-analyst' } });
    expect(await ok(UPDATE_TASK, { id: task.id, input: { status: 'IN_PROGRESS' } })).toMatchObject({ status: 'IN_PROGRESS' });
  });

  it('NONE: an action task is refused with a clear code; a recommendation is kept', async () => {
    const incidentId = await incidentWithTeam('NONE');
    expect(errorCodes(await call(CREATE_TASK, action(incidentId)))).toEqual(['TASK.ACTION_NOT_AUTHORISED']);
    const advice = await ok(CREATE_TASK, action(incidentId, { purpose: 'RECOMMENDATION', title: 'Recommend isolating the file server' }));
    expect(advice).toMatchObject({ purpose: 'RECOMMENDATION', authority: 'NONE', waitingFor: null });
    const tasks = await ok(`query($id: ID!) { incident(id: $id) { tasks { purpose title } } }`, { id: incidentId });
    expect(tasks.tasks).toEqual([{ purpose: 'RECOMMENDATION', title: 'Recommend isolating the file server' }]);
  });

  it('INDIRECT: the action is raised with the constituency’s management and tracked until they act', async () => {
    const incidentId = await incidentWithTeam('INDIRECT');
    const task = await ok(CREATE_TASK, action(incidentId, { raisedWith: 'Hospital board' }));
    expect(task).toMatchObject({ authority: 'INDIRECT', waitingFor: { reason: 'MANAGEMENT_ACTION' }, clearance: { state: 'RAISED', raisedWith: 'Hospital board' } });
    expect(errorCodes(await call(UPDATE_TASK, { id: task.id, input: { status: 'DONE' } }))).toEqual(['TASK.AWAITING_MANAGEMENT']);

    const acted = await ok(
      `mutation($id: ID!, $input: RecordManagementActionInput!) { recordManagementAction(id: $id, input: $input) { ${TASK} } }`,
      { id: task.id, input: { actedBy: 'Chris, hospital CIO', note: 'server taken off the network' } },
    );
    expect(acted).toMatchObject({ waitingFor: null, clearance: { state: 'ACTED', givenBy: 'Chris, hospital CIO' } });
    expect(await ok(UPDATE_TASK, { id: task.id, input: { status: 'DONE' } })).toMatchObject({ status: 'DONE' });
  });
});
