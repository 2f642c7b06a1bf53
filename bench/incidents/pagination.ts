/**
 * Cursor (keyset) pagination of the incident list at scale.
 *
 *   npx tsx bench/incidents/pagination.ts [incidents=1000000] [runs=50] [--reuse]
 *
 * --reuse keeps an existing bench database that already holds the incidents (no reseed).
 * Recreates `csirt_bench_incidents` on the test Postgres server, applies the incidents
 * migrations, seeds the incidents with generate_series, then times the list query the
 * `incidents` field runs (IncidentRepository.list, as an AMBER+STRICT-cleared analyst): the
 * first page, a page 90% deep reached by cursor, and the same deep page by OFFSET for
 * comparison, plus filtered pages. Prints milliseconds.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import type { Principal } from '@csirt/auth';
import { createDataSource } from '@csirt/db';
import { decodeCursor, encodeCursor } from '@csirt/service';
import { Incident } from '../../apps/incidents/src/incidents/incident.entity';
import {
  IncidentRepository,
  type IncidentListFilter,
} from '../../apps/incidents/src/incidents/incident.repository';
import { databaseExists, databaseUrl, recreateDatabase, seedIncidents } from './seed';
import { percentile } from '../stats';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const reuse = process.argv.includes('--reuse');
const total = Number(args[0] ?? 1_000_000);
const runs = Number(args[1] ?? 50);
const PAGE = 50;

const analyst: Principal = {
  subject: 'bench-analyst',
  name: 'Bench analyst',
  roles: new Set(['ANALYST']),
  clearance: 'AMBER_STRICT',
  personId: null,
  organisation: null,
  partnerId: null,
  sensorId: null,
};

async function time(label: string, work: () => Promise<unknown[]>): Promise<void> {
  let rows = 0;
  for (let i = 0; i < 3; i += 1) await work(); // warm-up: plans, buffers
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    rows = (await work()).length;
    samples.push(performance.now() - started);
  }
  const sorted = samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, v) => sum + v, 0) / samples.length;
  console.log(
    `${label.padEnd(52)} ${String(rows).padStart(3)} rows   mean ${mean.toFixed(2)} ms   p50 ${percentile(sorted, 50).toFixed(2)}   p95 ${percentile(sorted, 95).toFixed(2)}   max ${sorted[sorted.length - 1].toFixed(2)}`,
  );
}

async function countIncidents(): Promise<number> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query(`SELECT count(*)::int AS n FROM incident`)).rows[0].n;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const seeded = reuse && (await databaseExists()) ? await countIncidents() : 0;
  if (seeded >= total) {
    console.log(`reusing csirt_bench_incidents with ${seeded.toLocaleString('en')} incidents`);
  } else {
    console.log(`recreating csirt_bench_incidents and seeding ${total.toLocaleString('en')} incidents ...`);
    await recreateDatabase();
  }
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  if (seeded < total) {
    const seedStarted = performance.now();
    await seedIncidents(client, total);
    console.log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  }

  const dataSource = createDataSource({
    url: databaseUrl(),
    applicationName: 'csirt-bench-incidents',
    entities: [Incident],
    migrations: [],
  });
  await dataSource.initialize();
  const repository = new IncidentRepository(dataSource.manager);
  try {
    const deepOffset = Math.floor(total * 0.9);
    const {
      rows: [deep],
    } = await client.query<{ opened_at: Date; id: string }>(
      `SELECT opened_at, id FROM incident ORDER BY opened_at DESC, id DESC OFFSET $1 LIMIT 1`,
      [deepOffset - 1],
    );
    const deepCursor = decodeCursor(encodeCursor(deep.opened_at, deep.id));
    const list =
      (filter: IncidentListFilter, after = deepCursor) =>
      () =>
        repository.list(analyst, filter, after, PAGE + 1);

    console.log(`\npage size ${PAGE} (+1 to tell whether another page follows), ${runs} runs each`);
    await time('first page (keyset)', list({}, null));
    await time(`deep page after row ${deepOffset.toLocaleString('en')} (keyset cursor)`, list({}));
    await time(`deep page after row ${deepOffset.toLocaleString('en')} (OFFSET, for comparison)`, () =>
      dataSource.manager.query(
        `SELECT * FROM incident WHERE tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT') ORDER BY opened_at DESC, id DESC OFFSET $1 LIMIT $2`,
        [deepOffset, PAGE + 1],
      ),
    );
    await time('first page, status OPEN', list({ status: ['OPEN'] }, null));
    await time('deep page, status OPEN (keyset cursor)', list({ status: ['OPEN'] }));
    await time('deep page, constituency const-7 (keyset cursor)', list({ constituencyId: 'const-7' }));
    await time('first page, text "host-4242" (trigram index)', list({ text: 'host-4242' }, null));

    const { rows: plan } = await client.query(
      `EXPLAIN SELECT * FROM incident i WHERE i.tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT') AND (i.opened_at, i.id) < ($1, $2)
       ORDER BY i.opened_at DESC, i.id DESC LIMIT ${PAGE + 1}`,
      [deep.opened_at, deep.id],
    );
    console.log(`\nplan of the deep keyset page:\n${plan.map((row) => `  ${row['QUERY PLAN']}`).join('\n')}`);
  } finally {
    await dataSource.destroy();
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
