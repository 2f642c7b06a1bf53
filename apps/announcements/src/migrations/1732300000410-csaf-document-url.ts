import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each released document was published (its URL in the provider directory, as the
 * partner message said), so `Advisory.csaf` answers with the same URL the partners got.
 * Nullable: rows written before delivery recorded it have none.
 */
export class CsafDocumentUrl1732300000410 implements MigrationInterface {
  name = 'CsafDocumentUrl1732300000410';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE csaf_document ADD COLUMN url text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE csaf_document DROP COLUMN url`);
  }
}
