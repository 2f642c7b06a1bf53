import { IncidentEscalationRefusedV1, type EventData } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { absorb } from './absorb';
import type { EscalatedReport, Escalation, EscalationOutcome } from './escalated-report';
import { IncidentRepository } from './incident.repository';
import { attachedReportOf } from './incident-changes';
import { escalatorOf, mayReadStoredIncident } from './incident-visibility';
import { record } from './record';

/**
 * Attaches an escalated report to the incident it names: the incident takes in the report
 * (absorb) and says so. Extending an incident needs the escalating analyst to be able to
 * read it; otherwise (and when it does not exist, alike), or when it is closed, the escalation
 * is refused back to intake.
 */
export async function attachReport(
  manager: EntityManager,
  outbox: Outbox,
  { report, eventId, traceparent }: Escalation<EscalatedReport & { incidentId: string }>,
): Promise<EscalationOutcome> {
  const repository = new IncidentRepository(manager);
  const incident = await repository.lockFollowingMerges(report.incidentId);
  if (!incident || !(await mayReadStoredIncident(manager, escalatorOf(report), incident))) {
    await refuse(manager, outbox, report, 'INCIDENT_NOT_FOUND', traceparent);
    return { outcome: 'refused', incidentId: null };
  }
  // A closed incident takes nothing in (intake refuses this at the request already; this
  // catches an incident closed meanwhile). The analyst may read it, so the reason may say so.
  if (incident.status === 'CLOSED') {
    await refuse(manager, outbox, report, 'INCIDENT_CLOSED', traceparent);
    return { outcome: 'refused', incidentId: null };
  }
  const changes = [
    { kind: 'report-attached' as const, report: attachedReportOf(report, eventId) },
    ...absorb(incident, report, { report: report.reference }),
  ];
  await record(manager, outbox, incident, changes, { subject: report.escalatedBy, traceparent });
  return { outcome: 'attached', incidentId: incident.id };
}

/** Tells intake the escalation was not applied; the same reason whether the incident is missing or unreadable. */
async function refuse(
  manager: EntityManager,
  outbox: Outbox,
  report: EscalatedReport & { incidentId: string },
  reason: EventData<typeof IncidentEscalationRefusedV1>['reason'],
  traceparent?: string,
): Promise<void> {
  await outbox.enqueue(manager, {
    contract: IncidentEscalationRefusedV1,
    subject: report.reportId,
    tlp: report.tlp,
    traceparent,
    data: {
      reportId: report.reportId,
      incidentId: report.incidentId,
      reason,
      refusedAt: new Date().toISOString(),
    },
  });
}

