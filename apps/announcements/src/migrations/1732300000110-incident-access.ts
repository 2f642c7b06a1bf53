import { createIncidentAccessTable } from '@csirt/service';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IncidentAccess1732300000110 implements MigrationInterface {
  name = 'IncidentAccess1732300000110';

  async up(runner: QueryRunner): Promise<void> {
    // Who may read each incident, as the incidents service last said (IncidentAccessChangedV1).
    // Advisory.incident and Incident.advisories answer only those readers; no row means hidden.
    await createIncidentAccessTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE incident_access');
  }
}
