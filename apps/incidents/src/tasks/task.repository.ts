import type { EntityManager } from 'typeorm';
import { Task } from './task.entity';

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
      `SELECT id FROM incident_task WHERE incident_id = $1 AND kind = 'CONTAINMENT' AND status IN ('OPEN','IN_PROGRESS') ORDER BY created_at`,
      [incidentId],
    );
    return rows.map((row) => row.id);
  }
}
