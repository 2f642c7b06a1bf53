import { AUDIT_TOPICS, AuditEntryRecordedV1 } from '@csirt/contracts';
import { on, PoisonEventError, type HandlerRegistration } from '@csirt/messaging';
import { AuditEntryRecord } from './audit-entry.entity';

/** Every service's audit topic, this one's included: the trail is kept here. */
export const auditTopics = Object.values(AUDIT_TOPICS);
const AUDIT_SOURCES = new Set(Object.keys(AUDIT_TOPICS));

/**
 * Appends each audit entry, keyed by its event id, so a redelivery (should the inbox ever
 * let one through) adds nothing. The entry keeps the envelope's label and source.
 */
export function auditEventHandlers(): HandlerRegistration[] {
  return [
    on(AuditEntryRecordedV1, async (event, manager) => {
      if (!AUDIT_SOURCES.has(event.source)) throw new PoisonEventError(`audit entry from unknown source ${event.source}`, 'AUDIT.UNKNOWN_SOURCE');
      const entry = event.data;
      await manager
        .createQueryBuilder()
        .insert()
        .into(AuditEntryRecord)
        .values({
          id: event.id,
          source: event.source,
          actorSubject: entry.actor.subject,
          actorPersonId: entry.actor.personId,
          actorRoles: entry.actor.roles,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          tlp: event.tlp,
          outcome: entry.outcome,
          reason: entry.reason,
          requestId: entry.requestId,
          occurredAt: new Date(entry.at),
        })
        .orIgnore()
        .execute();
    }),
  ];
}
