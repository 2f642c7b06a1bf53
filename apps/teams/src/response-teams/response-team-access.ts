import { canRead, type Principal } from '@csirt/auth';
import type { IncidentRecord } from '../incidents/incident-ref.entity';
import { IncidentRepository } from '../incidents/incident.repository';
import type { EntityManager } from 'typeorm';
import { ResponseTeamErrors } from './response-team.errors';

/**
 * Who may see (and so change) an incident's response team: whoever may read the incident.
 * The incidents service decides that and announces it (IncidentAccessChangedV1: for TLP:RED,
 * the named recipients of its reports, the escalating analysts and the team); the team's
 * current `memberIds` count too, since this service knows them before the announcement
 * comes back. People about to be named do not: nobody forms or joins the team of an
 * incident by naming themselves onto it.
 */
export function maySeeResponseTeam(
  caller: Principal,
  incident: IncidentRecord,
  memberIds: readonly string[],
): boolean {
  return canRead(caller, incident.tlp, [...incident.readers, ...memberIds]);
}

/** Locks the incident a response-team change is about; unknown and not-visible look the same. */
export async function lockOpenIncident(manager: EntityManager, incidentId: string): Promise<IncidentRecord> {
  const incident = await new IncidentRepository(manager).lock(incidentId);
  if (!incident) throw ResponseTeamErrors.incidentUnknown(incidentId);
  if (incident.closedAt) throw ResponseTeamErrors.incidentClosed(incidentId);
  return incident;
}
