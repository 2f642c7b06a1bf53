import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The constituency read model (`teams.constituency.changed`): which constituencies an
 * advisory may be addressed to, and the geography each covers. `changed_at` is the teams
 * service's clock for that constituency: a late or replayed event never overwrites a newer one.
 */
export class Constituencies1732400010002 implements MigrationInterface {
  name = 'Constituencies1732400010002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE constituency (
        constituency_id uuid PRIMARY KEY,
        name text NOT NULL,
        geography text[] NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE constituency`);
  }
}
