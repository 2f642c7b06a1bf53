import { canRead, type Principal } from '@csirt/auth';
import { TLP_LEVELS, type EventData, type IncidentAccessChangedV1, type Tlp } from '@csirt/contracts';
import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';

/**
 * Announcements' read model of who may read each incident. The incidents service is the one
 * authority on that; this service keeps its latest word (IncidentAccessChangedV1) so that an
 * advisory never shows the id of an incident its reader may not read, and an incident's
 * advisories are listed only to who may read the incident.
 */
export interface IncidentAccess {
  incidentId: string;
  tlp: Tlp;
  readers: string[];
}

/**
 * Keeps the access the event describes unless a newer version is already held (a replay
 * must not roll access back), and raises the label of the notification drafts written from
 * the incident's own words, so they never say more than the incident now allows. Safe to
 * apply twice.
 */
export async function recordIncidentAccess(manager: EntityManager, access: EventData<typeof IncidentAccessChangedV1>): Promise<void> {
  const applied: unknown[] = await manager.query(
    `INSERT INTO incident_access (incident_id, tlp, readers, version, changed_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (incident_id) DO UPDATE
       SET tlp = EXCLUDED.tlp, readers = EXCLUDED.readers, version = EXCLUDED.version, changed_at = EXCLUDED.changed_at
     WHERE incident_access.version < EXCLUDED.version
     RETURNING incident_id`,
    [access.incidentId, access.tlp, access.readers, access.version, access.changedAt],
  );
  if (applied.length === 0) return;
  // Only unpublished, automatic drafts: a person chose the words and label of the others,
  // and what is published has left already.
  await manager.query(
    `UPDATE advisory SET tlp = $2
      WHERE incident_id = $1 AND source_event_id IS NOT NULL AND status = 'DRAFT'
        AND array_position($3::text[], tlp) < array_position($3::text[], $2)`,
    [access.incidentId, access.tlp, [...TLP_LEVELS]],
  );
}

/** What this service knows of the access to these incidents; an incident it has not heard of is absent. */
export async function incidentAccessOf(manager: EntityManager, incidentIds: readonly string[]): Promise<Map<string, IncidentAccess>> {
  const ids = incidentIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows: { incident_id: string; tlp: Tlp; readers: string[] }[] = await manager.query(
    `SELECT incident_id, tlp, readers FROM incident_access WHERE incident_id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.incident_id, { incidentId: row.incident_id, tlp: row.tlp, readers: row.readers }]));
}

/** May `caller` learn that this incident exists? Unknown access is no access. */
export function mayReadIncident(caller: Principal, access: IncidentAccess | undefined): boolean {
  return access !== undefined && canRead(caller, access.tlp, access.readers);
}
