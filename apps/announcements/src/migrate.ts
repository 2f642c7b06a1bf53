import 'reflect-metadata';
import { migrateAndExit } from '@csirt/db';
import { readEnvironment } from './environment';
import { migrations } from './migrations';

// Deploy step (Kubernetes Job, compose one-shot): apply migrations, then exit.
migrateAndExit('announcements', readEnvironment().databaseUrl, migrations);
