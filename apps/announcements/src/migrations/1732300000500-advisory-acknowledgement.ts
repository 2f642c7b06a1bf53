import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read receipts: which partner CSIRT acknowledged which advisory, since when, and the
 * newest release (revision) it has acknowledged. One row per advisory and partner; the
 * first acknowledgement's time is never overwritten.
 */
export class AdvisoryAcknowledgement1732300000500 implements MigrationInterface {
  name = 'AdvisoryAcknowledgement1732300000500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE advisory_acknowledgement (
        advisory_id uuid NOT NULL,
        -- Teams' partner id (partner_agreement.partner_id): a partner's code may be renamed, its id not.
        partner_id uuid NOT NULL,
        first_acknowledged_at timestamptz NOT NULL,
        -- The newest revision acknowledged (the CSAF /document/tracking/version), and when.
        revision integer NOT NULL CHECK (revision > 0),
        revision_acknowledged_at timestamptz NOT NULL,
        -- Token subject of the partner's last acknowledgement, for accountability.
        acknowledged_by text NOT NULL,
        PRIMARY KEY (advisory_id, partner_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE advisory_acknowledgement');
  }
}
