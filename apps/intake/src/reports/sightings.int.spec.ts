import { randomUUID } from 'node:crypto';
import type { SubgraphService } from '@csirt/service';
import { errorCodes, graphql, startTestSubgraph } from '@csirt/testing';
import type { IntakeContext } from '../context';
import { caller, freshIp, intakeWithoutConsumer, submit, TEST_DATABASE } from '../testing/fixtures';

const SIGHTINGS = `query ($type: ObservableType!, $value: String!, $first: Int, $after: String) {
  sightings(type: $type, value: $value) {
    type value reportsFirstSeen reportsLastSeen
    reports(first: $first, after: $after) { edges { node { id tlp } } pageInfo { hasNextPage endCursor } }
  }
}`;

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Indicator { type value reportsFirstSeen reportsLastSeen reports { edges { node { id } } } }
  }
}`;

describe('intake: sightings of an indicator (report side, real Postgres)', () => {
  let service: SubgraphService<IntakeContext>;
  let url: string;
  let green: string;
  let amber: string;
  let reporter: string;
  const reporterSubject = `reporter-${randomUUID()}`;
  const ip = freshIp();
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const times = { amberOldest: at(50), greenOld: at(40), greenNew: at(30), unrelated: at(20) };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    service = await startTestSubgraph(intakeWithoutConsumer, TEST_DATABASE);
    url = service.url;
    green = await caller(['ANALYST'], { clearance: 'GREEN' });
    amber = await caller(['ANALYST'], { clearance: 'AMBER' });
    reporter = await caller(['REPORTER'], { subject: reporterSubject, clearance: 'AMBER' });
    const other = await caller(['REPORTER']);
    // Each report spells the indicator differently; all are stored in one normal form.
    ids.amberOldest = (await submit(url, other, { tlp: 'AMBER', receivedAt: times.amberOldest, observables: [{ type: 'IPV4', value: ip }] })).id;
    ids.greenOld = (await submit(url, reporter, { tlp: 'GREEN', receivedAt: times.greenOld, observables: [{ type: 'IPV4', value: ip.replace(/\./g, '[.]') }] })).id;
    ids.greenNew = (await submit(url, other, { tlp: 'GREEN', receivedAt: times.greenNew, observables: [{ type: 'IPV4', value: ` ${ip} ` }] })).id;
    ids.unrelated = (await submit(url, other, { tlp: 'GREEN', receivedAt: times.unrelated, observables: [{ type: 'IPV4', value: freshIp() }] })).id;
  });

  afterAll(async () => {
    await service?.stop();
  });

  const sightings = async (auth: string, variables: Record<string, unknown> = {}) => {
    const res = await graphql(url, SIGHTINGS, { type: 'IPV4', value: ip.replace(/\.(\d+)$/, '[.]$1'), ...variables }, auth);
    expect(res.errors).toBeUndefined();
    return res.data.sightings;
  };

  it('finds every report carrying the indicator, whatever its spelling, newest first, with first and last seen', async () => {
    const found = await sightings(amber);
    expect(found).toMatchObject({ type: 'IPV4', value: ip });
    expect(found.reports.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids.greenNew, ids.greenOld, ids.amberOldest]);
    expect(found.reportsFirstSeen).toBe(times.amberOldest);
    expect(found.reportsLastSeen).toBe(times.greenNew);
  });

  it('shows a GREEN caller neither the AMBER report nor its time', async () => {
    const found = await sightings(green);
    expect(found.reports.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids.greenNew, ids.greenOld]);
    expect(found.reportsFirstSeen).toBe(times.greenOld);
    expect(found.reportsLastSeen).toBe(times.greenNew);
  });

  it('shows a reporter only the reports it submitted, like `reports`', async () => {
    const found = await sightings(reporter);
    expect(found.reports.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids.greenOld]);
    expect([found.reportsFirstSeen, found.reportsLastSeen]).toEqual([times.greenOld, times.greenOld]);
  });

  it('pages through the reports by cursor', async () => {
    const first = await sightings(amber, { first: 2 });
    expect(first.reports.edges).toHaveLength(2);
    expect(first.reports.pageInfo.hasNextPage).toBe(true);
    const second = await sightings(amber, { first: 2, after: first.reports.pageInfo.endCursor });
    expect(second.reports.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids.amberOldest]);
    expect(second.reports.pageInfo.hasNextPage).toBe(false);
  });

  it('answers an indicator seen nowhere with an empty list and no times', async () => {
    const res = await graphql(url, SIGHTINGS, { type: 'DOMAIN', value: `${randomUUID()}.example` }, amber);
    expect(res.errors).toBeUndefined();
    expect(res.data.sightings).toMatchObject({ reportsFirstSeen: null, reportsLastSeen: null, reports: { edges: [] } });
  });

  it('finds the reports of an indicator through the (type, value) index of report_observable', async () => {
    const runner = service.dependencies.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      // Few rows: the planner would rightly scan the table; show the index can serve the lookup.
      await runner.query('SET LOCAL enable_seqscan = off');
      const plan = await runner.query(
        `EXPLAIN SELECT MIN(r.received_at), MAX(r.received_at) FROM report r
           JOIN report_observable o ON o.report_id = r.id AND o.type = $1 AND o.value = $2`,
        ['IPV4', ip],
      );
      expect(plan.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n')).toContain('report_observable_value');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('refuses an invalid indicator with REPORT.INVALID_OBSERVABLE', async () => {
    const res = await graphql(url, SIGHTINGS, { type: 'IPV4', value: '999.1.1.1' }, amber);
    expect(errorCodes(res)).toEqual(['REPORT.INVALID_OBSERVABLE']);
  });

  it('resolves Indicator through _entities, normalising the key, and names nothing for an invalid key', async () => {
    const res = await graphql(
      url,
      ENTITIES,
      { representations: [{ __typename: 'Indicator', type: 'IPV4', value: ip.replace(/\./g, '[.]') }, { __typename: 'Indicator', type: 'NOPE', value: ip }] },
      green,
    );
    expect(res.errors).toBeUndefined();
    const [found, none] = res.data._entities;
    expect(found).toMatchObject({ type: 'IPV4', value: ip, reportsFirstSeen: times.greenOld, reportsLastSeen: times.greenNew });
    expect(found.reports.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids.greenNew, ids.greenOld]);
    expect(none).toBeNull();
  });
});
