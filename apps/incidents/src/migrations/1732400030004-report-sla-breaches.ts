import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports whose service-level clock breached in intake (`intake.report.sla-breached`):
 * a triage breach happens before any incident exists, so it is kept here and written on
 * the timeline of the incident the report becomes part of.
 */
export class ReportSlaBreaches1732400030004 implements MigrationInterface {
  name = 'ReportSlaBreaches1732400030004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE report_sla_breach (
        report_id uuid NOT NULL,
        clock text NOT NULL,
        reference text NOT NULL,
        due_at timestamptz NOT NULL,
        breached_at timestamptz NOT NULL,
        noted_on uuid,
        PRIMARY KEY (report_id, clock)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE report_sla_breach`);
  }
}
