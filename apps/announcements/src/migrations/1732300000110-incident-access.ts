import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IncidentAccess1732300000110 implements MigrationInterface {
  name = 'IncidentAccess1732300000110';

  async up(runner: QueryRunner): Promise<void> {
    // Who may read each incident, as the incidents service last said (IncidentAccessChangedV1).
    // Advisory.incident and Incident.advisories answer only those readers; no row means hidden.
    await runner.query(`
      CREATE TABLE incident_access (
        incident_id uuid PRIMARY KEY,
        tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        readers text[] NOT NULL DEFAULT '{}',
        version bigint NOT NULL CHECK (version >= 0),
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE incident_access');
  }
}
