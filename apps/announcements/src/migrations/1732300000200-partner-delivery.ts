import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What delivery to partner CSIRTs needs: the partners' agreements as this service knows
 * them (a read model of the teams service's partner events), and every CSAF document
 * released, exactly as signed, which the provider directory serves and acknowledgements
 * refer to.
 */
export class PartnerDelivery1732300000200 implements MigrationInterface {
  name = 'PartnerDelivery1732300000200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE partner_agreement (
        partner_id uuid PRIMARY KEY,
        -- The partner's id outside the platform: Kafka principal partner-<code>, topics
        -- csirt.partner.<code>.*, the partner_id claim of its tokens.
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        active boolean NOT NULL,
        tlp_ceiling text NOT NULL CHECK (tlp_ceiling IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        permitted_actions text[] NOT NULL,
        disclosure text NOT NULL CHECK (disclosure IN ('MAY_DISCLOSE','AFTER_EMBARGO','WITH_SOURCE_CONSENT','MUST_NOT_DISCLOSE')),
        embargo_days integer,
        attribution text NOT NULL CHECK (attribution IN ('MUST','MAY','MUST_NOT')),
        agreement_version integer NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE csaf_document (
        advisory_id uuid NOT NULL,
        -- 1 for the first publication, one more for each revision and the withdrawal.
        revision integer NOT NULL CHECK (revision > 0),
        tracking_id text NOT NULL,
        action text NOT NULL CHECK (action IN ('PUBLISHED','REVISED','WITHDRAWN')),
        tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
        file_name text NOT NULL,
        year_folder text NOT NULL,
        -- The exact UTF-8 bytes that were signed and hashed.
        document text NOT NULL,
        signature text NOT NULL,
        signing_key_fingerprint text NOT NULL,
        sha256 text NOT NULL,
        sha512 text NOT NULL,
        -- Partner codes it was addressed to (TLP:AMBER and above); empty: the community of its label.
        recipients text[] NOT NULL DEFAULT '{}',
        released_at timestamptz NOT NULL,
        PRIMARY KEY (advisory_id, revision)
      )`);
    // The directory lists the latest release of each document per label, newest first.
    await runner.query(`CREATE INDEX csaf_document_by_label ON csaf_document (tlp, released_at DESC)`);
    await runner.query(`CREATE INDEX csaf_document_by_tracking_id ON csaf_document (tracking_id, revision DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE csaf_document');
    await runner.query('DROP TABLE partner_agreement');
  }
}
