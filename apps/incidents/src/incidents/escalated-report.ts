import type { EventData, ReportEscalatedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { noteReportBreaches } from '../sla/report-breaches';
import { attachReport } from './attach-report.service';
import { IncidentRepository } from './incident.repository';
import { openIncident } from './open-incident.service';

export type EscalatedReport = EventData<typeof ReportEscalatedV1>;

/** An escalated report as its event brought it. */
export interface Escalation<R extends EscalatedReport = EscalatedReport> {
  report: R;
  eventId: string;
  traceparent?: string;
}

export interface EscalationOutcome {
  outcome: 'opened' | 'attached' | 'already-attached' | 'refused';
  /** Null when refused: nothing about the named incident is told. */
  incidentId: string | null;
}

/**
 * Applies an escalated report: opens a new incident (`incidentId` null) or extends the one it
 * names. A report belongs to one incident at most (unique report_id), so the same report
 * escalated again (a redelivery under a new event id) changes nothing. The inbox already
 * drops a redelivery with the same event id; this makes the handler safe by state as well.
 */
export async function applyEscalatedReport(
  manager: EntityManager,
  outbox: Outbox,
  report: EscalatedReport,
  eventId: string,
  traceparent?: string,
): Promise<EscalationOutcome> {
  const existing = await new IncidentRepository(manager).incidentOfReport(report.reportId);
  if (existing) return { outcome: 'already-attached', incidentId: existing };
  const { incidentId } = report;
  const outcome =
    incidentId === null
      ? await openIncident(manager, outbox, { report, eventId, traceparent })
      : await attachReport(manager, outbox, { report: { ...report, incidentId }, eventId, traceparent });
  // A breach of the report's triage clock, announced before it was escalated, joins the incident's story.
  if (outcome.incidentId && outcome.outcome !== 'refused') await noteReportBreaches(manager, outcome.incidentId, report.reportId);
  return outcome;
}
