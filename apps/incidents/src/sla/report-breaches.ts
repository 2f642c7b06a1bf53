import type { EventData, IncidentStatus, ReportSlaBreachedV1 } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import { appendTimeline } from '../timeline/timeline';

/**
 * Intake's service-level breaches of reports, on the incidents they belong to: the team
 * handling an incident sees that its report waited too long for triage. Kept until the
 * report joins an incident (a triage breach comes before the escalation), then written on
 * that incident's timeline once (`noted_on`).
 */
export async function reportSlaBreached(manager: EntityManager, data: EventData<typeof ReportSlaBreachedV1>): Promise<void> {
  await manager.query(
    `INSERT INTO report_sla_breach (report_id, clock, reference, due_at, breached_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (report_id, clock) DO NOTHING`,
    [data.reportId, data.clock, data.reference, new Date(data.dueAt), new Date(data.breachedAt)],
  );
  const rows: { incident_id: string }[] = await manager.query(`SELECT incident_id FROM incident_report WHERE report_id = $1`, [data.reportId]);
  if (rows.length > 0) await noteReportBreaches(manager, rows[0].incident_id, data.reportId);
}

/** Writes a report's breaches not yet noted on the incident's timeline (called when the report joins it). */
export async function noteReportBreaches(manager: EntityManager, incidentId: string, reportId: string): Promise<void> {
  const [breaches]: [{ clock: string; reference: string; due_at: Date; breached_at: Date }[], number] = await manager.query(
    `UPDATE report_sla_breach SET noted_on = $2 WHERE report_id = $1 AND noted_on IS NULL RETURNING clock, reference, due_at, breached_at`,
    [reportId, incidentId],
  );
  if (breaches.length === 0) return;
  const [incident]: { status: IncidentStatus }[] = await manager.query(`SELECT status FROM incident WHERE id = $1`, [incidentId]);
  await appendTimeline(
    manager,
    ...breaches.map((b) => ({
      incidentId,
      actor: 'system:intake',
      kind: 'SLA_BREACHED' as const,
      phase: incident.status,
      message: `Report ${b.reference} missed its ${b.clock.toLowerCase()} target (due ${b.due_at.toISOString()})`,
      details: { reportId, clock: b.clock, dueAt: b.due_at.toISOString(), breachedAt: b.breached_at.toISOString() },
      at: b.breached_at,
    })),
  );
}
