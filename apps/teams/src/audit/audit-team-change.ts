import { recordAudit } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import type { TeamsContext } from '../context';
import { IncidentRecord } from '../incidents/incident-ref.entity';
import type { Team } from '../teams/team.entity';

/**
 * Wraps a response-team use case so that its audit entry (TEAM_CHANGED, labelled as the
 * team's incident) is written in the same transaction as the change.
 */
export function auditTeamChange(
  ctx: TeamsContext,
  reason: 'formed' | 'member-added' | 'member-released',
  work: (manager: EntityManager) => Promise<Team>,
): (manager: EntityManager) => Promise<Team> {
  return async (manager) => {
    const team = await work(manager);
    const incident = team.incidentId ? await manager.findOne(IncidentRecord, { where: { id: team.incidentId } }) : null;
    await recordAudit(manager, ctx.deps.outbox, ctx, {
      action: 'TEAM_CHANGED',
      entityType: 'Team',
      entityId: team.id,
      // Unknown (the incident not on record) makes the entry RED: see entryLabel.
      entityTlp: incident?.tlp ?? null,
      reason,
    });
    return team;
  };
}
