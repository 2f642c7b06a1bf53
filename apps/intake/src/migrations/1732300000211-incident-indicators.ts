import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A read model of the incidents' indicators and phases, from incident management's events
 * (indicators-changed, opened, status-changed, merged), for Report.relatedIncidents (which
 * running incidents share an indicator with a report) and for refusing an escalation into a
 * closed incident at the request, answered here without asking that service.
 */
export class IncidentIndicators1732300000211 implements MigrationInterface {
  name = 'IncidentIndicators1732300000211';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE incident_indicator (
        incident_id uuid NOT NULL,
        type text NOT NULL,
        value text NOT NULL,
        PRIMARY KEY (incident_id, type, value)
      )`);
    // The lookup goes from a report's indicators to incidents.
    await runner.query(`CREATE INDEX incident_indicator_value ON incident_indicator (type, value, incident_id)`);
    // merged_into_id: a merged-away incident is CLOSED, but escalating into it still works
    // (incident management follows the merge), so the request is not refused as closed.
    await runner.query(
      `CREATE TABLE incident_phase (incident_id uuid PRIMARY KEY, status text NOT NULL, changed_at timestamptz NOT NULL, merged_into_id uuid)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE incident_phase');
    await runner.query('DROP TABLE incident_indicator');
  }
}
