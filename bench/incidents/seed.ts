/**
 * Shared by the incidents benchmarks: the bench database `csirt_bench_incidents` on the test
 * Postgres server, with incidents seeded set-based (generate_series).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '@csirt/db';
import { migrations } from '../../apps/incidents/src/migrations';

export const DATABASE = 'csirt_bench_incidents';
const serverUrl =
  process.env.BENCH_POSTGRES_URL ??
  process.env.TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name = DATABASE): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops and creates the bench database and applies the service's migrations. */
export async function recreateDatabase(name = DATABASE): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const dataSource = createDataSource({
    url: databaseUrl(name),
    applicationName: 'csirt-bench-incidents',
    entities: [],
    migrations,
  });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function databaseExists(name = DATABASE): Promise<boolean> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  try {
    return (
      ((await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount ?? 0) > 0
    );
  } finally {
    await admin.end();
  }
}

/**
 * Seeds `count` incidents, one every 30 seconds back from 2026-01-01, spread over labels
 * (no RED), statuses, severities and 50 constituencies. The secondary indexes are dropped
 * for the load and rebuilt after it, as one does for a bulk load.
 */
export async function seedIncidents(client: Client, count: number): Promise<void> {
  const { rows: indexes } = await client.query<{ indexdef: string; indexname: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'incident' AND indexname NOT IN ('incident_pkey') AND indexdef NOT LIKE '%UNIQUE%'`,
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.indexname}`);
  await client.query(
    `INSERT INTO incident (id, reference, title, summary, rsit_class, rsit_type, severity, priority, cia_confidentiality, cia_integrity,
       cia_availability, tlp, pap, constituency_id, region, status, opened_by, opened_at, updated_at, effort_hours, affected_assets, observables)
     SELECT md5('incident-' || g)::uuid, 'INC-BENCH-' || lpad(g::text, 7, '0'), 'Bench incident ' || g || ' on host-' || (g % 9973),
       'Seeded for the incidents benchmarks', 'fraud', 'phishing', 1 + g % 4, 'P3', true, false, g % 3 = 0,
       (ARRAY['CLEAR','GREEN','AMBER','AMBER_STRICT'])[1 + g % 4], 'AMBER', 'const-' || (g % 50), 'EMEA',
       (ARRAY['OPEN','ANALYSIS','CONTAINMENT','ERADICATION','RECOVERY','POST_INCIDENT','CLOSED'])[1 + g % 7], 'bench',
       timestamptz '2026-01-01T00:00:00Z' - g * interval '30 seconds', timestamptz '2026-01-01T00:00:00Z', 0, '{}', '[]'
     FROM generate_series(1, $1::int) AS g`,
    [count],
  );
  for (const index of indexes) await client.query(index.indexdef);
  await client.query(`ANALYZE incident`);
}
