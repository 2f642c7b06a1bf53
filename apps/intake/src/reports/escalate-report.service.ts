import type { Principal } from '@csirt/auth';
import { ReportEscalatedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { incidentAccessOf, isUuid, mayReadIncident, type IncidentAccess } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { stricterTlp } from './report-tlp';
import { applyDecision, lockReport, requireTransition } from './report-decisions';
import { LIMITS, validateReason, validateReporterMessage } from './report-input';
import { classificationOf, type Report } from './report.entity';
import { ReportErrors } from './report.errors';
import { namedRecipients } from './report.repository';
import type { EscalateReportInput } from '../generated/resolvers-types';
import { incidentPhaseOf } from '../events/incident-indicators.handler';

/** The generated EscalateReportInput (no incidentId: incident management opens a new incident), with the report's id and the request. */
export type EscalateReportCommand = EscalateReportInput & { id: string; caller: Principal; traceparent?: string };

/**
 * Passes a TRIAGED report to incident management. The event carries everything needed to
 * open an incident (or extend the one named); Report.incident is set later, when the
 * incidents service says the incident exists (IncidentOpenedV1 / IncidentReportAttachedV1).
 */
export async function escalateReport(manager: EntityManager, outbox: Outbox, command: EscalateReportCommand): Promise<Report> {
  const incidentId = command.incidentId ?? null;
  if (incidentId !== null && !isUuid(incidentId)) throw ReportErrors.invalidInput('input.incidentId', 'incidentId must be an incident id (UUID)');
  const region = command.region?.trim() || null;
  if (region && region.length > LIMITS.region) throw ReportErrors.invalidInput('input.region', `region is longer than ${LIMITS.region} characters`);
  const reason = validateReason(command.reason, false);
  const reporterMessage = validateReporterMessage(command.reporterMessage);

  const report = await lockReport(manager, command.id, command.caller);
  const to = requireTransition(report, 'ESCALATE');
  const target = incidentId ? await requireEscalationTarget(manager, command.caller, incidentId) : null;
  const now = new Date();
  report.escalatedToIncidentId = incidentId;
  await applyDecision(manager, report, { kind: 'ESCALATE', to, by: command.caller.subject, at: now, reason, reporterMessage });

  await outbox.enqueue(manager, {
    contract: ReportEscalatedV1,
    subject: report.id,
    // The event ties the report to the incident named: it carries the stricter of both labels.
    tlp: target ? stricterTlp(report.tlp, target.tlp) : report.tlp,
    traceparent: command.traceparent,
    data: {
      reportId: report.id,
      reference: report.reference,
      incidentId,
      title: report.title,
      description: report.description,
      classification: classificationOf(report),
      // A TRIAGED report always has both; the fallbacks only satisfy the types.
      severity: report.severity ?? report.suggestion.severity,
      priority: report.priority ?? report.suggestion.priority,
      cia: { confidentiality: report.ciaConfidentiality, integrity: report.ciaIntegrity, availability: report.ciaAvailability },
      tlp: report.tlp,
      constituencyId: report.constituencyId,
      region,
      observables: report.observables,
      affectedAssets: report.affectedAssets,
      receivedAt: report.receivedAt.toISOString(),
      occurredAt: report.occurredAt ? report.occurredAt.toISOString() : null,
      escalatedBy: command.caller.subject,
      escalatedByClearance: command.caller.clearance,
      escalatedByPersonId: command.caller.personId,
      escalatedAt: now.toISOString(),
      reason,
      recipients: namedRecipients(report),
    },
  });
  return report;
}

/**
 * The incident an escalation names, if the caller may read it and it is not closed, as
 * intake's read models know it (incident_access, incident_phase, both from incident
 * management's events). An incident intake has not heard of, or one the caller may not
 * read, is refused alike. A merged-away incident is accepted: incident management follows
 * the merge. Incident management checks again and refuses by event what slips through.
 */
async function requireEscalationTarget(manager: EntityManager, caller: Principal, incidentId: string): Promise<IncidentAccess> {
  const access = (await incidentAccessOf(manager, [incidentId])).get(incidentId);
  if (!access || !mayReadIncident(caller, access)) throw ReportErrors.incidentNotFound(incidentId);
  const phase = await incidentPhaseOf(manager, incidentId);
  if (phase?.status === 'CLOSED' && !phase.mergedIntoId) throw ReportErrors.incidentClosed(incidentId);
  return access;
}
