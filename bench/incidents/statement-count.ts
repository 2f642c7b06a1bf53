/**
 * SQL statements per GraphQL request of the incidents subgraph, for pages of 10 and of 50
 * incidents with their reports, tasks (and assignees), timelines and links, and for the
 * gateway's `_entities` calls (Report.incident → Incident) with 10 and 50 representations.
 * With DataLoader batching the count does not grow with the page size.
 *
 *   npx tsx bench/incidents/statement-count.ts
 *
 * Uses `csirt_bench_incidents` (created and migrated when missing, e.g. when
 * pagination.ts has not run). Adds, once, 3 tasks, 2 reports and a link to each of the
 * newest 100 incidents, and a TLP:RED incident whose response team holds the caller.
 * Counts statements by wrapping pg's Client.prototype.query in this process only; the
 * outbox relay's polling is left out of the count. BENCH_VERBOSE=1 prints each statement.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createGatewayCredentialSigner, GATEWAY_CREDENTIAL_HEADER, signToken } from '@csirt/auth';
import { SubgraphService } from '@csirt/service';
import { testEnvironment, testKafkaSasl } from '@csirt/testing';
import { incidentsSubgraph } from '../../apps/incidents/src/subgraph';
import { databaseExists, databaseUrl, recreateDatabase, seedIncidents } from './seed';

// The bench stands in for the gateway, so it signs the gateway's credential itself.
const GATEWAY_SECRET = randomBytes(32).toString('hex');
const gatewayCredential = createGatewayCredentialSigner(GATEWAY_SECRET);

const auth = { secret: `bench-secret-${randomUUID()}`, issuer: 'csirt-bench', audience: 'csirt-platform' };
// The project broker, as the tests find it (KAFKA_BROKERS, else infra/kafka's default).
const brokers = testEnvironment.kafkaBrokers;
const PERSON = '00000000-0000-4000-8000-00000000beef';

// Only the seeded incidents (all opened before 2026-01-01), whatever else the database holds.
const LIST = `query($first: Int) {
  incidents(first: $first, filter: { openedTo: "2026-01-01T00:00:01Z" }) {
    edges { node {
      id reference status
      reports { id }
      tasks { id kind status assignee { id } }
      timeline { kind message }
      links { relation incident { id reference } }
      mergedInto { id }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ENTITIES = `query($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Incident { id reference reports { id } tasks { id assignee { id } } } }
}`;

let counting = false;
let statements = 0;
const original = Client.prototype.query as (...args: any[]) => any;
(Client.prototype as any).query = function (this: Client, ...args: any[]) {
  const text = typeof args[0] === 'string' ? args[0] : (args[0]?.text ?? '');
  if (counting && !text.includes('messaging_outbox')) {
    statements += 1;
    if (process.env.BENCH_VERBOSE === '1') console.log(`  sql: ${text.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
  return original.apply(this, args);
};

async function prepare(): Promise<void> {
  if (!(await databaseExists())) await recreateDatabase();
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const {
      rows: [{ n }],
    } = await client.query(`SELECT count(*)::int AS n FROM incident`);
    if (n < 200) await seedIncidents(client, 1_000);
    const {
      rows: [{ tasks }],
    } = await client.query(`SELECT count(*)::int AS tasks FROM incident_task`);
    if (tasks > 0) return;
    // Newest 100 incidents: 3 tasks, 2 reports, a timeline entry and a link each.
    await client.query(`
      WITH newest AS (SELECT id, row_number() OVER (ORDER BY opened_at DESC, id DESC) AS n FROM incident WHERE opened_by = 'bench' ORDER BY opened_at DESC, id DESC LIMIT 100)
      INSERT INTO incident_task (id, incident_id, kind, title, assignee_id, status, created_by, created_at, updated_at)
      SELECT gen_random_uuid(), id, (ARRAY['CONTAINMENT','ERADICATION','RECOVERY'])[k], 'Bench task ' || k, md5('person-' || (n % 7))::uuid, 'OPEN', 'bench', now(), now()
      FROM newest, generate_series(1, 3) AS k`);
    await client.query(`
      INSERT INTO incident_report (incident_id, report_id, attached_at, attached_by, source_event_id)
      SELECT id, gen_random_uuid(), now(), 'bench', gen_random_uuid()
      FROM (SELECT id FROM incident WHERE opened_by = 'bench' ORDER BY opened_at DESC, id DESC LIMIT 100) AS newest, generate_series(1, 2)`);
    await client.query(`
      INSERT INTO timeline_entry (id, incident_id, at, actor, kind, phase, message)
      SELECT gen_random_uuid(), id, now(), 'bench', 'OPENED', 'OPEN', 'Seeded'
      FROM (SELECT id FROM incident WHERE opened_by = 'bench' ORDER BY opened_at DESC, id DESC LIMIT 100) AS newest`);
    await client.query(`
      WITH newest AS (SELECT id, lead(id) OVER (ORDER BY opened_at DESC, id DESC) AS next FROM (SELECT id, opened_at FROM incident WHERE opened_by = 'bench' ORDER BY opened_at DESC, id DESC LIMIT 101) t)
      INSERT INTO incident_link (incident_a, incident_b, relation, reason, linked_by, linked_at)
      SELECT least(id, next), greatest(id, next), 'SAME_CAMPAIGN', 'bench', 'bench', now() FROM newest WHERE next IS NOT NULL
      ON CONFLICT DO NOTHING`);
    // A RED incident among the newest, readable by the bench caller through its response team.
    await client.query(
      `UPDATE incident SET tlp = 'RED' WHERE id = (SELECT id FROM incident WHERE opened_by = 'bench' ORDER BY opened_at DESC, id DESC OFFSET 3 LIMIT 1)`,
    );
    await client.query(
      `
      INSERT INTO response_team_member (incident_id, person_id, team_id, role, since)
      SELECT id, $1, gen_random_uuid(), 'LEAD', now() FROM incident WHERE tlp = 'RED'`,
      [PERSON],
    );
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  await prepare();
  const service = new SubgraphService(
    { ...incidentsSubgraph, consumes: undefined },
    {
      host: '127.0.0.1',
      port: 0,
      databaseUrl: databaseUrl(),
      databasePoolSize: 5,
      kafkaBrokers: brokers,
      kafkaSasl: testKafkaSasl('incidents'),
      auth,
      gatewayCredentialSecret: GATEWAY_SECRET,
      logLevel: 'warn',
      migrateOnStart: false,
      introspection: false,
      outboxPollMs: 60_000,
    },
  );
  await service.start();
  const token = await signToken(
    { subject: 'bench-analyst', roles: ['ANALYST'], clearance: 'RED', personId: PERSON },
    auth.secret,
    auth.issuer,
    auth.audience,
  );
  const call = async (query: string, variables: Record<string, unknown>) => {
    statements = 0;
    counting = true;
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [GATEWAY_CREDENTIAL_HEADER]: await gatewayCredential('incidents') },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    counting = false;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { body, statements };
  };
  try {
    console.log('incidents subgraph, SQL statements per request (Client.prototype.query calls)\n');
    const ids: string[] = [];
    for (const first of [10, 50]) {
      await call(LIST, { first }); // warm-up
      const { body, statements: count } = await call(LIST, { first });
      const nodes = body.data.incidents.edges.map((e: any) => e.node);
      if (first === 50) ids.push(...nodes.map((n: any) => n.id));
      const tasks = nodes.reduce((sum: number, n: any) => sum + n.tasks.length, 0);
      const reports = nodes.reduce((sum: number, n: any) => sum + n.reports.length, 0);
      console.log(
        `incidents(first: ${String(first).padEnd(2)}) with reports, tasks, timeline, links: ${String(count).padStart(2)} statements   (${nodes.length} incidents, ${reports} reports, ${tasks} tasks)`,
      );
    }
    for (const size of [10, 50]) {
      const reps = ids.slice(0, size).map((id) => ({ __typename: 'Incident', id }));
      await call(ENTITIES, { reps });
      const { body, statements: count } = await call(ENTITIES, { reps });
      const found = body.data._entities.filter(Boolean).length;
      console.log(
        `_entities(${String(size).padEnd(2)} Incident representations) with reports, tasks:  ${String(count).padStart(2)} statements   (${found} resolved)`,
      );
    }
  } finally {
    await service.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
