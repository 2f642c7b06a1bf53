import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The incidents service's word on who may read each incident (IncidentAccessChangedV1): the
 * named readers of a TLP:RED incident, and the version of that word, so an older event
 * arriving late never replaces a newer one.
 */
export class IncidentReaders1732300000402 implements MigrationInterface {
  name = 'IncidentReaders1732300000402';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE incident_ref ADD COLUMN readers text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`ALTER TABLE incident_ref ADD COLUMN access_version integer NOT NULL DEFAULT 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE incident_ref DROP COLUMN access_version`);
    await runner.query(`ALTER TABLE incident_ref DROP COLUMN readers`);
  }
}
