import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A decision incident management takes: an escalation it refused returns the report to TRIAGED. */
export class EscalationRefused1732300000209 implements MigrationInterface {
  name = 'EscalationRefused1732300000209';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE report_decision DROP CONSTRAINT report_decision_kind_check`);
    await runner.query(`ALTER TABLE report_decision ADD CONSTRAINT report_decision_kind_check
      CHECK (kind IN ('TRIAGE','ESCALATE','REJECT','MERGE','ESCALATION_REFUSED'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE report_decision DROP CONSTRAINT report_decision_kind_check`);
    await runner.query(`ALTER TABLE report_decision ADD CONSTRAINT report_decision_kind_check
      CHECK (kind IN ('TRIAGE','ESCALATE','REJECT','MERGE'))`);
  }
}
