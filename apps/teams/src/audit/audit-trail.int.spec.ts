import { randomUUID } from 'node:crypto';
import type { Tlp } from '@csirt/contracts';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, graphql, waitFor, type GraphQLResponse } from '@csirt/testing';
import type { TeamsContext } from '../context';
import { seedPerson, startTeams, uniqueRegion } from '../test-support';

const TRAIL = `query ($filter: AuditTrailFilter, $first: Int, $after: String) { auditTrail(filter: $filter, first: $first, after: $after) {
  edges { cursor node { id at source action entityType entityId tlp outcome reason requestId actor { subject personId roles } } }
  pageInfo { hasNextPage endCursor } } }`;

interface Entry {
  id: string;
  source: string;
  action: string;
  entityType: string | null;
  entityId: string | null;
  tlp: Tlp;
  outcome: string;
  reason: string | null;
  requestId: string | null;
  actor: { subject: string | null; personId: string | null; roles: string[] };
}

describe('the audit trail: entries through each service outbox and Kafka into teams, read by auditors', () => {
  let service: SubgraphService<TeamsContext>;
  let url: string;
  const auditor = (clearance: Tlp = 'RED') => bearer(['AUDITOR'], { subject: `auditor-${clearance}`, clearance });

  beforeAll(async () => {
    service = await startTeams();
    url = service.url;
  });

  afterAll(async () => {
    await service?.stop();
  });

  /** Posts an operation with a request id, as the gateway forwards it. */
  function call(query: string, variables: Record<string, unknown>, authorization: string, requestId?: string): Promise<GraphQLResponse> {
    return graphql(url, query, variables, authorization, { headers: requestId ? { 'x-request-id': requestId } : {} });
  }

  async function trail(filter: Record<string, unknown>, authorization: string, first?: number, after?: string): Promise<Entry[]> {
    const res = await call(TRAIL, { filter, first, after }, authorization);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.auditTrail.edges.map((edge: { node: Entry }) => edge.node);
  }

  /** Waits until the entries matching `filter` have arrived through Kafka. */
  const entriesFor = async (filter: Record<string, unknown>, count = 1) =>
    waitFor(`${count} audit entries for ${JSON.stringify(filter)}`, async () => {
      const entries = await trail(filter, await auditor());
      return entries.length >= count ? entries : undefined;
    });

  it('refuses callers who are neither AUDITOR nor SECURITY_OFFICER, and records the refusal with the request id', async () => {
    const requestId = `req-${randomUUID()}`;
    const subject = `analyst-${randomUUID()}`;
    const res = await call(TRAIL, {}, await bearer(['ANALYST', 'TEAM_ADMIN', 'INCIDENT_MANAGER'], { subject }), requestId);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data).toBeNull();

    const [entry] = await entriesFor({ actor: subject });
    expect(entry).toMatchObject({
      source: 'teams',
      action: 'DENIED',
      outcome: 'DENIED',
      entityId: null,
      tlp: 'AMBER',
      reason: 'FORBIDDEN query.auditTrail',
      requestId,
      actor: { subject, personId: null },
    });
    expect(entry.actor.roles.sort()).toEqual(['ANALYST', 'INCIDENT_MANAGER', 'TEAM_ADMIN']);
  });

  it('records an anonymous caller refused on an entity reference, naming the representation', async () => {
    const id = randomUUID();
    const res = await call(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Team { id } } }`, { r: [{ __typename: 'Team', id }] }, '');
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    const [entry] = await entriesFor({ entityId: id });
    expect(entry).toMatchObject({ action: 'DENIED', entityType: 'Team', entityId: id, tlp: 'RED', reason: 'UNAUTHENTICATED query._entities', actor: { subject: null, roles: [] } });
  });

  it('keeps caller-sent type names and ids only when well formed, so no caller writes text into the trail', async () => {
    const subject = `reporter-${randomUUID()}`;
    // (`_entities` refuses a malformed representation before any resolver, BAD_USER_INPUT;
    // a root field's id argument is what a refused caller can still send.)
    const res = await call(`query ($id: ID!) { team(id: $id) { id } }`, { id: "x' OR 1=1; DROP TABLE audit_entries --" }, await bearer(['REPORTER'], { subject }));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const [entry] = await entriesFor({ actor: subject });
    expect(entry).toMatchObject({ action: 'DENIED', entityType: null, entityId: null, tlp: 'AMBER', reason: 'FORBIDDEN query.team' });
  });

  it('shows a GREEN-cleared auditor no entry labelled above GREEN, while a RED-cleared one sees it', async () => {
    const id = randomUUID();
    const res = await call(`query ($id: ID!) { team(id: $id) { id } }`, { id }, await bearer(['REPORTER'], { subject: `reporter-${id}` }));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const [entry] = await entriesFor({ entityId: id });
    expect(entry).toMatchObject({ tlp: 'RED', entityId: id, reason: 'FORBIDDEN query.team' });

    expect(await trail({ entityId: id }, await auditor('GREEN'))).toEqual([]);
    expect(await trail({ entityId: id }, await auditor('AMBER_STRICT'))).toEqual([]);
    const green = await trail({ action: 'DENIED' }, await auditor('GREEN'), 100);
    expect(green.every((e) => e.tlp === 'CLEAR' || e.tlp === 'GREEN')).toBe(true);
    const officer = await bearer(['SECURITY_OFFICER'], { subject: 'so-red', clearance: 'RED' });
    expect((await trail({ entityId: id }, officer)).map((e) => e.id)).toEqual([entry.id]);
  });

  it('records a response team formed, in the same transaction, labelled as its incident', async () => {
    const region = uniqueRegion();
    const officerPerson = await seedPerson(url, { name: 'Olga', region, roles: ['GEO_SECURITY_OFFICER'] });
    const incidentId = randomUUID();
    const db = service.dependencies.dataSource;
    await db.query(
      `INSERT INTO incident_ref (id, reference, region, constituency_id, tlp, severity, opened_at, closed_at) VALUES ($1, $2, $3, NULL, 'AMBER', 3, now(), NULL)`,
      [incidentId, `INC-${incidentId.slice(0, 8)}`, region],
    );
    await db.query(
      `INSERT INTO response_team_proposal (id, incident_id, status, region, lead_person_id, candidates, source_event_id, proposed_at) VALUES ($1, $2, 'PROPOSED', $3, $4, '[]', $5, now())`,
      [randomUUID(), incidentId, region, officerPerson.id, randomUUID()],
    );
    const requestId = `req-${randomUUID()}`;
    const manager = await bearer(['INCIDENT_MANAGER'], { subject: `im-${incidentId}`, clearance: 'AMBER_STRICT' });
    const res = await call(
      `mutation ($incidentId: ID!, $input: FormResponseTeamInput!) { formResponseTeam(incidentId: $incidentId, input: $input) { id } }`,
      { incidentId, input: { leadPersonId: officerPerson.id, reason: 'site compromised', members: [{ personId: officerPerson.id, role: 'GEO_SECURITY_OFFICER' }] } },
      manager,
      requestId,
    );
    expect(res.errors).toBeUndefined();
    const teamId = res.data.formResponseTeam.id;

    const [entry] = await entriesFor({ entityId: teamId, action: 'TEAM_CHANGED' });
    expect(entry).toMatchObject({ source: 'teams', entityType: 'Team', tlp: 'AMBER', outcome: 'ALLOWED', reason: 'formed', requestId, actor: { subject: `im-${incidentId}` } });
  });

  it('pages newest first with cursors, and filters by actor, outcome and time', async () => {
    const subject = `pager-${randomUUID()}`;
    const caller = await bearer(['REPORTER'], { subject });
    for (const field of ['people', 'teams', 'partners']) {
      expect(errorCodes(await call(`{ ${field} { edges { cursor } } }`, {}, caller))).toEqual(['FORBIDDEN']);
    }
    const all = await entriesFor({ actor: subject, outcome: 'DENIED' }, 3);
    expect(all.map((e) => e.reason)).toEqual(['FORBIDDEN query.partners', 'FORBIDDEN query.teams', 'FORBIDDEN query.people']);

    const first = await call(TRAIL, { filter: { actor: subject }, first: 2 }, await auditor());
    expect(first.data.auditTrail.pageInfo.hasNextPage).toBe(true);
    const rest = await trail({ actor: subject }, await auditor(), 2, first.data.auditTrail.pageInfo.endCursor);
    expect([...first.data.auditTrail.edges.map((e: { node: Entry }) => e.node.id), ...rest.map((e) => e.id)]).toEqual(all.map((e) => e.id));

    expect(await trail({ actor: subject, outcome: 'ALLOWED' }, await auditor())).toEqual([]);
    expect(await trail({ actor: subject, from: new Date(Date.now() + 60_000).toISOString() }, await auditor())).toEqual([]);
    expect(errorCodes(await call(TRAIL, { after: 'not-a-cursor' }, await auditor()))).toEqual(['PAGINATION.INVALID_CURSOR']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on audit_entries', async () => {
    const subject = `tamper-${randomUUID()}`;
    await call(TRAIL, {}, await bearer(['ANALYST'], { subject }));
    const [entry] = await entriesFor({ actor: subject });
    const db = service.dependencies.dataSource;
    await expect(db.query(`UPDATE audit_entries SET actor_subject = 'someone-else' WHERE id = $1`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_entries WHERE id = $1`, [entry.id])).rejects.toThrow(/append-only/);
    await expect(db.query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
    expect(await trail({ actor: subject }, await auditor())).toEqual([expect.objectContaining({ id: entry.id, actor: expect.objectContaining({ subject }) })]);
  });
});
