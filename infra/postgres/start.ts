/**
 * Starts the embedded PostgreSQL in the foreground for tests or tools on a machine without
 * one:  npx tsx infra/postgres/start.ts [port]   (default 54329; Ctrl-C stops it)
 * then  TEST_POSTGRES_URL=postgres://postgres:postgres@127.0.0.1:54329/postgres npm test
 */
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded';

const port = Number(process.argv[2] ?? 54329);

startEmbeddedPostgres({ root: join(__dirname, '../..'), port }).then(
  (postgres) => {
    process.stdout.write(`POSTGRES_URL=${postgres.url}\n`);
    const stop = () => postgres.stop().then(() => process.exit(0), () => process.exit(1));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    process.stderr.write(`embedded postgres failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
