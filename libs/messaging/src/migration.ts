import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox and inbox tables. Every service lists this migration first in its own
 * migration list, so each service's database carries its own copy.
 */
export class MessagingOutboxInbox1732300000000 implements MigrationInterface {
  name = 'MessagingOutboxInbox1732300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE messaging_outbox (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay only ever reads unpublished rows in insertion order.
    await runner.query(
      `CREATE INDEX messaging_outbox_pending ON messaging_outbox (seq) WHERE published_at IS NULL`,
    );
    await runner.query(`CREATE INDEX messaging_outbox_published_at ON messaging_outbox (published_at)`);
    await runner.query(`
      CREATE TABLE messaging_inbox (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE messaging_inbox');
    await runner.query('DROP TABLE messaging_outbox');
  }
}
