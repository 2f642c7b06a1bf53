import { canRead, readableLabels, type Principal } from '@csirt/auth';
import { IncidentAccessChangedV1, type Tlp } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';

/**
 * The one home of "who may read an incident". Below TLP:RED the caller's clearance decides;
 * a TLP:RED incident is for its named readers only: the named recipients of its reports, the
 * analysts who escalated them, then its response team (the `incident_reader` view). Every
 * read path (single loads, lists, metrics, locks before a write) and the access event other
 * services rely on go through this module.
 */

/** What the rule looks at in a caller (an escalating analyst known from an event has no more). */
export type Reader = Pick<Principal, 'subject' | 'personId' | 'clearance'>;

/** Who is named on each incident (subjects and person ids); only TLP:RED consults them. */
export async function readersOf(
  manager: EntityManager,
  incidentIds: readonly string[],
): Promise<Map<string, string[]>> {
  const readers = new Map<string, string[]>(incidentIds.map((id) => [id, []]));
  if (incidentIds.length === 0) return readers;
  const rows: { incident_id: string; reader: string }[] = await manager.query(
    `SELECT DISTINCT incident_id, reader FROM incident_reader WHERE incident_id = ANY($1::uuid[]) ORDER BY incident_id, reader`,
    [incidentIds],
  );
  for (const row of rows) readers.get(row.incident_id)?.push(row.reader);
  return readers;
}

/** May `caller` read an incident labelled `tlp` with these named readers? */
export function mayReadIncident(caller: Reader, tlp: Tlp, readers: readonly string[]): boolean {
  return canRead(caller as Principal, tlp, readers);
}

/**
 * May `reader` read this stored incident? Looks its named readers up only when it is TLP:RED.
 * For one incident inside a use case; request paths batch the lookup (context.ts).
 */
export async function mayReadStoredIncident(
  manager: EntityManager,
  reader: Reader,
  incident: { id: string; tlp: Tlp },
): Promise<boolean> {
  const readers = incident.tlp === 'RED' ? await namedReadersOf(manager, incident.id) : [];
  return mayReadIncident(reader, incident.tlp, readers);
}

/**
 * The analyst who escalated a report, as this rule sees them. Events written before the
 * clearance was carried assume the report's label: the analyst could read the report it escalated.
 */
export function escalatorOf(report: {
  escalatedBy: string;
  escalatedByPersonId?: string | null;
  escalatedByClearance?: Tlp | null;
  tlp: Tlp;
}): Reader {
  return {
    subject: report.escalatedBy,
    personId: report.escalatedByPersonId ?? null,
    clearance: report.escalatedByClearance ?? report.tlp,
  };
}

async function namedReadersOf(manager: EntityManager, incidentId: string): Promise<string[]> {
  return (await readersOf(manager, [incidentId])).get(incidentId) ?? [];
}

/**
 * May `caller`, who reads the incident, see the reference to one of its reports? The report
 * keeps its own label and named recipients (intake's rule, carried by the escalated event);
 * a reference intake would refuse would null the whole incident through the gateway, so it
 * is left out instead. Reports attached before labels were kept (null) are covered by the
 * incident's label, which is never less strict than any of its reports.
 */
export function mayReadReportOf(
  caller: Principal,
  report: { tlp: Tlp | null; recipients: readonly string[] },
): boolean {
  return report.tlp === null || canRead(caller, report.tlp, report.recipients);
}

/**
 * The same rule as a SQL condition on the incident row `alias`, for lists and aggregates, so
 * an incident the caller may not read never leaves the database. `bind` turns a value into
 * a placeholder of the calling query (named for TypeORM builders, positional for raw SQL).
 */
export function readableCondition(
  caller: Principal,
  alias: string,
  bind: (value: unknown) => string,
): string {
  const me = [caller.subject, ...(caller.personId ? [caller.personId] : [])];
  const labels = bind(readableLabels(caller));
  if (caller.clearance !== 'RED') return `(${alias}.tlp = ANY(CAST(${labels} AS text[])))`;
  return `(${alias}.tlp = ANY(CAST(${labels} AS text[])) OR (${alias}.tlp = 'RED' AND EXISTS (
    SELECT 1 FROM incident_reader r WHERE r.incident_id = ${alias}.id AND r.reader = ANY(CAST(${bind(me)} AS text[])))))`;
}

/** Named placeholders for a TypeORM query builder: returns the condition and its parameters. */
export function readableWhere(
  caller: Principal,
  alias: string,
): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const sql = readableCondition(caller, alias, (value) => {
    const name = `visibility${Object.keys(params).length}`;
    params[name] = value;
    return `:${name}`;
  });
  return { sql, params };
}

/**
 * Tells other services who may read the incident now (IncidentAccessChangedV1), in the
 * transaction that changed its label or its readers. The version comes from the incident
 * row, so it grows per incident under the row lock of the change. Readers are sent for
 * TLP:RED only: below RED clearance alone decides, and the names are nobody else's business.
 */
export async function announceAccess(
  manager: EntityManager,
  outbox: Outbox,
  incidentId: string,
  traceparent?: string,
): Promise<void> {
  const rows: { reference: string; tlp: Tlp; access_version: number }[] = await manager.query(
    `WITH bumped AS (UPDATE incident SET access_version = access_version + 1 WHERE id = $1
       RETURNING reference, tlp, access_version) SELECT * FROM bumped`,
    [incidentId],
  );
  if (rows.length === 0) return;
  const [{ reference, tlp, access_version: version }] = rows;
  const readers = tlp === 'RED' ? await namedReadersOf(manager, incidentId) : [];
  const now = new Date();
  await outbox.enqueue(manager, {
    contract: IncidentAccessChangedV1,
    subject: incidentId,
    tlp,
    traceparent,
    time: now,
    data: { incidentId, reference, tlp, readers, version, changedAt: now.toISOString() },
  });
}
