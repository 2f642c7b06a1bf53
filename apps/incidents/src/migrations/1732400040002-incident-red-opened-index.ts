import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TLP:RED incidents are not in the metrics rollup (who reads them depends on named readers);
 * incidentMetrics.cells counts them directly for RED-cleared callers. This partial index
 * keeps that lookup to the RED incidents of the range instead of every incident in it.
 */
export class IncidentRedOpenedIndex1732400040002 implements MigrationInterface {
  name = 'IncidentRedOpenedIndex1732400040002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX incident_red_opened ON incident (opened_at) WHERE tlp = 'RED' AND merged_into_id IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX incident_red_opened`);
  }
}
