/**
 * incidentMetrics.cells (by month, constituency and RSIT class) over 1,000,000 incidents.
 *
 *   NODE_ENV=production npx tsx bench/incidents/metrics.ts [incidents=1000000] [runs=200] [--reuse] [--no-reference]
 *
 * NODE_ENV=production as the service's image runs it (graphql-js checks every type with a
 * slower instanceOf in development).
 *
 * Recreates `csirt_bench_incident_metrics` on the test Postgres server (TEST_POSTGRES_URL),
 * applies the incidents migrations and seeds the incidents set-based (generate_series; the
 * rollup trigger is disabled for the load and the rollup rebuilt after it, as the backfill
 * does). --reuse keeps a database that already holds them. Then it starts the incidents
 * subgraph on that database and times the `cells` query over a year through HTTP, as an
 * AMBER+STRICT auditor (rollup only) and as a RED-cleared one (rollup plus the RED incidents
 * it is named on, counted directly), against the plain-SQL reference that computes the same
 * grouping from the incident rows (percentile_cont), measured in the same run.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createGatewayCredentialSigner, GATEWAY_CREDENTIAL_HEADER, signToken } from '@csirt/auth';
import { SubgraphService } from '@csirt/service';
import { testEnvironment, testKafkaSasl } from '@csirt/testing';
import { incidentsSubgraph } from '../../apps/incidents/src/subgraph';
import { databaseExists, databaseUrl, recreateDatabase } from './seed';
import { percentile } from '../stats';

const DATABASE = 'csirt_bench_incident_metrics';
const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const reuse = process.argv.includes('--reuse');
const total = Number(args[0] ?? 1_000_000);
const runs = Number(args[1] ?? 200);
const REFERENCE_RUNS = 5;

const GATEWAY_SECRET = randomBytes(32).toString('hex');
const gatewayCredential = createGatewayCredentialSigner(GATEWAY_SECRET);
const auth = { secret: `bench-secret-${randomUUID()}`, issuer: 'csirt-bench', audience: 'csirt-platform' };
const range = { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' };

/** A dashboard's grid: the size and the 90th percentiles, against the targets. */
const LEAN = `query($range: MetricsRangeInput!) {
  incidentMetrics(range: $range, groupBy: MONTH) {
    cells {
      month constituencyId rsitClass count
      timeToAcknowledge { p90Seconds breachRate }
      timeToContain { p90Seconds breachRate }
      timeToRecover { p90Seconds breachRate }
    }
  }
}`;
/** Every figure of every cell. */
const FULL = `query($range: MetricsRangeInput!) {
  incidentMetrics(range: $range, groupBy: MONTH) {
    cells {
      month constituencyId rsitClass count lossNotEstimated
      timeToAcknowledge { count meanSeconds p50Seconds p90Seconds p95Seconds targetSeconds breachRate }
      timeToContain { count meanSeconds p50Seconds p90Seconds p95Seconds targetSeconds breachRate }
      timeToRecover { count meanSeconds p50Seconds p90Seconds p95Seconds targetSeconds breachRate }
      timeToClose { count meanSeconds p50Seconds p90Seconds p95Seconds }
      loss { currency from below count }
      resolutionByComplexity { complexity count closed meanSecondsToClose meanEffortHours }
    }
  }
}`;

const durations = ['acknowledged_at', 'eradication_at', 'post_incident_at', 'closed_at']
  .map((end) => {
    const s = `extract(epoch FROM ${end} - opened_at)::float8`;
    return `count(${end}), avg(${s}), percentile_cont(ARRAY[0.5, 0.9, 0.95]) WITHIN GROUP (ORDER BY ${s})`;
  })
  .join(',\n    ');
/** The same figures straight from the incident rows, for an AMBER+STRICT caller. */
const REFERENCE = `SELECT date_trunc('month', opened_at, 'UTC'), constituency_id, rsit_class, count(*),
    ${durations},
    count(*) FILTER (WHERE loss_currency IS NULL),
    (SELECT json_object_agg(k, n) FROM (SELECT loss_currency || width_bucket(loss_amount, ARRAY[1000, 10000, 100000]::numeric[]) AS k, count(*) AS n
       FROM unnest(array_agg(loss_currency), array_agg(loss_amount)) AS l(loss_currency, loss_amount) WHERE loss_currency IS NOT NULL GROUP BY 1) b),
    count(*) FILTER (WHERE complexity = 'LOW'), count(*) FILTER (WHERE complexity = 'MEDIUM'), count(*) FILTER (WHERE complexity = 'HIGH'),
    avg(effort_hours) FILTER (WHERE closed_at IS NOT NULL)
  FROM incident WHERE opened_at >= $1 AND opened_at < $2 AND merged_into_id IS NULL
    AND tlp = ANY(ARRAY['CLEAR','GREEN','AMBER','AMBER_STRICT'])
  GROUP BY 1, 2, 3`;

/** 12 months of 2025, 20 constituencies, RSIT classes skewed, 0.1% TLP:RED. */
async function seed(client: Client): Promise<void> {
  await client.query(`ALTER TABLE incident DISABLE TRIGGER incident_metrics_track`);
  await client.query(`SELECT setseed(0.42)`);
  await client.query(
    `INSERT INTO incident (id, reference, title, summary, rsit_class, rsit_type, severity, priority, cia_confidentiality, cia_integrity,
       cia_availability, tlp, pap, constituency_id, region, status, opened_by, opened_at, acknowledged_at, eradication_at, post_incident_at,
       closed_at, complexity, effort_hours, loss_amount, loss_currency, updated_at, affected_assets, observables)
     SELECT md5('incident-' || g)::uuid, 'INC-MET-' || lpad(g::text, 7, '0'), 'Bench incident ' || g, 'Seeded for the metrics bench',
       (ARRAY['abusive-content','malicious-code','information-gathering','intrusion-attempts','intrusions','availability',
              'information-content-security','fraud','vulnerable','other','test'])[1 + floor(11 * r1 * r1)::int],
       'other', 1 + g % 4, 'P3', true, false, g % 3 = 0,
       CASE WHEN r2 < 0.001 THEN 'RED' WHEN r2 < 0.1 THEN 'CLEAR' WHEN r2 < 0.4 THEN 'GREEN' WHEN r2 < 0.8 THEN 'AMBER' ELSE 'AMBER_STRICT' END,
       'AMBER', md5('constituency-' || abs(hashint4(g)) % 20)::uuid::text, 'EMEA',
       (ARRAY['OPEN','ANALYSIS','ERADICATION','POST_INCIDENT','CLOSED'])[1 + stage], 'bench', opened,
       CASE WHEN stage >= 1 THEN opened + ack END,
       CASE WHEN stage >= 2 THEN opened + ack + con END,
       CASE WHEN stage >= 3 THEN opened + ack + con + rec END,
       CASE WHEN stage >= 4 THEN opened + ack + con + rec + clo END,
       (ARRAY['LOW','MEDIUM','HIGH',NULL])[1 + g % 4], round((r3 * 40)::numeric, 2),
       CASE WHEN r4 < 0.4 THEN round(exp(r5 * 13)::numeric, 2) END, CASE WHEN r4 < 0.28 THEN 'EUR' WHEN r4 < 0.4 THEN 'USD' END,
       opened, '{}', '[]'
     FROM (SELECT g, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
             least(4, floor(random() * 5.5))::int AS stage,
             timestamptz '2025-01-01T00:00:00Z' + (g - 1) * (interval '365 days' / $1::int) AS opened,
             interval '1 second' * 60 * exp(random() * 6) AS ack, interval '1 second' * 600 * exp(random() * 6) AS con,
             interval '1 second' * 3600 * exp(random() * 5) AS rec, interval '1 second' * 3600 * exp(random() * 5) AS clo
           FROM generate_series(1, $1::int) AS g) s`,
    [total],
  );
  // Their targets, as the constituency read model keeps them from teams.constituency.changed.
  await client.query(
    `INSERT INTO constituency (id, name, kind, team_id, triage_minutes, acknowledge_minutes, contain_minutes, recover_minutes, changed_at)
     SELECT md5('constituency-' || n)::uuid, 'Constituency ' || n, 'CUSTOMERS', NULL, 30, 60 + 10 * n, 1440 + 60 * n, 7200 + 120 * n, now()
     FROM generate_series(0, 19) n`,
  );
  const started = performance.now();
  await client.query(`SELECT incident_metrics_rebuild()`);
  console.log(`rollup rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await client.query(`ALTER TABLE incident ENABLE TRIGGER incident_metrics_track`);
  await client.query(`ANALYZE`);
}

async function time(label: string, count: number, work: () => Promise<number>): Promise<void> {
  let rows = 0;
  for (let i = 0; i < Math.min(3, count); i += 1) await work(); // warm-up: plans, buffers, JIT of the resolvers
  const samples: number[] = [];
  // CPU time of this process (the subgraph runs in it): what the service costs, whatever the
  // load of a shared machine does to wall-clock time. Postgres' share is not in it.
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    rows = await work();
    samples.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  const sorted = samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(58)} ${String(rows).padStart(5)} cells  ${String(count).padStart(3)} runs   p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p99 ${percentile(sorted, 99).toFixed(1).padStart(7)} ms   max ${sorted[sorted.length - 1].toFixed(1).padStart(7)} ms   node CPU ${((used.user + used.system) / 1000 / count).toFixed(1)} ms/run`,
  );
}

async function main(): Promise<void> {
  let seeded = 0;
  if (reuse && (await databaseExists(DATABASE))) {
    const probe = new Client({ connectionString: databaseUrl(DATABASE) });
    await probe.connect();
    seeded = (await probe.query(`SELECT count(*)::int AS n FROM incident`)).rows[0].n;
    await probe.end();
  }
  const client = new Client({ connectionString: databaseUrl(DATABASE) });
  if (seeded >= total) {
    console.log(`reusing ${DATABASE} with ${seeded.toLocaleString('en')} incidents`);
    await client.connect();
  } else {
    console.log(`recreating ${DATABASE} and seeding ${total.toLocaleString('en')} incidents ...`);
    await recreateDatabase(DATABASE);
    await client.connect();
    const started = performance.now();
    await seed(client);
    console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const {
    rows: [size],
  } = await client.query(
    `SELECT (SELECT count(*) FROM incident) AS incidents, (SELECT count(*) FROM incident_metrics_rollup) AS rollup_rows,
            (SELECT count(*) FROM incident_loss_rollup) AS loss_rows, pg_size_pretty(pg_total_relation_size('incident_metrics_rollup')) AS rollup_size`,
  );
  console.log(
    `${size.incidents} incidents; rollup ${size.rollup_rows} rows (${size.rollup_size}), loss rollup ${size.loss_rows} rows`,
  );

  const service = new SubgraphService(
    { ...incidentsSubgraph, consumes: undefined },
    {
      host: '127.0.0.1',
      port: 0,
      databaseUrl: databaseUrl(DATABASE),
      databasePoolSize: 5,
      kafkaBrokers: testEnvironment.kafkaBrokers,
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
  const tokenFor = (clearance: 'AMBER_STRICT' | 'RED') =>
    signToken(
      { subject: `bench-auditor-${clearance}`, roles: ['AUDITOR'], clearance },
      auth.secret,
      auth.issuer,
      auth.audience,
    );
  const cells = (token: string, query: string) => async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        [GATEWAY_CREDENTIAL_HEADER]: await gatewayCredential('incidents'),
      },
      body: JSON.stringify({ query, variables: { range } }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data.incidentMetrics.cells.length as number;
  };
  try {
    console.log(
      `\nincidentMetrics.cells over ${range.from.slice(0, 10)} .. ${range.to.slice(0, 10)} by month, constituency and class, through HTTP`,
    );
    const amberStrict = await tokenFor('AMBER_STRICT');
    const red = await tokenFor('RED');
    await time('grid (count, p90, breach rate), cleared AMBER+STRICT', runs, cells(amberStrict, LEAN));
    await time('grid (count, p90, breach rate), cleared RED', runs, cells(red, LEAN));
    await time('every figure, cleared AMBER+STRICT', runs, cells(amberStrict, FULL));
    await time('every figure, cleared RED', runs, cells(red, FULL));
    if (!process.argv.includes('--no-reference'))
      await time(
        'plain SQL reference from the incident rows (percentile_cont)',
        REFERENCE_RUNS,
        async () => (await client.query(REFERENCE, [range.from, range.to])).rowCount ?? 0,
      );
  } finally {
    await service.stop();
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
