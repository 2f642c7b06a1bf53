import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications addressed to one person (a report's submitter), apart from advisories, which
 * go to communities, partners and constituencies through review and approval. The unique
 * key stops a second notification of the same closure whatever the path it came by.
 */
export class ReporterNotifications1732400060003 implements MigrationInterface {
  name = 'ReporterNotifications1732400060003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE reporter_notification (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        recipient_subject text NOT NULL,
        report_id uuid NOT NULL,
        report_reference text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        notification_key text NOT NULL UNIQUE,
        source_event_id uuid NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    // myNotifications: one recipient's, newest first.
    await runner.query(`CREATE INDEX reporter_notification_recipient ON reporter_notification (recipient_subject, created_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE reporter_notification`);
  }
}
