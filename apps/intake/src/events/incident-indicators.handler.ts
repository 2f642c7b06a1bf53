import { IncidentIndicatorsChangedV1, IncidentStatusChangedV1, type IncidentStatus, type Observable } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';

/**
 * The incidents' indicators and phases, as incident management announces them: what
 * Report.relatedIncidents reads. Each event carries the whole state it describes, so
 * replaying one changes nothing (idempotent by state as well as by the inbox).
 */
export function incidentIndicatorHandlers(): HandlerRegistration[] {
  return [
    on(IncidentIndicatorsChangedV1, async (event, manager) => {
      await replaceIndicators(manager, event.data.incidentId, event.data.observables);
    }),
    on(IncidentStatusChangedV1, async (event, manager) => {
      await recordIncidentPhase(manager, event.data.incidentId, event.data.to, new Date(event.data.changedAt));
    }),
  ];
}

/** What intake knows of an incident's phase: null when it has not heard of it. */
export async function incidentPhaseOf(manager: EntityManager, incidentId: string): Promise<{ status: IncidentStatus; mergedIntoId: string | null } | null> {
  const [row]: { status: IncidentStatus; merged_into_id: string | null }[] = await manager.query(
    `SELECT status, merged_into_id FROM incident_phase WHERE incident_id = $1`,
    [incidentId],
  );
  return row ? { status: row.status, mergedIntoId: row.merged_into_id } : null;
}

/** The incident was merged away (its status-changed to CLOSED follows). */
export async function recordIncidentMerged(manager: EntityManager, data: { incidentId: string; intoIncidentId: string; mergedAt: string }): Promise<void> {
  await manager.query(
    `INSERT INTO incident_phase (incident_id, status, changed_at, merged_into_id) VALUES ($1, 'CLOSED', $3, $2)
     ON CONFLICT (incident_id) DO UPDATE SET merged_into_id = EXCLUDED.merged_into_id`,
    [data.incidentId, data.intoIncidentId, new Date(data.mergedAt)],
  );
}

export async function replaceIndicators(manager: EntityManager, incidentId: string, observables: readonly Observable[]): Promise<void> {
  await manager.query(`DELETE FROM incident_indicator WHERE incident_id = $1`, [incidentId]);
  if (observables.length === 0) return;
  await manager.query(
    `INSERT INTO incident_indicator (incident_id, type, value)
     SELECT $1, t, v FROM unnest($2::text[], $3::text[]) AS o(t, v) ON CONFLICT DO NOTHING`,
    [incidentId, observables.map((o) => o.type), observables.map((o) => o.value)],
  );
}

/** The incident's phase; events of one incident arrive in order (keyed by incident id). */
export async function recordIncidentPhase(manager: EntityManager, incidentId: string, status: IncidentStatus, at: Date): Promise<void> {
  await manager.query(
    `INSERT INTO incident_phase (incident_id, status, changed_at) VALUES ($1, $2, $3)
     ON CONFLICT (incident_id) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at`,
    [incidentId, status, at],
  );
}

/** At most this many related incidents per report. */
const MAX_RELATED_INCIDENTS = 20;

/**
 * For each report, the running (not CLOSED) incidents sharing an indicator with it, most
 * shared first, besides the one it belongs to; one statement for many reports. An incident
 * whose phase is not known yet (opened before this read model) counts as running.
 */
export async function runningIncidentsSharingIndicators(
  manager: EntityManager,
  reports: readonly { id: string; incidentId: string | null; observables: readonly Observable[] }[],
): Promise<Map<string, string[]>> {
  const keys = reports.flatMap((report) => report.observables.map((o) => ({ report: report.id, own: report.incidentId, ...o })));
  const byReport = new Map<string, string[]>(reports.map((report) => [report.id, []]));
  if (keys.length === 0) return byReport;
  const rows: { report_id: string; incident_id: string }[] = await manager.query(
    `SELECT r.report_id, ii.incident_id
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS r(report_id, own, type, value)
       JOIN incident_indicator ii ON ii.type = r.type AND ii.value = r.value
       LEFT JOIN incident_phase p ON p.incident_id = ii.incident_id
      WHERE coalesce(p.status, 'OPEN') <> 'CLOSED' AND ii.incident_id IS DISTINCT FROM r.own
      GROUP BY r.report_id, ii.incident_id
      ORDER BY r.report_id, count(*) DESC, ii.incident_id`,
    [keys.map((k) => k.report), keys.map((k) => k.own), keys.map((k) => k.type), keys.map((k) => k.value)],
  );
  for (const row of rows) {
    const list = byReport.get(row.report_id);
    if (list && list.length < MAX_RELATED_INCIDENTS) list.push(row.incident_id);
  }
  return byReport;
}
