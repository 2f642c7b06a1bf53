import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IncidentAccess1732300000210 implements MigrationInterface {
  name = 'IncidentAccess1732300000210';

  async up(runner: QueryRunner): Promise<void> {
    // Who may read each incident, as the incidents service last said (IncidentAccessChangedV1).
    // Report.incident shows an incident id only to those readers; no row means hidden.
    await runner.query(`
      CREATE TABLE incident_access (
        incident_id uuid PRIMARY KEY,
        tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        readers text[] NOT NULL DEFAULT '{}',
        version bigint NOT NULL CHECK (version >= 0),
        changed_at timestamptz NOT NULL
      )`);
    // Channels bound to credentials: the partner (claim partner_id) that submitted on the
    // PARTNER_CSIRT channel, the sensor (claim sensor_id) that submitted on the SENSOR channel.
    await runner.query(`ALTER TABLE report ADD COLUMN partner_id text, ADD COLUMN sensor_id text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE report DROP COLUMN partner_id, DROP COLUMN sensor_id');
    await runner.query('DROP TABLE incident_access');
  }
}
