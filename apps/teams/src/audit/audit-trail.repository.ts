import type { AuditAction, AuditOutcome, Tlp } from '@csirt/contracts';
import { isUuid, type Cursor } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { AuditEntryRecord } from './audit-entry.entity';

export interface AuditTrailFilter {
  /** A token subject, or a Person id. */
  actor?: string | null;
  action?: AuditAction | null;
  entityType?: string | null;
  entityId?: string | null;
  outcome?: AuditOutcome | null;
  from?: Date | null;
  to?: Date | null;
}

/** Reads of the audit trail. Nothing here writes: entries arrive only through the consumer. */
export class AuditTrailRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Entries labelled within `labels`, matching `filter`, newest first. */
  list(labels: readonly Tlp[], filter: AuditTrailFilter, after: Cursor | null, limit: number): Promise<AuditEntryRecord[]> {
    const query = this.manager
      .createQueryBuilder(AuditEntryRecord, 'a')
      .where('a.tlp IN (:...labels)', { labels })
      .orderBy('a.occurredAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit);
    if (filter.actor) {
      query.andWhere(isUuid(filter.actor) ? '(a.actorSubject = :actor OR a.actorPersonId = :actor)' : 'a.actorSubject = :actor', {
        actor: filter.actor,
      });
    }
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.outcome) query.andWhere('a.outcome = :outcome', { outcome: filter.outcome });
    if (filter.entityType) query.andWhere('a.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.from) query.andWhere('a.occurredAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.occurredAt < :to', { to: filter.to });
    if (after) query.andWhere('(a.occurredAt, a.id) < (:at, :id)', { at: after.at, id: after.id });
    return query.getMany();
  }
}
