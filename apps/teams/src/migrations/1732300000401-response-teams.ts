import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The incidents read model and response-team proposals. */
export class ResponseTeams1732300000401 implements MigrationInterface {
  name = 'ResponseTeams1732300000401';

  async up(runner: QueryRunner): Promise<void> {
    // What this service needs to know of an incident, kept from the incidents service's events.
    await runner.query(`
      CREATE TABLE incident_ref (
        id uuid PRIMARY KEY,
        reference text NOT NULL,
        region text,
        constituency_id text,
        tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        severity smallint NOT NULL CHECK (severity BETWEEN 1 AND 4),
        opened_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE response_team_proposal (
        id uuid PRIMARY KEY,
        incident_id uuid NOT NULL UNIQUE REFERENCES incident_ref (id),
        status text NOT NULL CHECK (status IN ('PROPOSED','CONFIRMED')),
        region text,
        lead_person_id uuid REFERENCES person (id),
        candidates jsonb NOT NULL,
        source_event_id uuid NOT NULL UNIQUE,
        proposed_at timestamptz NOT NULL,
        team_id uuid REFERENCES team (id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE response_team_proposal');
    await runner.query('DROP TABLE incident_ref');
  }
}
