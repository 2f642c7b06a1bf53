import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people read model (`teams.person.changed`): who may be assigned a task. `changed_at`
 * is the teams service's own clock for that person, so a late or replayed event never
 * overwrites a newer description (say, brings back someone who has left).
 */
export class People1732400010001 implements MigrationInterface {
  name = 'People1732400010001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE directory_person (
        person_id uuid PRIMARY KEY,
        name text NOT NULL,
        region text,
        active boolean NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE directory_person`);
  }
}
