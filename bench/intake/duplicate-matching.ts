/**
 * Duplicate and related-report matching with a large store of observables.
 *
 *   npx tsx bench/intake/duplicate-matching.ts [observables=1000000] [runs=500]
 *
 * Recreates the bench database `csirt_bench_intake` on the test Postgres server, applies
 * intake's migrations, seeds reports with five observables each (20% of them open) with
 * set-based SQL (generate_series), then times the queries a submission runs: matching by
 * shared observables, by similar title, and both together (what submitReport calls).
 * Every value is carried by about three reports, like a campaign reported several times.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import type { Observable } from '@csirt/contracts';
import { createDataSource, runMigrations } from '@csirt/db';
import { migrations } from '../../apps/intake/src/migrations';
import { findRelatedOpenReports, matchByObservables, matchByTitle } from '../../apps/intake/src/reports/related-reports';
import { percentile } from '../stats';

const DATABASE = 'csirt_bench_intake';
const OBSERVABLES_PER_REPORT = 5;
const totalObservables = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 500);
const reports = Math.ceil(totalObservables / OBSERVABLES_PER_REPORT);
/** Distinct values per type: each value is shared by about three reports. */
const distinct = Math.max(1, Math.floor(reports / 3));
const serverUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, v) => sum + v, 0) / samples.length;
  return `${label.padEnd(34)} mean ${mean.toFixed(2)} ms   p50 ${percentile(sorted, 50).toFixed(2)}   p95 ${percentile(sorted, 95).toFixed(2)}   p99 ${percentile(sorted, 99).toFixed(2)}   max ${sorted[sorted.length - 1].toFixed(2)}`;
}

/** The observables of seeded report n (the same expressions as the seeding SQL). */
function observablesOf(n: number): Observable[] {
  const v = (k: number) => (n * 7 + k) % distinct;
  const ip = v(1);
  return [
    { type: 'IPV4', value: `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}` },
    { type: 'DOMAIN', value: `host-${v(2)}.bench.example` },
    { type: 'URL', value: `https://site-${v(3)}.bench.example/login` },
    { type: 'SHA256', value: `${v(4)}`.padStart(64, 'a') },
    { type: 'EMAIL', value: `user${v(5)}@mail.bench.example` },
  ];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();

  const dataSource = createDataSource({ url: databaseUrl(DATABASE), applicationName: 'bench-intake-matching', entities: [], migrations });
  await dataSource.initialize();
  await runMigrations(dataSource);
  const q = (sql: string, params: unknown[] = []) => dataSource.query(sql, params);
  process.stdout.write(`seeding ${reports.toLocaleString()} reports with ${(reports * OBSERVABLES_PER_REPORT).toLocaleString()} observables...\n`);

  // Seeding runs on its own connection without the services' statement timeout; secondary
  // indexes are dropped first and rebuilt afterwards (much faster than row-by-row upkeep),
  // exactly as the migration defined them.
  const seedStarted = performance.now();
  const seeder = new Client({ connectionString: databaseUrl(DATABASE) });
  await seeder.connect();
  const s = (sql: string, params: unknown[] = []) => seeder.query(sql, params);
  await s(`SET statement_timeout = 0`);
  await s(`SET maintenance_work_mem = '256MB'`);
  const { rows: indexes } = await s(
    `SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition FROM pg_index
      WHERE indrelid IN ('report'::regclass, 'report_observable'::regclass)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid)`,
  );
  for (const index of indexes) await s(`DROP INDEX ${index.name}`);
  await s(
    `INSERT INTO report (id, reference, channel, status, reporter_name, received_at, title, description,
                         cia_confidentiality, cia_integrity, cia_availability, tlp, suggestion, submitted_by, created_at, updated_at)
     SELECT md5('bench' || n)::uuid, 'RPT-BENCH-' || n, 'SENSOR',
            CASE WHEN n % 5 = 0 THEN 'NEW' ELSE 'ESCALATED' END,
            'bench sensor', now() - n * interval '1 second',
            (ARRAY['Phishing campaign against','Outbound C2 beacon from','Brute force on','Defaced web site of','Malware download on'])[1 + (n / 5) % 5]
              || ' host-' || (n % 9973) || ' ' || substr(md5(n::text), 1, 6),
            'seeded by bench/intake/duplicate-matching.ts', false, false, false, 'GREEN', '{}', 'bench', now(), now()
       FROM generate_series(1, $1::int) AS n`,
    [reports],
  );
  await s(
    `INSERT INTO report_observable (report_id, type, value, open)
     SELECT md5('bench' || n)::uuid, o.type, o.value, n % 5 = 0
       FROM generate_series(1, $1::int) AS n
      CROSS JOIN LATERAL (VALUES
        ('IPV4', '10.' || ((((n * 7 + 1) % $2) >> 16) & 255) || '.' || ((((n * 7 + 1) % $2) >> 8) & 255) || '.' || (((n * 7 + 1) % $2) & 255)),
        ('DOMAIN', 'host-' || ((n * 7 + 2) % $2) || '.bench.example'),
        ('URL', 'https://site-' || ((n * 7 + 3) % $2) || '.bench.example/login'),
        ('SHA256', lpad(((n * 7 + 4) % $2)::text, 64, 'a')),
        ('EMAIL', 'user' || ((n * 7 + 5) % $2) || '@mail.bench.example')
      ) AS o(type, value)`,
    [reports, distinct],
  );
  const indexStarted = performance.now();
  for (const index of indexes) await s(index.definition);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  await s(`ANALYZE report`);
  await s(`ANALYZE report_observable`);
  await seeder.end();
  const [{ stored, open }] = await q(`SELECT count(*)::int AS stored, count(*) FILTER (WHERE open)::int AS open FROM report_observable`);
  process.stdout.write(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (${indexes.length} indexes rebuilt in ${indexSeconds.toFixed(1)} s): ${stored.toLocaleString()} observables stored, ${open.toLocaleString()} of them on open reports\n\n`);

  // A new report that repeats the observables of an existing one (a duplicate), under a new id.
  const newId = '00000000-0000-4000-8000-000000000000';
  const samples = Array.from({ length: runs }, (_, i) => 1 + ((i * 104_729) % reports));
  const manager = dataSource.manager;
  for (const n of samples.slice(0, 20)) await matchByObservables(manager, observablesOf(n), newId); // warm-up

  const byObservable: number[] = [];
  const byTitle: number[] = [];
  const both: number[] = [];
  let matched = 0;
  for (const n of samples) {
    const observables = observablesOf(n);
    byObservable.push(
      await timed(async () => {
        if ((await matchByObservables(manager, observables, newId)).length > 0) matched += 1;
      }),
    );
    const title = `Phishing campaign against host-${n % 9973}`;
    byTitle.push(await timed(() => matchByTitle(manager, title, newId)));
    both.push(await timed(() => findRelatedOpenReports(manager, { id: newId, title, observables })));
  }

  const plan: { 'QUERY PLAN': string }[] = await q(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
     SELECT m.report_id, count(*) FROM unnest($1::text[], $2::text[]) AS o(type, value)
      CROSS JOIN LATERAL (SELECT ro.report_id FROM report_observable ro
                           WHERE ro.type = o.type AND ro.value = o.value AND ro.open AND ro.report_id <> $3 LIMIT 200) m
      GROUP BY m.report_id`,
    [observablesOf(samples[0]).map((o) => o.type), observablesOf(samples[0]).map((o) => o.value), newId],
  );

  const titlePlan: { 'QUERY PLAN': string }[] = await q(
    `EXPLAIN (ANALYZE, COSTS OFF) SELECT id, similarity(title, $1) FROM report
      WHERE status IN ('NEW','TRIAGED') AND id <> $2 ORDER BY title <-> $1 LIMIT 10`,
    [`Phishing campaign against host-${samples[0] % 9973}`, newId],
  );

  process.stdout.write(`duplicate matching against ${stored.toLocaleString()} stored observables (${runs} new reports with 5 observables each)\n`);
  process.stdout.write(`${summary('by shared observables', byObservable)}\n`);
  process.stdout.write(`${summary('by similar title (pg_trgm)', byTitle)}\n`);
  process.stdout.write(`${summary('both (as submitReport runs it)', both)}\n`);
  process.stdout.write(`new reports with at least one open match: ${matched} of ${runs}\n\nplan of the observable match:\n`);
  process.stdout.write(`${plan.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}\n`);
  process.stdout.write(`\nplan of the title match:\n${titlePlan.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}\n`);
  await dataSource.destroy();
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
