import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Authority, enforced. `incident_authority` is the read model of the authority the incident's
 * response team has over the constituency (teams' ResponseTeamFormedV2). A task says whether
 * it acts on the constituency or only recommends, keeps the authority it was created under,
 * and, when that authority does not let the team act directly, the clearance it waits for:
 * the constituency contact's consent (SHARED) or its management's action (INDIRECT), with who
 * gave it, when, and who recorded it.
 */
export class TaskAuthority1732400050001 implements MigrationInterface {
  name = 'TaskAuthority1732400050001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE incident_authority (
        incident_id uuid PRIMARY KEY,
        team_id uuid NOT NULL,
        authority text NOT NULL CHECK (authority IN ('FULL','SHARED','NONE','INDIRECT')),
        since timestamptz NOT NULL
      )`);
    await runner.query(`
      ALTER TABLE incident_task
        ADD COLUMN purpose text NOT NULL DEFAULT 'ACTION' CHECK (purpose IN ('ACTION','RECOMMENDATION')),
        ADD COLUMN authority text CHECK (authority IN ('FULL','SHARED','NONE','INDIRECT')),
        ADD COLUMN clearance text CHECK (clearance IN ('AWAITING_CONSENT','CONSENTED','RAISED','ACTED')),
        ADD COLUMN clearance_since timestamptz,
        ADD COLUMN raised_with text,
        ADD COLUMN cleared_by text,
        ADD COLUMN cleared_at timestamptz,
        ADD COLUMN clearance_note text,
        ADD COLUMN clearance_recorded_by text,
        ADD CONSTRAINT incident_task_clearance_since CHECK ((clearance IS NULL) = (clearance_since IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE incident_task
        DROP CONSTRAINT incident_task_clearance_since,
        DROP COLUMN purpose, DROP COLUMN authority, DROP COLUMN clearance, DROP COLUMN clearance_since,
        DROP COLUMN raised_with, DROP COLUMN cleared_by, DROP COLUMN cleared_at, DROP COLUMN clearance_note,
        DROP COLUMN clearance_recorded_by`);
    await runner.query(`DROP TABLE incident_authority`);
  }
}
