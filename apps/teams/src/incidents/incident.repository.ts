import { In, type EntityManager } from 'typeorm';
import { IncidentRecord } from './incident-ref.entity';

export class IncidentRepository {
  constructor(private readonly manager: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<Map<string, IncidentRecord>> {
    const rows = ids.length ? await this.manager.find(IncidentRecord, { where: { id: In([...ids]) } }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Locks the incident's row: every change to its response team serialises on it. */
  lock(id: string): Promise<IncidentRecord | null> {
    return this.manager.findOne(IncidentRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
