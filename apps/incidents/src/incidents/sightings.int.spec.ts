import { randomUUID } from 'node:crypto';
import { graphql, startTestSubgraph } from '@csirt/testing';
import { as, incidentsWithoutConsumer, ok, openIncident, type Service } from '../testing/fixtures';

// The incident side of `sightings`: intake owns the root field, so here the gateway's part is
// played by hand, through _entities, with the report side's pair it would add (@requires).
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Indicator {
      type value incidentsFirstSeen incidentsLastSeen firstSeen lastSeen
      incidents(first: 1) { edges { node { id } } pageInfo { hasNextPage } }
    }
  }
}`;

describe('incidents: sightings of an indicator (incident side, real Postgres)', () => {
  let service: Service;
  const domain = `c2-${randomUUID().slice(0, 8)}.example`;
  const ids: Record<string, string> = {};
  const openedAt: Record<string, string> = {};

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    ids.green = await openIncident(service, { tlp: 'GREEN', observables: [{ type: 'DOMAIN', value: domain }] });
    ids.amber = await openIncident(service, { tlp: 'AMBER', observables: [{ type: 'DOMAIN', value: domain }] });
    await openIncident(service, { tlp: 'GREEN', observables: [{ type: 'HOSTNAME', value: domain }] });
    const rows: { id: string; opened_at: Date }[] = await service.dependencies.dataSource.query(
      `SELECT id, opened_at FROM incident WHERE id = ANY($1::uuid[])`,
      [[ids.green, ids.amber]],
    );
    for (const row of rows) openedAt[row.id === ids.green ? 'green' : 'amber'] = row.opened_at.toISOString();
  });
  afterAll(() => service?.stop());

  const resolve = async (auth: string, representation: Record<string, unknown> = {}) => {
    const representations = [{ __typename: 'Indicator', type: 'DOMAIN', value: `${domain.toUpperCase().replace('.example', '[.]example')}.`, ...representation }];
    return (await ok(service.url, ENTITIES, { representations }, auth))._entities[0];
  };

  it('lists the incidents carrying the indicator that the caller may read, newest first, with first and last opened', async () => {
    const found = await resolve(await as(['ANALYST'], { clearance: 'AMBER' }));
    expect(found).toMatchObject({ type: 'DOMAIN', value: domain, incidentsFirstSeen: openedAt.green, incidentsLastSeen: openedAt.amber });
    expect(found.incidents.edges.map((edge: any) => edge.node.id)).toEqual([ids.amber]);
    expect(found.incidents.pageInfo.hasNextPage).toBe(true);
  });

  it('hides an AMBER incident, and its time, from a GREEN caller', async () => {
    const found = await resolve(await as(['ANALYST'], { clearance: 'GREEN' }));
    expect(found.incidents.edges.map((edge: any) => edge.node.id)).toEqual([ids.green]);
    expect(found.incidents.pageInfo.hasNextPage).toBe(false);
    expect([found.incidentsFirstSeen, found.incidentsLastSeen]).toEqual([openedAt.green, openedAt.green]);
  });

  it('combines the report side it is given into the overall first and last seen', async () => {
    const reader = await as(['ANALYST'], { clearance: 'AMBER' });
    const earlier = '2020-01-01T00:00:00.000Z';
    const later = '2999-01-01T00:00:00.000Z';
    expect(await resolve(reader, { reportsFirstSeen: earlier, reportsLastSeen: later })).toMatchObject({ firstSeen: earlier, lastSeen: later });
    expect(await resolve(reader, { reportsFirstSeen: null, reportsLastSeen: null })).toMatchObject({ firstSeen: openedAt.green, lastSeen: openedAt.amber });
  });

  it('shows a reporter no incident and no incident time, without refusing the sighting', async () => {
    const reportReceived = '2026-01-01T00:00:00.000Z';
    const found = await resolve(await as(['REPORTER']), { reportsFirstSeen: reportReceived, reportsLastSeen: reportReceived });
    expect(found).toMatchObject({ incidentsFirstSeen: null, incidentsLastSeen: null, firstSeen: reportReceived, lastSeen: reportReceived });
    expect(found.incidents.edges).toEqual([]);
  });

  it('names nothing for a key that is not an indicator', async () => {
    const res = await graphql(service.url, ENTITIES, { representations: [{ __typename: 'Indicator', type: 'IPV4', value: 'not-an-ip' }] }, await as(['ANALYST']));
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual([null]);
  });
});
