/**
 * Keyset pagination of the people list at scale, with each filter the `people` field offers.
 *
 *   npx tsx bench/teams/people.ts [people=200000] [runs=30]
 *
 * Recreates `csirt_bench_teams` on the test Postgres server (BENCH_POSTGRES_URL or
 * TEST_POSTGRES_URL), applies the teams migrations, seeds people set-based with
 * generate_series (15 regions, 1-2 roles each, skills, a quarter on call, a tenth inactive),
 * then times PersonRepository.list, the query the `people` field runs: the first page and a
 * page reached by cursor deep in the list, unfiltered and per filter. Prints milliseconds
 * and the plan's top node, so a missing index shows as a Seq Scan.
 */
import 'reflect-metadata';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '@csirt/db';
import { decodeCursor, encodeCursor } from '@csirt/service';
import { migrations } from '../../apps/teams/src/migrations';
import { Person } from '../../apps/teams/src/people/person.entity';
import { PersonRepository, type PersonListFilter } from '../../apps/teams/src/people/person.repository';
import { percentile } from '../stats';

const DATABASE = 'csirt_bench_teams';
const total = Number(process.argv[2] ?? 200_000);
const runs = Number(process.argv[3] ?? 30);
const PAGE = 50;
const serverUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function recreateDatabase(): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
}

const ROLES = `ARRAY['GEO_SECURITY_OFFICER','WORLDWIDE_SECURITY_MANAGER','SECURITY_COORDINATOR','CUSTOMER_ACCOUNT_MANAGER',
  'SERVICE_ENGINEER','TECHNICAL_SUPPORT','ENTERPRISE_CSIRT_CONTACT','PR_OFFICER','LEGAL_COUNSEL','HUMAN_RESOURCES',
  'IT_AUDITOR','FINANCIAL_AUDITOR','FORENSICS_EXPERT','TECHNICAL_LEAD','TEAM_MANAGER']`;
const SKILLS = `ARRAY['forensics','malware','ddos','phishing','intrusions','system-compromise','spam','scanner','data-leak','exploit']`;

async function seed(client: Client): Promise<void> {
  // Service engineers and support are the common roles, officers the rare ones, as in life.
  await client.query(`
    INSERT INTO person (id, name, email, region, roles, skills, on_call, active, created_at, updated_at)
    SELECT gen_random_uuid(), 'Person ' || g, 'person' || g || '@bench.example', 'R' || (g % 15),
           CASE WHEN g % 100 = 0 THEN ARRAY['GEO_SECURITY_OFFICER']
                WHEN g % 3 = 0 THEN ARRAY['SERVICE_ENGINEER', (${ROLES})[1 + g % 15]]
                ELSE ARRAY[(${ROLES})[1 + (g / 7) % 15]] END,
           ARRAY[(${SKILLS})[1 + g % 10], (${SKILLS})[1 + (g / 10) % 10]],
           g % 4 = 0, g % 10 <> 0,
           now() - (g || ' seconds')::interval, now()
    FROM generate_series(1, $1) AS g
    ON CONFLICT DO NOTHING`, [total]);
  await client.query('ANALYZE person');
}

async function main(): Promise<void> {
  console.log(`recreating ${DATABASE} and seeding ${total.toLocaleString('en')} people ...`);
  await recreateDatabase();
  const dataSource = createDataSource({ url: databaseUrl(DATABASE), applicationName: 'bench-teams', entities: [Person], migrations });
  await dataSource.initialize();
  await runMigrations(dataSource);
  const client = new Client({ connectionString: databaseUrl(DATABASE) });
  await client.connect();
  const started = performance.now();
  await seed(client);
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  const people = new PersonRepository(dataSource.manager);
  const filters: [string, PersonListFilter][] = [
    ['no filter', {}],
    ['region R7', { region: 'R7' }],
    ['role GEO_SECURITY_OFFICER (rare)', { role: 'GEO_SECURITY_OFFICER' }],
    ['role SERVICE_ENGINEER (common)', { role: 'SERVICE_ENGINEER' }],
    ['skill malware', { skill: 'malware' }],
    ['on call', { onCall: true }],
    ['inactive', { active: false }],
    ['region R3 + role SERVICE_ENGINEER + on call', { region: 'R3', role: 'SERVICE_ENGINEER', onCall: true }],
  ];
  for (const [label, filter] of filters) {
    // A cursor about 90% of the way down this filter's list.
    const [deep] = await dataSource.manager
      .createQueryBuilder(Person, 'p')
      .select(['p.id', 'p.createdAt'])
      .orderBy('p.createdAt', 'ASC')
      .limit(1)
      .offset(Math.floor(total * 0.1))
      .getMany();
    const cursor = decodeCursor(encodeCursor(deep.createdAt, deep.id));
    for (const [page, after] of [['first page', null], ['deep page', cursor]] as const) {
      for (let i = 0; i < 3; i += 1) await people.list(filter, after, PAGE + 1);
      const samples: number[] = [];
      let rows = 0;
      for (let i = 0; i < runs; i += 1) {
        const t = performance.now();
        rows = (await people.list(filter, after, PAGE + 1)).length;
        samples.push(performance.now() - t);
      }
      samples.sort((a, b) => a - b);
      const [query, parameters] = people.listQuery(filter, after, PAGE + 1).getQueryAndParameters();
      const plan: { 'QUERY PLAN': string }[] = await dataSource.query(`EXPLAIN ${query}`, parameters);
      const top = plan.map((r) => r['QUERY PLAN']).find((line) => /Scan/.test(line))?.trim().replace(/\s+\(cost.*$/, '') ?? '?';
      console.log(
        `${`${label}, ${page}`.padEnd(58)} ${String(rows).padStart(3)} rows  p50 ${percentile(samples, 50).toFixed(2).padStart(7)} ms  p95 ${percentile(samples, 95).toFixed(2).padStart(7)} ms  ${top}`,
      );
    }
  }
  await client.end();
  await dataSource.destroy();
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
