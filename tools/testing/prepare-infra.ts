/**
 * Prepares the real infrastructure a test project needs, once per run (called from jest
 * globalSetup through tsx, which resolves the workspace's path aliases):
 *   tsx tools/testing/prepare-infra.ts [--database csirt_test_x --migrations path/to/migrations.ts]
 * Starts the project's Kafka broker when none answers (or none accepts the dev admin's
 * credentials), applies the topic catalogue and the ACLs derived from it, recreates the
 * test database and runs the service's migrations on it.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '@csirt/db';
import { applyTopicCatalogue, readTopicCatalogue } from '@csirt/messaging';
import { testDatabaseUrl, testEnvironment, testKafkaPartners } from '@csirt/testing';
import { testKafkaAdmin } from './test-kafka';

const root = resolve(__dirname, '../..');

async function main(): Promise<void> {
  const args = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) args.set(argv[i].replace(/^--/, ''), argv[i + 1]);

  await ensureKafka();
  await ensurePostgres();
  const database = args.get('database');
  const migrationsModule = args.get('migrations');
  if (database && migrationsModule) {
    for (const name of database.split(',')) await recreateDatabase(name, resolve(root, migrationsModule));
  }
}

async function ensureKafka(): Promise<void> {
  const { kafka, up } = await testKafkaAdmin('csirt-test-setup');
  if (!up) {
    // The project's own broker; CI starts it before the tests, a developer may not have.
    // kafka.sh also replaces a broker it started before it had authentication.
    execFileSync('bash', [resolve(root, 'infra/kafka/kafka.sh'), 'start'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  await applyTopicCatalogue(kafka, readTopicCatalogue(resolve(root, 'infra/kafka/topics.json')), { partners: testKafkaPartners() });
}

async function ensurePostgres(): Promise<void> {
  const client = new Client({ connectionString: testEnvironment.postgresUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `cannot reach the test Postgres at ${testEnvironment.postgresUrl} (${(error as Error).message}). ` +
        '`npm test` starts the embedded one when TEST_POSTGRES_URL is unset; `npx tsx infra/postgres/start.ts` starts it by hand.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function recreateDatabase(name: string, migrationsPath: string): Promise<void> {
  const url = testDatabaseUrl(name);
  const admin = new Client({ connectionString: testEnvironment.postgresUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { migrations } = require(migrationsPath) as { migrations: Function[] };
  const dataSource = createDataSource({ url, applicationName: 'csirt-test-setup', entities: [], migrations });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`test infrastructure setup failed: ${error.message}\n`);
    process.exit(1);
  },
);
