import 'reflect-metadata';
import { createDataSource, runMigrations } from '@csirt/db';
import { readEnvironment } from './environment';
import { migrations } from './migrations';

// Deploy step (Kubernetes Job, compose one-shot): apply migrations, then exit.
const config = readEnvironment();
const dataSource = createDataSource({
  url: config.databaseUrl,
  applicationName: 'csirt-incidents-migrate',
  entities: [],
  migrations,
});
dataSource
  .initialize()
  .then(() => runMigrations(dataSource))
  .then(async (applied) => {
    process.stdout.write(
      `incidents: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
    );
    await dataSource.destroy();
    process.exit(0);
  })
  .catch((error: Error) => {
    process.stderr.write(`incidents: migration failed: ${error.message}\n`);
    process.exit(1);
  });
