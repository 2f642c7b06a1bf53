import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Advisories1732300000100 implements MigrationInterface {
  name = 'Advisories1732300000100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SEQUENCE advisory_reference_seq`);
    await runner.query(`
      CREATE TABLE advisory (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('THREAT_ADVISORY','VULNERABILITY_ADVISORY','INCIDENT_NOTIFICATION','TECHNOLOGY_WATCH','EDUCATION')),
        status text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','WITHDRAWN')),
        title text NOT NULL,
        summary text NOT NULL,
        severity smallint NOT NULL CHECK (severity BETWEEN 1 AND 4),
        tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        incident_id uuid,
        source_event_id uuid UNIQUE,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        published_at timestamptz,
        published_by text,
        withdrawn_reason text
      )`);
    // The list is read newest first, by keyset; incident lookups batch by incident id.
    await runner.query(`CREATE INDEX advisory_list ON advisory (created_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX advisory_incident ON advisory (incident_id) WHERE incident_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE advisory');
    await runner.query('DROP SEQUENCE advisory_reference_seq');
  }
}
