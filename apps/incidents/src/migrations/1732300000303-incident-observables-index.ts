import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Serves `incidents(filter: { observable })`: containment (`observables @> '[{type, value}]'`)
 * on the jsonb list of indicators. jsonb_path_ops: smaller than the default operator class
 * and enough for `@>`.
 */
export class IncidentObservablesIndex1732300000303 implements MigrationInterface {
  name = 'IncidentObservablesIndex1732300000303';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX incident_observables ON incident USING gin (observables jsonb_path_ops)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX incident_observables`);
  }
}
