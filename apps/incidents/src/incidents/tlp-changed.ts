import { IncidentTlpChangedV1, tlpRank, type Tlp } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { labelChanged, recordAudit, type AuditCaller } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import type { Incident } from './incident.entity';

/**
 * Announces a TLP label change (the envelope carries the stricter of the old and new label)
 * and records it in the audit trail, in the change's transaction. `caller` is the request
 * that changed it; null when the platform did (a report attached, a merge).
 */
export async function enqueueTlpChanged(
  manager: EntityManager,
  outbox: Outbox,
  incident: Incident,
  from: Tlp,
  changedBy: string,
  at: Date,
  traceparent?: string,
  reason: string | null = null,
  caller: AuditCaller | null = null,
): Promise<void> {
  await recordAudit(manager, outbox, caller, labelChanged('Incident', incident.id, from, incident.tlp));
  await outbox.enqueue(manager, {
    contract: IncidentTlpChangedV1,
    subject: incident.id,
    tlp: tlpRank(from) > tlpRank(incident.tlp) ? from : incident.tlp,
    traceparent,
    time: at,
    data: {
      incidentId: incident.id,
      reference: incident.reference,
      from,
      to: incident.tlp,
      changedBy,
      changedAt: at.toISOString(),
      reason,
    },
  });
}
