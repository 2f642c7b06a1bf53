import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Incidents1732300000300 implements MigrationInterface {
  name = 'Incidents1732300000300';

  async up(runner: QueryRunner): Promise<void> {
    // Trigram indexes make the free-text filter an index scan instead of a full scan.
    await runner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await runner.query(`CREATE SEQUENCE incident_reference_seq`);
    await runner.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        title text NOT NULL,
        summary text NOT NULL,
        rsit_class text,
        rsit_type text,
        severity smallint NOT NULL CHECK (severity BETWEEN 1 AND 4),
        priority text NOT NULL,
        cia_confidentiality boolean NOT NULL,
        cia_integrity boolean NOT NULL,
        cia_availability boolean NOT NULL,
        tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        pap text NOT NULL CHECK (pap IN ('CLEAR','GREEN','AMBER','RED')),
        constituency_id text,
        region text,
        affected_assets text[] NOT NULL DEFAULT '{}',
        observables jsonb NOT NULL DEFAULT '[]',
        loss_amount numeric(16,2) CHECK (loss_amount >= 0),
        loss_currency char(3),
        complexity text CHECK (complexity IN ('LOW','MEDIUM','HIGH')),
        effort_hours numeric(10,2) NOT NULL DEFAULT 0 CHECK (effort_hours >= 0),
        status text NOT NULL CHECK (status IN ('OPEN','ANALYSIS','CONTAINMENT','ERADICATION','RECOVERY','POST_INCIDENT','CLOSED')),
        resolution text,
        lessons_learned text,
        merged_into_id uuid REFERENCES incident (id),
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        containment_at timestamptz,
        eradication_at timestamptz,
        recovery_at timestamptz,
        post_incident_at timestamptz,
        closed_at timestamptz,
        updated_at timestamptz NOT NULL,
        CHECK ((loss_amount IS NULL) = (loss_currency IS NULL))
      )`);
    // The list is read newest first by keyset on (opened_at, id); the same index serves the
    // metrics' opened range. Filters that narrow a lot get their own composite indexes.
    await runner.query(`CREATE INDEX incident_list ON incident (opened_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX incident_status_list ON incident (status, opened_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX incident_severity_list ON incident (severity, opened_at DESC, id DESC)`);
    await runner.query(
      `CREATE INDEX incident_constituency_list ON incident (constituency_id, opened_at DESC, id DESC)`,
    );
    await runner.query(`CREATE INDEX incident_tlp_list ON incident (tlp, opened_at DESC, id DESC)`);
    await runner.query(
      `CREATE INDEX incident_text ON incident USING gin ((reference || ' ' || title || ' ' || summary) gin_trgm_ops)`,
    );

    // A report belongs to one incident at most: the unique report_id makes a second
    // escalation of the same report (a redelivery under a new event id) a no-op.
    await runner.query(`
      CREATE TABLE incident_report (
        incident_id uuid NOT NULL REFERENCES incident (id),
        report_id uuid NOT NULL UNIQUE,
        attached_at timestamptz NOT NULL,
        attached_by text NOT NULL,
        source_event_id uuid NOT NULL,
        merged_from_id uuid REFERENCES incident (id),
        PRIMARY KEY (incident_id, report_id)
      )`);

    await runner.query(`
      CREATE TABLE timeline_entry (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        incident_id uuid NOT NULL REFERENCES incident (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        kind text NOT NULL,
        phase text NOT NULL,
        message text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`CREATE INDEX timeline_entry_incident ON timeline_entry (incident_id, seq)`);
    // Append-only, enforced by the database: the timeline is evidence, never edited in place.
    await runner.query(`
      CREATE FUNCTION timeline_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'timeline entries are append-only' USING ERRCODE = 'restrict_violation';
      END $$`);
    await runner.query(`
      CREATE TRIGGER timeline_entry_no_update BEFORE UPDATE OR DELETE ON timeline_entry
      FOR EACH ROW EXECUTE FUNCTION timeline_entry_append_only()`);

    await runner.query(`
      CREATE TABLE incident_task (
        id uuid PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES incident (id),
        kind text NOT NULL CHECK (kind IN ('CONTAINMENT','ERADICATION','RECOVERY')),
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        assignee_id uuid,
        due_at timestamptz,
        status text NOT NULL CHECK (status IN ('OPEN','IN_PROGRESS','DONE','CANCELLED')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    await runner.query(`CREATE INDEX incident_task_incident ON incident_task (incident_id, created_at)`);

    // One row per linked pair, stored with the smaller id first so (a,b) and (b,a) collide.
    await runner.query(`
      CREATE TABLE incident_link (
        incident_a uuid NOT NULL REFERENCES incident (id),
        incident_b uuid NOT NULL REFERENCES incident (id),
        relation text NOT NULL CHECK (relation IN ('SAME_ATTACKER','SAME_CAMPAIGN','RELATED')),
        reason text NOT NULL,
        linked_by text NOT NULL,
        linked_at timestamptz NOT NULL,
        PRIMARY KEY (incident_a, incident_b),
        CHECK (incident_a < incident_b)
      )`);
    await runner.query(`CREATE INDEX incident_link_b ON incident_link (incident_b)`);

    // Read model of the teams service's response teams: the named recipients of TLP:RED incidents.
    await runner.query(`
      CREATE TABLE response_team_member (
        incident_id uuid NOT NULL,
        person_id text NOT NULL,
        team_id uuid NOT NULL,
        role text NOT NULL,
        since timestamptz NOT NULL,
        PRIMARY KEY (incident_id, person_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE response_team_member');
    await runner.query('DROP TABLE incident_link');
    await runner.query('DROP TABLE incident_task');
    await runner.query('DROP TABLE timeline_entry');
    await runner.query('DROP FUNCTION timeline_entry_append_only()');
    await runner.query('DROP TABLE incident_report');
    await runner.query('DROP TABLE incident');
    await runner.query('DROP SEQUENCE incident_reference_seq');
  }
}
