import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Serves `incidents(filter: { assigneeId })`: the incidents with a task assigned to a person.
 * Partial, since most tasks start unassigned; incident_id included so the EXISTS probe is
 * answered from the index.
 */
export class IncidentTaskAssigneeIndex1732400080001 implements MigrationInterface {
  name = 'IncidentTaskAssigneeIndex1732400080001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX incident_task_assignee ON incident_task (assignee_id, incident_id) WHERE assignee_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX incident_task_assignee`);
  }
}
