import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the outbox carry messages for readers outside the platform (partner CSIRTs): a row
 * holds either an internal event envelope or a raw value with its own headers, which the
 * relay sends as they are, with no envelope and no internal header (`enqueueRawMessage`).
 */
export class MessagingRawMessages1732300000010 implements MigrationInterface {
  name = 'MessagingRawMessages1732300000010';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE messaging_outbox ALTER COLUMN envelope DROP NOT NULL`);
    await runner.query(`ALTER TABLE messaging_outbox ADD COLUMN raw_value text`);
    await runner.query(`ALTER TABLE messaging_outbox ADD COLUMN raw_headers jsonb`);
    await runner.query(`
      ALTER TABLE messaging_outbox ADD CONSTRAINT messaging_outbox_one_payload CHECK (
        (envelope IS NOT NULL AND raw_value IS NULL AND raw_headers IS NULL)
        OR (envelope IS NULL AND raw_value IS NOT NULL AND raw_headers IS NOT NULL)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM messaging_outbox WHERE envelope IS NULL`);
    await runner.query(`ALTER TABLE messaging_outbox DROP CONSTRAINT messaging_outbox_one_payload`);
    await runner.query(`ALTER TABLE messaging_outbox DROP COLUMN raw_headers`);
    await runner.query(`ALTER TABLE messaging_outbox DROP COLUMN raw_value`);
    await runner.query(`ALTER TABLE messaging_outbox ALTER COLUMN envelope SET NOT NULL`);
  }
}
