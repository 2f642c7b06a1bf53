import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome of an incident as its reporters may read it, apart from the internal
 * `resolution`: carried in the closed event to intake, which tells each report's submitter.
 */
export class PublicResolutionSummary1732400060001 implements MigrationInterface {
  name = 'PublicResolutionSummary1732400060001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE incident ADD COLUMN public_resolution_summary text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE incident DROP COLUMN public_resolution_summary`);
  }
}
