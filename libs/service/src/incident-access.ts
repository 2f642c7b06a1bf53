import { keepNewest } from '@csirt/db';
import { canRead, type Principal } from '@csirt/auth';
import type { EventData, IncidentAccessChangedV1, Tlp } from '@csirt/contracts';
import type { EntityManager, QueryRunner } from 'typeorm';
import { isUuid } from './validation';

/**
 * The read model a service keeps of who may read each incident, so that a record holding a
 * reference to an incident (a report, an advisory) shows the incident's id only to callers
 * who may read it. The incidents service is the one authority on that; a service keeps only
 * its latest word (IncidentAccessChangedV1) in its own `incident_access` table, created by
 * its own migration through `createIncidentAccessTable`.
 */
/**
 * The read model's table, for the migration of each service that keeps it. Which callers it
 * hides references from is the service's own business; the table is the same everywhere.
 */
export async function createIncidentAccessTable(runner: QueryRunner): Promise<void> {
  await runner.query(`
    CREATE TABLE incident_access (
      incident_id uuid PRIMARY KEY,
      tlp text NOT NULL CHECK (tlp IN ('CLEAR','GREEN','AMBER','AMBER_STRICT','RED')),
      readers text[] NOT NULL DEFAULT '{}',
      version bigint NOT NULL CHECK (version >= 0),
      changed_at timestamptz NOT NULL
    )`);
}

export interface IncidentAccess {
  incidentId: string;
  tlp: Tlp;
  readers: string[];
}

/**
 * Keeps the access the event describes unless a newer version is already held: events of
 * one incident share a partition, but a replay or a re-keyed producer must not roll access
 * back. Safe to apply twice. Answers whether it changed what the service holds.
 */
export async function recordIncidentAccess(manager: EntityManager, access: EventData<typeof IncidentAccessChangedV1>): Promise<boolean> {
  return keepNewest(
    manager,
    'incident_access',
    { incident_id: access.incidentId, tlp: access.tlp, readers: access.readers, version: access.version, changed_at: access.changedAt },
    { key: 'incident_id', version: 'version' },
  );
}

/** What the service knows of the access to these incidents; an incident it has not heard of is absent. */
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
