import { keepNewest } from '@csirt/db';
import type { Authority } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The read model of the authority each incident's response team has over the constituency
 * (teams' ResponseTeamFormed). Forming the team again replaces it; a late, older formation
 * changes nothing.
 */
export async function recordIncidentAuthority(
  manager: EntityManager,
  incidentId: string,
  teamId: string,
  authority: Authority,
  since: Date,
): Promise<void> {
  await keepNewest(
    manager,
    'incident_authority',
    { incident_id: incidentId, team_id: teamId, authority, since },
    { key: 'incident_id', version: 'since' },
  );
}

/** The incident's authority; null when no response team was formed yet. */
export async function incidentAuthority(manager: EntityManager, incidentId: string): Promise<Authority | null> {
  const rows: { authority: Authority }[] = await manager.query(
    `SELECT authority FROM incident_authority WHERE incident_id = $1`,
    [incidentId],
  );
  return rows[0]?.authority ?? null;
}
