import type { Principal } from '@csirt/auth';
import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import type { Incident } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import { IncidentRepository } from './incident.repository';
import { mayReadStoredIncident } from './incident-visibility';

/**
 * Locks an incident the caller is about to change. An incident the caller may not read is
 * answered exactly like one that does not exist, so a write never reveals existence either.
 */
export async function lockReadableIncident(
  manager: EntityManager,
  caller: Principal,
  id: string,
): Promise<Incident> {
  const repository = new IncidentRepository(manager);
  const incident = isUuid(id) ? await repository.lock(id) : null;
  if (!incident) throw IncidentErrors.notFound(id);
  if (!(await mayReadStoredIncident(manager, caller, incident))) throw IncidentErrors.notFound(id);
  return incident;
}

/** Closed (and merged-away) incidents are history: nothing about them changes any more. */
export function assertNotClosed(incident: Incident): void {
  if (incident.status === 'CLOSED') throw IncidentErrors.closed(incident.id);
}
