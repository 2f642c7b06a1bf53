import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may read a TLP:RED incident, as one view: the named recipients of its reports, the
 * analysts who escalated them, and its response team. A merged-away incident keeps the
 * readers of the reports it handed over (merged_from_id), so merging does not lock out the
 * people who could read it before.
 */
export class IncidentAccess1732300000302 implements MigrationInterface {
  name = 'IncidentAccess1732300000302';

  async up(runner: QueryRunner): Promise<void> {
    // The report's own label and named recipients, from the escalated event, so the
    // incident lists only the reports a caller may read (a report it may not would null
    // the whole incident through the gateway).
    await runner.query(`ALTER TABLE incident_report ADD COLUMN tlp text`);
    await runner.query(`ALTER TABLE incident_report ADD COLUMN recipients text[] NOT NULL DEFAULT '{}'`);
    // Orders IncidentAccessChangedV1 per incident: consumers keep the highest version.
    await runner.query(`ALTER TABLE incident ADD COLUMN access_version integer NOT NULL DEFAULT 0`);
    await runner.query(`
      CREATE VIEW incident_reader (incident_id, reader) AS
        SELECT incident_id, attached_by FROM incident_report
        UNION ALL SELECT incident_id, unnest(recipients) FROM incident_report
        UNION ALL SELECT merged_from_id, attached_by FROM incident_report WHERE merged_from_id IS NOT NULL
        UNION ALL SELECT merged_from_id, unnest(recipients) FROM incident_report WHERE merged_from_id IS NOT NULL
        UNION ALL SELECT incident_id, person_id FROM response_team_member`);
    await runner.query(
      `CREATE INDEX incident_report_merged_from ON incident_report (merged_from_id) WHERE merged_from_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX incident_report_merged_from`);
    await runner.query(`DROP VIEW incident_reader`);
    await runner.query(`ALTER TABLE incident DROP COLUMN access_version`);
    await runner.query(`ALTER TABLE incident_report DROP COLUMN recipients`);
    await runner.query(`ALTER TABLE incident_report DROP COLUMN tlp`);
  }
}
