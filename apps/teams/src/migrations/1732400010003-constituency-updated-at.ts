import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Constituencies can change (updateConstituency): `updated_at` is the `changedAt` of every
 * ConstituencyChangedV1, by which read models keep only the newest description.
 */
export class ConstituencyUpdatedAt1732400010003 implements MigrationInterface {
  name = 'ConstituencyUpdatedAt1732400010003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE constituency ADD COLUMN updated_at timestamptz`);
    await runner.query(`UPDATE constituency SET updated_at = created_at`);
    await runner.query(`ALTER TABLE constituency ALTER COLUMN updated_at SET NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE constituency DROP COLUMN updated_at`);
  }
}
