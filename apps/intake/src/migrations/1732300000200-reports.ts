import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1732300000200 implements MigrationInterface {
  name = 'Reports1732300000200';

  async up(runner: QueryRunner): Promise<void> {
    // Trigram similarity for related-report matching on titles. pg_trgm is a trusted
    // extension (PostgreSQL 13+), so the database owner may create it.
    await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await runner.query(`CREATE SEQUENCE report_reference_seq`);
    await runner.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        channel text NOT NULL CHECK (channel IN ('WEB_FORM','EMAIL','PHONE','PARTNER_CSIRT','SENSOR','INTERNAL')),
        status text NOT NULL CHECK (status IN ('NEW','TRIAGED','ESCALATED','REJECTED','MERGED')),
        reporter_name text NOT NULL,
        reporter_email text,
        reporter_organisation text,
        constituency_id text,
        received_at timestamptz NOT NULL,
        occurred_at timestamptz,
        title text NOT NULL,
        description text NOT NULL,
        affected_assets jsonb NOT NULL DEFAULT '[]',
        observables jsonb NOT NULL DEFAULT '[]',
        cia_confidentiality boolean NOT NULL,
        cia_integrity boolean NOT NULL,
        cia_availability boolean NOT NULL,
        tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        rsit_class text,
        rsit_type text,
        severity smallint CHECK (severity BETWEEN 1 AND 4),
        priority text CHECK (priority IN ('P1','P2','P3','P4')),
        suggestion jsonb NOT NULL,
        submitted_by text NOT NULL,
        recipients text[] NOT NULL DEFAULT '{}',
        idempotency_key text,
        triaged_at timestamptz,
        triaged_by text,
        time_to_triage_seconds integer CHECK (time_to_triage_seconds >= 0),
        merged_into_id uuid REFERENCES report (id),
        escalated_to_incident_id uuid,
        incident_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || description)) STORED,
        CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
        CHECK (merged_into_id IS NULL OR merged_into_id <> id)
      )`);
    // The list is read newest received first, by keyset on (received_at, id); each filter
    // has an index that serves both the filter and that order.
    await runner.query(`CREATE INDEX report_list ON report (received_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX report_by_status ON report (status, received_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX report_by_channel ON report (channel, received_at DESC, id DESC)`);
    await runner.query(
      `CREATE INDEX report_by_constituency ON report (constituency_id, received_at DESC, id DESC) WHERE constituency_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE INDEX report_by_classification ON report (rsit_class, rsit_type, received_at DESC, id DESC) WHERE rsit_class IS NOT NULL`,
    );
    await runner.query(
      `CREATE INDEX report_by_type ON report (rsit_type, received_at DESC, id DESC) WHERE rsit_type IS NOT NULL`,
    );
    await runner.query(
      `CREATE INDEX report_by_submitter ON report (submitted_by, received_at DESC, id DESC)`,
    );
    await runner.query(`CREATE INDEX report_search ON report USING gin (search)`);
    await runner.query(`CREATE INDEX report_incident ON report (incident_id) WHERE incident_id IS NOT NULL`);
    // Similar-title matching only ever looks at open reports; the partial index stays small.
    // GiST rather than GIN: it serves `ORDER BY title <-> $1 LIMIT k` (nearest first), so the
    // cost stays bounded when thousands of open titles share common words; a GIN `%` search
    // has to recheck every one of them.
    await runner.query(
      `CREATE INDEX report_open_title_trgm ON report USING gist (title gist_trgm_ops) WHERE status IN ('NEW','TRIAGED')`,
    );
    // A retried submission finds its first report; keys are per submitter, so one client
    // can never obtain another's report by guessing its key.
    await runner.query(
      `CREATE UNIQUE INDEX report_idempotency ON report (submitted_by, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );

    // One row per normalised observable of a report, for matching. "open" mirrors the
    // report's status (NEW/TRIAGED), so the matching index holds only what can match, and a
    // value seen in a million closed reports costs nothing.
    await runner.query(`
      CREATE TABLE report_observable (
        report_id uuid NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        type text NOT NULL,
        value text NOT NULL,
        open boolean NOT NULL,
        PRIMARY KEY (report_id, type, value)
      )`);
    await runner.query(
      `CREATE INDEX report_observable_match ON report_observable (type, value, report_id) WHERE open`,
    );
    await runner.query(`CREATE INDEX report_observable_value ON report_observable (type, value)`);

    await runner.query(`
      CREATE TABLE report_relation (
        report_id uuid NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        related_report_id uuid NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        shared_observables jsonb NOT NULL DEFAULT '[]',
        title_similarity real,
        detected_at timestamptz NOT NULL,
        PRIMARY KEY (report_id, related_report_id),
        CHECK (report_id <> related_report_id)
      )`);

    await runner.query(`
      CREATE TABLE report_decision (
        id bigserial PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES report (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('TRIAGE','ESCALATE','REJECT','MERGE')),
        from_status text NOT NULL,
        to_status text NOT NULL,
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL,
        reason text
      )`);
    await runner.query(
      `CREATE INDEX report_decision_by_report ON report_decision (report_id, decided_at, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE report_decision');
    await runner.query('DROP TABLE report_relation');
    await runner.query('DROP TABLE report_observable');
    await runner.query('DROP TABLE report');
    await runner.query('DROP SEQUENCE report_reference_seq');
  }
}
