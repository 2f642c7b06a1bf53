import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource, type EntityManager, type MixedList, type EntitySchema } from 'typeorm';
import { withTimeout } from './timeout';

// TypeORM's own option types for these are broad unions; this is what the services pass.
type EntityList = MixedList<Function | string | EntitySchema>;
type MigrationList = MixedList<Function | string>;

export interface DatabaseOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** Shown in pg_stat_activity, so an operator can tell the services' connections apart. */
  applicationName: string;
  entities: EntityList;
  /** Migration classes, listed explicitly so that bundled builds carry them. */
  migrations: MigrationList;
  poolSize?: number;
  /** Log every SQL statement (development only; it is noisy). */
  logSql?: boolean;
  /**
   * Longest a statement may run before Postgres cancels it (default 5 s), so no request,
   * however crafted, holds a pooled connection. Migrations get none (see migrateAndExit).
   */
  statementTimeoutMs?: number;
}

/** A transaction left open and idle this long is ended by Postgres, releasing its locks. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 15_000;
const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

/**
 * The one way a service gets a DataSource. `synchronize` is off for good: every schema
 * change is a reviewed migration, run by `runMigrations` at deploy time.
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    applicationName: options.applicationName,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: options.logSql ? 'all' : ['error', 'warn', 'migration'],
    poolSize: options.poolSize ?? 10,
    extra: {
      // Set by pg on every new connection of the pool: a stuck or expensive statement, or a
      // transaction left idle, must not hold a request (or a relay batch) forever.
      statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectionTimeoutMillis: 5_000,
    },
  });
}

/** Runs pending migrations, each in its own transaction. Returns the names it applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/**
 * The body of every service's migrate entry point (a deploy step): apply `migrations` to
 * `url`, report what was applied, and exit 0, or 1 when a migration fails.
 */
export function migrateAndExit(service: string, url: string, migrations: MigrationList): void {
  // An index build on a large table may rightly take minutes.
  const dataSource = createDataSource({ url, applicationName: `csirt-${service}-migrate`, entities: [], migrations, statementTimeoutMs: 0 });
  dataSource
    .initialize()
    .then(() => runMigrations(dataSource))
    .then(async (applied) => {
      process.stdout.write(`${service}: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`);
      await dataSource.destroy();
      process.exit(0);
    })
    .catch((error: Error) => {
      process.stderr.write(`${service}: migration failed: ${error.message}\n`);
      process.exit(1);
    });
}

/**
 * Runs `work` in one READ COMMITTED transaction. Everything a use case writes, including
 * the outbox rows that announce it, goes through the manager it is handed, so the state
 * change and its events commit or roll back together.
 */
export function withTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('READ COMMITTED', work);
}

/** True when the database answers a trivial query within `timeoutMs`. */
export async function isDatabaseReachable(dataSource: DataSource, timeoutMs = 2_000): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  try {
    await withTimeout(dataSource.query('SELECT 1'), timeoutMs, 'database ping timed out');
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the database named in `url` when it does not exist yet (development, tests and
 * the embedded stack; production databases are provisioned by the platform team).
 */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to create database with unusual name "${name}"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } catch (error) {
        // Another process created it between our check and our CREATE: that is fine.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await client.end();
  }
}
