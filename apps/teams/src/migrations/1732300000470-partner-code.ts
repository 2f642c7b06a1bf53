import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner CSIRT's `code`: its id outside the platform (Kafka principal `partner-<code>`,
 * topics `csirt.partner.<code>.*`, the `partner_id` claim of its tokens). Unique and
 * immutable: renaming it would cut the partner off its topics and credentials. Existing
 * partners get a code made from their name (lower case, dashes for anything else, a
 * number appended when two names give the same code).
 */
export class PartnerCode1732300000470 implements MigrationInterface {
  name = 'PartnerCode1732300000470';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE partner_csirt ADD COLUMN code text`);
    await runner.query(`
      WITH slugs AS (
        SELECT id, created_at,
               coalesce(nullif(left(trim(BOTH '-' FROM regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')), 55), ''), 'partner') AS slug
        FROM partner_csirt
      ), numbered AS (
        SELECT id, slug, row_number() OVER (PARTITION BY slug ORDER BY created_at, id) AS n FROM slugs
      )
      UPDATE partner_csirt p SET code = CASE WHEN n.n = 1 THEN n.slug ELSE n.slug || '-' || n.n END
      FROM numbered n WHERE n.id = p.id`);
    await runner.query(`ALTER TABLE partner_csirt ALTER COLUMN code SET NOT NULL`);
    await runner.query(`ALTER TABLE partner_csirt ADD CONSTRAINT partner_csirt_code_format CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,62}$')`);
    await runner.query(`CREATE UNIQUE INDEX partner_csirt_code ON partner_csirt (code)`);
    await runner.query(`
      CREATE FUNCTION partner_csirt_code_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.code <> OLD.code THEN
          RAISE EXCEPTION 'a partner''s code never changes (it names its Kafka principal and topics)';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`
      CREATE TRIGGER partner_csirt_code_immutable BEFORE UPDATE OF code ON partner_csirt
      FOR EACH ROW EXECUTE FUNCTION partner_csirt_code_immutable()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER partner_csirt_code_immutable ON partner_csirt`);
    await runner.query(`DROP FUNCTION partner_csirt_code_immutable()`);
    await runner.query(`ALTER TABLE partner_csirt DROP COLUMN code`);
  }
}
