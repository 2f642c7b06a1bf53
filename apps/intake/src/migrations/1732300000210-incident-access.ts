import { createIncidentAccessTable } from '@csirt/service';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IncidentAccess1732300000210 implements MigrationInterface {
  name = 'IncidentAccess1732300000210';

  async up(runner: QueryRunner): Promise<void> {
    // Who may read each incident, as the incidents service last said (IncidentAccessChangedV1).
    // Report.incident shows an incident id only to those readers; no row means hidden.
    await createIncidentAccessTable(runner);
    // Channels bound to credentials: the partner (claim partner_id) that submitted on the
    // PARTNER_CSIRT channel, the sensor (claim sensor_id) that submitted on the SENSOR channel.
    await runner.query(`ALTER TABLE report ADD COLUMN partner_id text, ADD COLUMN sensor_id text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE report DROP COLUMN partner_id, DROP COLUMN sensor_id');
    await runner.query('DROP TABLE incident_access');
  }
}
