import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable timers of a service (see timers.ts). Every service that uses them lists this
 * migration, as it lists the messaging ones. One live timer per (kind, subject): scheduling
 * again replaces it. A paused timer keeps the time it had left instead of a due time.
 */
export class DurableTimers1732400030001 implements MigrationInterface {
  name = 'DurableTimers1732400030001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE durable_timer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        subject_id text NOT NULL,
        due_at timestamptz,
        remaining_ms bigint,
        fired_at timestamptz,
        cancelled_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        failed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT durable_timer_one_per_subject UNIQUE (kind, subject_id),
        CONSTRAINT durable_timer_due_or_paused CHECK ((due_at IS NULL) <> (remaining_ms IS NULL))
      )`);
    // The poller's only question: which live timers are due?
    await runner.query(`
      CREATE INDEX durable_timer_due ON durable_timer (due_at)
      WHERE fired_at IS NULL AND cancelled_at IS NULL AND failed_at IS NULL AND due_at IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE durable_timer`);
  }
}
