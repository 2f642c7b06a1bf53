import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authoring for issue 9: the full advisory (body, audience, CVEs, products, remediations,
 * references, credits, a customer notice), several related incidents, the review workflow
 * with its approvals, the release history, and the people read model approvers come from.
 * THREAT_ADVISORY becomes THREAT_ALERT, the platform's one word for it.
 */
export class AdvisoryAuthoring1732300000300 implements MigrationInterface {
  name = 'AdvisoryAuthoring1732300000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE advisory DROP CONSTRAINT IF EXISTS advisory_kind_check`);
    await runner.query(`UPDATE advisory SET kind = 'THREAT_ALERT' WHERE kind = 'THREAT_ADVISORY'`);
    await runner.query(
      `ALTER TABLE advisory ADD CONSTRAINT advisory_kind_check
         CHECK (kind IN ('THREAT_ALERT','VULNERABILITY_ADVISORY','INCIDENT_NOTIFICATION','TECHNOLOGY_WATCH','EDUCATION'))`,
    );
    await runner.query(`ALTER TABLE advisory DROP CONSTRAINT IF EXISTS advisory_status_check`);
    await runner.query(
      `ALTER TABLE advisory ADD CONSTRAINT advisory_status_check
         CHECK (status IN ('DRAFT','IN_REVIEW','APPROVED','PUBLISHED','REVISED','WITHDRAWN'))`,
    );
    await runner.query(`
      ALTER TABLE advisory
        ADD COLUMN body text NOT NULL DEFAULT '',
        ADD COLUMN legally_sensitive boolean NOT NULL DEFAULT false,
        ADD COLUMN audience_community boolean NOT NULL DEFAULT false,
        ADD COLUMN audience_partner_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN audience_constituency_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN cve_ids text[] NOT NULL DEFAULT '{}',
        ADD COLUMN affected_products jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN remediations jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN "references" jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN credits jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN customer_notice jsonb,
        ADD COLUMN content_version integer NOT NULL DEFAULT 1 CHECK (content_version > 0),
        ADD COLUMN author_subjects text[] NOT NULL DEFAULT '{}',
        ADD COLUMN readers text[] NOT NULL DEFAULT '{}',
        ADD COLUMN released_revision integer CHECK (released_revision > 0),
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN withdrawn_at timestamptz,
        ADD COLUMN withdrawn_by text`);
    // Existing rows: their creator wrote them; a published or withdrawn one was released once.
    await runner.query(`UPDATE advisory SET author_subjects = ARRAY[created_by], body = summary`);
    await runner.query(`UPDATE advisory SET released_revision = 1 WHERE status IN ('PUBLISHED','WITHDRAWN')`);

    // An advisory may concern several incidents; the single column becomes a link table
    // (whose name the column's old index held).
    await runner.query(`DROP INDEX IF EXISTS advisory_incident`);
    await runner.query(`
      CREATE TABLE advisory_incident (
        advisory_id uuid NOT NULL REFERENCES advisory(id) ON DELETE CASCADE,
        incident_id uuid NOT NULL,
        PRIMARY KEY (advisory_id, incident_id)
      )`);
    await runner.query(`CREATE INDEX advisory_incident_by_incident ON advisory_incident (incident_id)`);
    await runner.query(`INSERT INTO advisory_incident (advisory_id, incident_id) SELECT id, incident_id FROM advisory WHERE incident_id IS NOT NULL`);
    await runner.query(`ALTER TABLE advisory DROP COLUMN incident_id`);

    // Every release to the outside (publication, revision, withdrawal), numbered 1, 2, 3…
    await runner.query(`
      CREATE TABLE advisory_revision (
        advisory_id uuid NOT NULL REFERENCES advisory(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        action text NOT NULL CHECK (action IN ('PUBLISHED','REVISED','WITHDRAWN')),
        summary text NOT NULL,
        released_at timestamptz NOT NULL,
        released_by text NOT NULL,
        content_version integer NOT NULL,
        -- The content as released, so a withdrawal repeats what went out, not a later draft.
        -- Null for releases made before this migration (their content could not change since).
        content jsonb,
        PRIMARY KEY (advisory_id, number)
      )`);
    await runner.query(`
      INSERT INTO advisory_revision (advisory_id, number, action, summary, released_at, released_by, content_version)
      SELECT id, 1, 'PUBLISHED', 'Initial release', published_at, coalesce(published_by, created_by), 1
        FROM advisory WHERE released_revision = 1 AND published_at IS NOT NULL`);

    // Approvals of one content version. Voided ones (the content changed after them) stay.
    await runner.query(`
      CREATE TABLE advisory_approval (
        id uuid PRIMARY KEY,
        advisory_id uuid NOT NULL REFERENCES advisory(id) ON DELETE CASCADE,
        content_version integer NOT NULL,
        revision integer NOT NULL CHECK (revision > 0),
        role text NOT NULL CHECK (role IN ('PR_OFFICER','LEGAL_COUNSEL')),
        person_id uuid NOT NULL,
        person_name text NOT NULL,
        subject text NOT NULL,
        comment text,
        approved_at timestamptz NOT NULL,
        voided_at timestamptz,
        voided_reason text
      )`);
    await runner.query(`CREATE INDEX advisory_approval_by_advisory ON advisory_approval (advisory_id, approved_at)`);
    // One standing approval per role and per person for a content version.
    await runner.query(
      `CREATE UNIQUE INDEX advisory_approval_role_once ON advisory_approval (advisory_id, content_version, role) WHERE voided_at IS NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX advisory_approval_person_once ON advisory_approval (advisory_id, content_version, person_id) WHERE voided_at IS NULL`,
    );

    // People as the teams service last described them (PersonChangedV1): who may approve.
    await runner.query(`
      CREATE TABLE person (
        person_id uuid PRIMARY KEY,
        name text NOT NULL,
        roles text[] NOT NULL,
        active boolean NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE person');
    await runner.query('DROP TABLE advisory_approval');
    await runner.query('DROP TABLE advisory_revision');
    await runner.query(`ALTER TABLE advisory ADD COLUMN incident_id uuid`);
    await runner.query(
      `UPDATE advisory a SET incident_id = (SELECT min(incident_id::text)::uuid FROM advisory_incident l WHERE l.advisory_id = a.id)`,
    );
    await runner.query(`CREATE INDEX advisory_incident ON advisory (incident_id) WHERE incident_id IS NOT NULL`);
    await runner.query('DROP TABLE advisory_incident');
    await runner.query(`
      ALTER TABLE advisory
        DROP COLUMN body, DROP COLUMN legally_sensitive, DROP COLUMN audience_community,
        DROP COLUMN audience_partner_ids, DROP COLUMN audience_constituency_ids, DROP COLUMN cve_ids,
        DROP COLUMN affected_products, DROP COLUMN remediations, DROP COLUMN "references", DROP COLUMN credits,
        DROP COLUMN customer_notice, DROP COLUMN content_version, DROP COLUMN author_subjects, DROP COLUMN readers,
        DROP COLUMN released_revision, DROP COLUMN updated_at, DROP COLUMN withdrawn_at, DROP COLUMN withdrawn_by`);
    await runner.query(`UPDATE advisory SET status = 'DRAFT' WHERE status IN ('IN_REVIEW','APPROVED')`);
    await runner.query(`UPDATE advisory SET status = 'PUBLISHED' WHERE status = 'REVISED'`);
    await runner.query(`ALTER TABLE advisory DROP CONSTRAINT advisory_status_check`);
    await runner.query(`ALTER TABLE advisory ADD CONSTRAINT advisory_status_check CHECK (status IN ('DRAFT','PUBLISHED','WITHDRAWN'))`);
    await runner.query(`ALTER TABLE advisory DROP CONSTRAINT advisory_kind_check`);
    await runner.query(`UPDATE advisory SET kind = 'THREAT_ADVISORY' WHERE kind = 'THREAT_ALERT'`);
    await runner.query(
      `ALTER TABLE advisory ADD CONSTRAINT advisory_kind_check
         CHECK (kind IN ('THREAT_ADVISORY','VULNERABILITY_ADVISORY','INCIDENT_NOTIFICATION','TECHNOLOGY_WATCH','EDUCATION'))`,
    );
  }
}
