import { canRead, type Principal } from '@csirt/auth';
import type { EventData, IncidentAccessChangedV1, Tlp } from '@csirt/contracts';
import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';

/**
 * Intake's read model of who may read each incident. The incidents service is the one
 * authority on that; intake only keeps its latest word (IncidentAccessChangedV1), so that a
 * report never shows the id of an incident its reader may not read.
 */
export interface IncidentAccess {
  incidentId: string;
  tlp: Tlp;
  readers: string[];
}

/**
 * Keeps the access the event describes unless a newer version is already held: events of
 * one incident share a partition, but a replay or a re-keyed producer must not roll access
 * back. Safe to apply twice.
 */
export async function recordIncidentAccess(manager: EntityManager, access: EventData<typeof IncidentAccessChangedV1>): Promise<void> {
  await manager.query(
    `INSERT INTO incident_access (incident_id, tlp, readers, version, changed_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (incident_id) DO UPDATE
       SET tlp = EXCLUDED.tlp, readers = EXCLUDED.readers, version = EXCLUDED.version, changed_at = EXCLUDED.changed_at
     WHERE incident_access.version < EXCLUDED.version`,
    [access.incidentId, access.tlp, access.readers, access.version, access.changedAt],
  );
}

/** What intake knows of the access to these incidents; an incident it has not heard of is absent. */
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
