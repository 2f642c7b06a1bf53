import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Feedback1732400070001 implements MigrationInterface {
  name = 'Feedback1732400070001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE question (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('QUESTION', 'FEEDBACK')),
        subject text NOT NULL,
        body text NOT NULL,
        constituency_id text,
        -- Never RED: a question must be readable by the analysts who answer it.
        tlp text NOT NULL CHECK (tlp IN ('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT')),
        asked_at timestamptz NOT NULL,
        asked_by text NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED')),
        due_at timestamptz NOT NULL,
        answer_body text,
        answered_by text,
        answered_at timestamptz,
        time_to_answer_seconds integer,
        closed_at timestamptz,
        closed_by text,
        faq_proposed_at timestamptz,
        faq_proposed_by text,
        CHECK ((answer_body IS NULL) = (answered_at IS NULL))
      )`);
    // The answer queue (oldest first, by status) and keyset pages in both directions.
    await runner.query(`CREATE INDEX question_status_asked ON question (status, asked_at, id)`);
    await runner.query(`CREATE INDEX question_asked ON question (asked_at, id)`);
    // The asker's own list (myQuestions).
    await runner.query(`CREATE INDEX question_asker ON question (asked_by, asked_at DESC, id DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE question');
  }
}
