import { AdvisoryWorkflowChangedV1, TOPIC_TLP_CEILING, TOPICS, tlpRank } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { IsNull, type EntityManager } from 'typeorm';
import { Advisory, AdvisoryApproval, AdvisoryIncident, type ApprovalRole } from './advisory.entity';

/**
 * What every workflow step writes, in one place: the advisory row and the internal
 * workflow event, in the caller's transaction. The event is for the platform's own
 * services (no partner reads `csirt.announcements.advisories`); a label above the topic's
 * ceiling is not written there at all, since TLP holds on every topic.
 */
export async function recordStep(
  manager: EntityManager,
  outbox: Outbox,
  advisory: Advisory,
  step: { action: (typeof AdvisoryWorkflowChangedV1)['schema']['_output']['action']; by: string; revision?: number | null; traceparent?: string },
): Promise<Advisory> {
  const saved = await manager.save(advisory);
  if (tlpRank(saved.tlp) > tlpRank(TOPIC_TLP_CEILING[TOPICS.announcements])) return saved;
  await outbox.enqueue(manager, {
    contract: AdvisoryWorkflowChangedV1,
    subject: saved.id,
    tlp: saved.tlp,
    traceparent: step.traceparent,
    data: {
      advisoryId: saved.id,
      reference: saved.reference,
      action: step.action,
      status: saved.status,
      kind: saved.kind,
      title: saved.title,
      severity: saved.severity as 1 | 2 | 3 | 4,
      tlp: saved.tlp,
      contentVersion: saved.contentVersion,
      revision: step.revision ?? null,
      by: step.by,
      at: new Date().toISOString(),
    },
  });
  return saved;
}

/** The incidents each advisory concerns, in one statement. */
export async function incidentIdsOf(manager: EntityManager, advisoryIds: readonly string[]): Promise<Map<string, string[]>> {
  const byAdvisory = new Map<string, string[]>(advisoryIds.map((id) => [id, []]));
  if (advisoryIds.length === 0) return byAdvisory;
  const rows: { advisory_id: string; incident_id: string }[] = await manager.query(
    `SELECT advisory_id, incident_id FROM advisory_incident WHERE advisory_id = ANY($1::uuid[]) ORDER BY incident_id`,
    [advisoryIds],
  );
  for (const row of rows) byAdvisory.get(row.advisory_id)?.push(row.incident_id);
  return byAdvisory;
}

export async function setIncidentLinks(manager: EntityManager, advisoryId: string, incidentIds: readonly string[]): Promise<void> {
  await manager.delete(AdvisoryIncident, { advisoryId });
  if (incidentIds.length > 0) await manager.insert(AdvisoryIncident, incidentIds.map((incidentId) => ({ advisoryId, incidentId })));
}

/** Approvals of the advisory's current content that still stand. */
export function standingApprovals(manager: EntityManager, advisory: Pick<Advisory, 'id' | 'contentVersion'>): Promise<AdvisoryApproval[]> {
  return manager.find(AdvisoryApproval, { where: { advisoryId: advisory.id, contentVersion: advisory.contentVersion, voidedAt: IsNull() } });
}

export const standingRoles = (approvals: readonly AdvisoryApproval[]): ApprovalRole[] => approvals.map((approval) => approval.role);

/** Voids every standing approval: the content they approved is no longer the content. They stay on record. */
export async function voidApprovals(manager: EntityManager, advisoryId: string, reason: string, at: Date): Promise<void> {
  await manager.update(AdvisoryApproval, { advisoryId, voidedAt: IsNull() }, { voidedAt: at, voidedReason: reason });
}
