import type { Principal } from '@csirt/auth';
import { DomainError, incidentAccessOf, mayReadIncident } from '@csirt/service';
import type { EntityManager } from 'typeorm';

/**
 * The incident links an author may write. Naming an incident the author may not read is
 * refused exactly as naming one that does not exist: the answer must not tell that it
 * exists. Links already on the advisory that this author cannot see are kept as they are,
 * so an edit by someone with a lower clearance never drops what it cannot see.
 */
export async function linkableIncidents(
  manager: EntityManager,
  author: Principal,
  requested: readonly string[],
  existing: readonly string[] = [],
): Promise<string[]> {
  const access = await incidentAccessOf(manager, [...requested, ...existing]);
  const hiddenExisting = existing.filter((id) => !mayReadIncident(author, access.get(id)));
  requested.forEach((id, index) => {
    if (!mayReadIncident(author, access.get(id)) && !existing.includes(id)) throw incidentNotFound(id, index);
  });
  return [...new Set([...requested, ...hiddenExisting])];
}

const incidentNotFound = (id: string, index: number) =>
  new DomainError('ADVISORY.INCIDENT_NOT_FOUND', `incident ${id} not found`, { field: `input.incidentIds.${index}`, id });
