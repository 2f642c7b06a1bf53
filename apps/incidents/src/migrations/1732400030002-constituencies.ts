import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of constituencies (owned by the teams service, from
 * `teams.constituency.changed`): whom an incident's constituency is served by and its
 * service-level targets, in minutes from the report.
 */
export class Constituencies1732400030002 implements MigrationInterface {
  name = 'Constituencies1732400030002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE constituency (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        team_id uuid,
        triage_minutes integer NOT NULL,
        acknowledge_minutes integer NOT NULL,
        contain_minutes integer NOT NULL,
        recover_minutes integer NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE constituency`);
  }
}
