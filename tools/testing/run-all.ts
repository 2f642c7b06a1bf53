/**
 * `npm test`: type-check, lint and test every project through Nx, then print one closing
 * line with the number of tests that passed and failed across all jest runs.
 *
 * A new machine needs nothing started by hand: when no Postgres answers at the test URL
 * (TEST_POSTGRES_URL, else the machine's 127.0.0.1:5432), the embedded one
 * (infra/postgres) is started; when no Kafka broker answers at KAFKA_BROKERS, the
 * project's own (infra/kafka) is. Whatever this command started, it stops when the run
 * ends or is interrupted; what was already running is left alone.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { testEnvironment } from '@csirt/testing';
import { testKafkaAdmin } from './test-kafka';

const root = resolve(__dirname, '../..');
const resultsDir = join(root, 'tmp/jest-results');
/** The embedded server's port: the one `npm start` uses, so both share one data directory and one server. */
const EMBEDDED_POSTGRES_PORT = 54329;
const EMBEDDED_POSTGRES_URL = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_POSTGRES_PORT}/postgres`;

const stops: (() => Promise<void>)[] = [];
let child: ChildProcess | undefined;

function say(message: string): void {
  process.stdout.write(`[test] ${message}\n`);
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL the tests use: the configured server, else a running embedded one, else a new embedded one. */
async function ensurePostgres(): Promise<string> {
  const configured = testEnvironment.postgresUrl;
  if (await postgresAnswers(configured)) return configured;
  if (process.env.TEST_POSTGRES_URL) {
    throw new Error(
      `TEST_POSTGRES_URL=${configured} does not answer; start that server or unset TEST_POSTGRES_URL to use the embedded one`,
    );
  }
  if (await postgresAnswers(EMBEDDED_POSTGRES_URL)) return EMBEDDED_POSTGRES_URL;
  say(
    `no Postgres at ${configured}: starting the embedded one on 127.0.0.1:${EMBEDDED_POSTGRES_PORT} (infra/postgres)`,
  );
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'infra/postgres/start.ts'), String(EMBEDDED_POSTGRES_PORT)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  stops.push(async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
  });
  await new Promise<void>((ready, failed) => {
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('POSTGRES_URL=')) ready();
    });
    server.once('exit', (code) =>
      failed(new Error(`the embedded Postgres exited (${code}) before it was ready`)),
    );
  });
  return EMBEDDED_POSTGRES_URL;
}

async function ensureKafka(): Promise<void> {
  const { up } = await testKafkaAdmin('csirt-test-run');
  if (up) return;
  say(
    `no Kafka broker at ${testEnvironment.kafkaBrokers.join(',')}: starting the project's own (infra/kafka)`,
  );
  const kafkaScript = join(root, 'infra/kafka/kafka.sh');
  execFileSync('bash', [kafkaScript, 'start'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  stops.push(async () => {
    if (process.env.KEEP_KAFKA === '1') return;
    execFileSync('bash', [kafkaScript, 'stop'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  });
}

function runNx(env: NodeJS.ProcessEnv): Promise<number> {
  const nx = spawn(
    process.execPath,
    [
      join(root, 'node_modules/nx/dist/bin/nx.js'),
      'run-many',
      '-t',
      'typecheck',
      'lint',
      'test',
      '--outputStyle=static',
      ...process.argv.slice(2),
    ],
    { cwd: root, stdio: 'inherit', env },
  );
  child = nx;
  return new Promise((done) => nx.once('exit', (code, signal) => done(code ?? (signal ? 130 : 1))));
}

function countResults(): { passed: number; failed: number; skipped: number } {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of existsSync(resultsDir) ? readdirSync(resultsDir) : []) {
    const result = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
    skipped += result.numPendingTests + result.numTodoTests;
  }
  return { passed, failed, skipped };
}

async function stopStarted(): Promise<void> {
  for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
}

async function main(): Promise<number> {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const postgresUrl = await ensurePostgres();
  await ensureKafka();
  const code = await runNx({
    ...process.env,
    TEST_POSTGRES_URL: postgresUrl,
    NX_DAEMON: 'false',
    JEST_RESULTS_DIR: resultsDir,
  });
  const { passed, failed, skipped } = countResults();
  // A type, lint or set-up failure counts too.
  const reportedFailed = code !== 0 && failed === 0 ? 1 : failed;
  process.stdout.write(
    `\n${passed} passed, ${reportedFailed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
  );
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child?.kill(signal);
    void stopStarted().then(() => process.exit(130));
  });
}

main().then(
  async (code) => {
    await stopStarted();
    process.exit(code);
  },
  async (error: Error) => {
    process.stderr.write(`npm test could not start: ${error.message}\n`);
    await stopStarted();
    process.exit(1);
  },
);
