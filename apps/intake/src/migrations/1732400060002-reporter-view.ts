import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporter's view of its report: a message per decision written for the reporter (the
 * `reason` stays internal), and, in the read model of incidents, what a reporter may learn of
 * the incident its report became part of (opened, closed, the public resolution summary).
 */
export class ReporterView1732400060002 implements MigrationInterface {
  name = 'ReporterView1732400060002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE report_decision ADD COLUMN reporter_message text`);
    await runner.query(`
      ALTER TABLE incident_phase
        ADD COLUMN opened_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN public_resolution_summary text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE incident_phase DROP COLUMN opened_at, DROP COLUMN closed_at, DROP COLUMN public_resolution_summary`);
    await runner.query(`ALTER TABLE report_decision DROP COLUMN reporter_message`);
  }
}
