import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { Client } from 'pg';
import { registerTestSubgraph, TEST_AUTH, TEST_GATEWAY_CREDENTIAL_SECRET, testDatabaseUrl, testEnvironment, testKafkaSasl } from '@csirt/testing';

/**
 * The whole platform as separate processes, started the way production starts them
 * (each app's main.ts, configured only through its environment variables), each subgraph
 * on its own fresh test database, all on the test Kafka broker.
 */
const root = join(__dirname, '../../../..');
const SUBGRAPHS = ['intake', 'incidents', 'teams', 'announcements'] as const;
const BASE_PORT = testEnvironment.stackBasePort;

export const SUBGRAPH_NAMES = SUBGRAPHS;

export interface Stack {
  gatewayUrl: string;
  subgraphUrl(name: (typeof SUBGRAPHS)[number]): string;
  /** Names of the processes that have exited (crashed) since they were started. */
  exited(): string[];
  /** Stops one process (SIGTERM: graceful; SIGKILL: a crash) and waits until it is gone. */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped process again with the same settings and waits until it is ready. */
  restart(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** `extraEnv`: more variables for every process (e.g. NODE_ENV). */
export async function startStack(extraEnv: Record<string, string> = {}): Promise<Stack> {
  const processes: ChildProcess[] = [];
  const names = new Map<ChildProcess, string>();
  const output = new Map<string, string[]>();
  const settings = new Map<string, { env: Record<string, string>; port: number }>();
  const common = {
    KAFKA_BROKERS: testEnvironment.kafkaBrokers.join(','),
    AUTH_JWT_SECRET: TEST_AUTH.secret,
    AUTH_ISSUER: TEST_AUTH.issuer,
    AUTH_AUDIENCE: TEST_AUTH.audience,
    GATEWAY_CREDENTIAL_SECRET: TEST_GATEWAY_CREDENTIAL_SECRET,
    LOG_LEVEL: testEnvironment.verbose ? 'debug' : 'warn',
    MIGRATE_ON_START: 'true',
    GRAPHQL_INTROSPECTION: 'false',
    OUTBOX_POLL_MS: '100',
    ...extraEnv,
  };
  const launch = (name: string, env: Record<string, string>) => {
    settings.set(name, { env, port: Number(env.PORT) });
    const lines: string[] = [];
    output.set(name, lines);
    // tsx as a loader of the service's own process, not its CLI, which would run the service
    // as a child of its own: a signal (SIGKILL above all) must reach the service itself.
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, `apps/${name}/src/main.ts`)], {
      cwd: root,
      env: { ...process.env, ...common, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      lines.push(chunk.toString());
      if (testEnvironment.verbose) process.stderr.write(`[${name}] ${chunk}`);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    processes.push(child);
    names.set(child, name);
  };

  const stop = async () => {
    await Promise.all(
      processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
  };

  try {
    await Promise.all(SUBGRAPHS.map((name) => recreateDatabase(`csirt_test_e2e_${name}`)));
    // A test's own CSAF_* settings win over the defaults.
    const perService: Record<string, Record<string, string>> = { announcements: { ...(await csafEnvironment()), ...extraEnv } };
    SUBGRAPHS.forEach((name, index) =>
      launch(name, {
        ...perService[name],
        PORT: String(BASE_PORT + 1 + index),
        DATABASE_URL: testDatabaseUrl(`csirt_test_e2e_${name}`),
        // Each service as its own Kafka principal, in a group its ACLs allow.
        KAFKA_CONSUMER_GROUP: `csirt-${name}.test-e2e`,
        KAFKA_SASL_MECHANISM: testKafkaSasl(name).mechanism,
        KAFKA_SASL_USERNAME: testKafkaSasl(name).username,
        KAFKA_SASL_PASSWORD: testKafkaSasl(name).password,
      }),
    );
    await Promise.all(SUBGRAPHS.map((name, index) => waitReady(name, BASE_PORT + 1 + index, output)));
    launch('gateway', {
      PORT: String(BASE_PORT),
      ...Object.fromEntries(SUBGRAPHS.map((name, index) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${BASE_PORT + 1 + index}/graphql`])),
    });
    await waitReady('gateway', BASE_PORT, output);
  } catch (error) {
    await stop();
    throw error;
  }

  const subgraphUrl = (name: (typeof SUBGRAPHS)[number]) => `http://127.0.0.1:${BASE_PORT + 1 + SUBGRAPHS.indexOf(name)}/graphql`;
  // Tests that call a subgraph directly do so as the gateway would (see graphql()).
  SUBGRAPHS.forEach((name) => registerTestSubgraph(subgraphUrl(name), name));
  return {
    gatewayUrl: `http://127.0.0.1:${BASE_PORT}/graphql`,
    subgraphUrl,
    exited: () => processes.filter((child) => child.exitCode !== null || child.signalCode !== null).map((child) => names.get(child) ?? '?'),
    kill: async (name, signal = 'SIGTERM') => {
      const running = processes.filter((child) => names.get(child) === name && child.exitCode === null && child.signalCode === null);
      await Promise.all(
        running.map(
          (child) =>
            new Promise<void>((resolve) => {
              child.once('exit', () => resolve());
              child.kill(signal);
            }),
        ),
      );
    },
    restart: async (name) => {
      const known = settings.get(name);
      if (!known) throw new Error(`no process named ${name} in this stack`);
      launch(name, known.env);
      await waitReady(name, known.port, output);
    },
    stop,
  };
}

async function recreateDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: testEnvironment.postgresUrl });
  await admin.connect();
  try {
    testDatabaseUrl(name); // refuses names not marked as test databases
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

async function waitReady(name: string, port: number, output: Map<string, string[]>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready within ${timeoutMs} ms. Its output:\n${(output.get(name) ?? []).join('')}`);
}

/** Partner delivery signs every release: a throw-away key per run, and the CSAF_* settings announcements needs. */
async function csafEnvironment(): Promise<Record<string, string>> {
  const { privateKey } = await openpgp.generateKey({ type: 'ecc', curve: 'ed25519Legacy', userIDs: [{ name: 'E2E CSAF signing key' }], format: 'armored' });
  const keyFile = join(mkdtempSync(join(tmpdir(), 'csirt-e2e-csaf-')), 'signing-key.asc');
  writeFileSync(keyFile, privateKey, { mode: 0o600 });
  return {
    CSAF_BASE_URL: `http://127.0.0.1:${BASE_PORT}/.well-known/csaf`,
    CSAF_PUBLISHER_NAME: 'CSIRT platform (e2e)',
    CSAF_PUBLISHER_NAMESPACE: 'https://csirt.example.org',
    CSAF_SIGNING_KEY_FILE: keyFile,
  };
}
