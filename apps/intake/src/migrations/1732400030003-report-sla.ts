import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service levels of reports: the constituency read model (targets from the teams
 * directory), each report's triage clock (its timer lives in durable_timer), and the
 * clock's pauses with their reasons. The indexes serve `reports(filter: { breached,
 * dueBefore })`.
 */
export class ReportSla1732400030003 implements MigrationInterface {
  name = 'ReportSla1732400030003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE constituency (
        id text PRIMARY KEY,
        name text NOT NULL,
        triage_minutes integer NOT NULL,
        acknowledge_minutes integer NOT NULL,
        contain_minutes integer NOT NULL,
        recover_minutes integer NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE report_sla (
        report_id uuid NOT NULL REFERENCES report (id),
        clock text NOT NULL,
        constituency_id text NOT NULL,
        target_minutes integer NOT NULL,
        due_at timestamptz NOT NULL,
        met_at timestamptz,
        breached_at timestamptz,
        paused_at timestamptz,
        PRIMARY KEY (report_id, clock)
      )`);
    await runner.query(`CREATE INDEX report_sla_breached ON report_sla (report_id) WHERE breached_at IS NOT NULL`);
    await runner.query(`
      CREATE INDEX report_sla_running_due ON report_sla (due_at)
      WHERE met_at IS NULL AND breached_at IS NULL AND paused_at IS NULL`);
    await runner.query(`
      CREATE TABLE report_sla_pause (
        id bigserial PRIMARY KEY,
        report_id uuid NOT NULL,
        clock text NOT NULL,
        reason text NOT NULL,
        paused_by text NOT NULL,
        paused_at timestamptz NOT NULL,
        resumed_by text,
        resumed_at timestamptz,
        FOREIGN KEY (report_id, clock) REFERENCES report_sla (report_id, clock)
      )`);
    await runner.query(`CREATE INDEX report_sla_pause_report ON report_sla_pause (report_id, paused_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE report_sla_pause`);
    await runner.query(`DROP TABLE report_sla`);
    await runner.query(`DROP TABLE constituency`);
  }
}
