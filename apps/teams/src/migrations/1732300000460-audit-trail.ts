import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: every service's `audit.entry.recorded` events, kept append-only. A
 * trigger refuses UPDATE, DELETE and TRUNCATE, so not even this service's own code (or
 * anyone holding its database credentials short of the table owner dropping the trigger)
 * can rewrite history.
 */
export class AuditTrail1732300000460 implements MigrationInterface {
  name = 'AuditTrail1732300000460';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit_entries (
        id uuid PRIMARY KEY,
        source text NOT NULL,
        actor_subject text,
        actor_person_id text,
        actor_roles text[] NOT NULL DEFAULT '{}',
        action text NOT NULL CHECK (action IN ('RED_READ','PUBLISHED','WITHDRAWN','LABEL_CHANGED','TEAM_CHANGED','DENIED')),
        entity_type text,
        entity_id text,
        tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        outcome text NOT NULL CHECK (outcome IN ('ALLOWED','DENIED')),
        reason text,
        request_id text,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await runner.query(`
      CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
    // The list is newest first by (occurred_at, id); each filter has an index that keeps that order.
    await runner.query(`CREATE INDEX audit_entries_time ON audit_entries (occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_entries_subject ON audit_entries (actor_subject, occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_entries_person ON audit_entries (actor_person_id, occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_entries_action ON audit_entries (action, outcome, occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_entries_entity ON audit_entries (entity_id, entity_type, occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_entries_request ON audit_entries (request_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE audit_entries`);
    await runner.query(`DROP FUNCTION audit_entries_append_only()`);
  }
}
