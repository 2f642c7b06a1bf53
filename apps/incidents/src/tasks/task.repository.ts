import type { EntityManager } from 'typeorm';
import { OPEN_TASK_STATUSES, Task } from './task.entity';

export class TaskRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(id: string): Promise<Task | null> {
    return this.manager.findOne(Task, { where: { id } });
  }

  lock(id: string): Promise<Task | null> {
    return this.manager.findOne(Task, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Tasks of many incidents in one statement, oldest first (for the Incident.tasks loader). */
  async byIncidents(incidentIds: readonly string[]): Promise<Map<string, Task[]>> {
    const rows = await this.manager
      .createQueryBuilder(Task, 't')
      .where('t.incidentId IN (:...ids)', { ids: incidentIds })
      .orderBy('t.createdAt', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    const byIncident = new Map<string, Task[]>(incidentIds.map((id) => [id, []]));
    for (const row of rows) byIncident.get(row.incidentId)?.push(row);
    return byIncident;
  }

  /** Ids of an incident's containment tasks still open (the RECOVERY rule). */
  async openContainmentTaskIds(incidentId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM incident_task WHERE incident_id = $1 AND kind = 'CONTAINMENT' AND status = ANY($2::text[]) ORDER BY created_at`,
      [incidentId, OPEN_TASK_STATUSES],
    );
    return rows.map((row) => row.id);
  }

  /** Ids of an incident's tasks of any kind still open (closing cancels them or is refused). */
  async openTaskIds(incidentId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM incident_task WHERE incident_id = $1 AND status = ANY($2::text[]) ORDER BY created_at, id`,
      [incidentId, OPEN_TASK_STATUSES],
    );
    return rows.map((row) => row.id);
  }

  /** Cancels the given tasks of an incident if still open (the caller holds the incident's lock). */
  async cancel(incidentId: string, taskIds: readonly string[], at: Date): Promise<void> {
    await this.manager.query(
      `UPDATE incident_task SET status = 'CANCELLED', completed_at = $3, updated_at = $3
        WHERE incident_id = $1 AND id = ANY($2::uuid[]) AND status = ANY($4::text[])`,
      [incidentId, taskIds, at, OPEN_TASK_STATUSES],
    );
  }

  /** Moves an incident's open tasks to another incident; returns their ids. */
  async moveOpenTasks(fromIncidentId: string, toIncidentId: string, at: Date): Promise<string[]> {
    // Wrapped in a CTE: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
    const rows: { id: string }[] = await this.manager.query(
      `WITH moved AS (UPDATE incident_task SET incident_id = $2, updated_at = $3 WHERE incident_id = $1 AND status = ANY($4::text[]) RETURNING id)
       SELECT id FROM moved ORDER BY id`,
      [fromIncidentId, toIncidentId, at, OPEN_TASK_STATUSES],
    );
    return rows.map((row) => row.id);
  }
}
