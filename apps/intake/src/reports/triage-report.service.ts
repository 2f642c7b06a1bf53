import { canRead, type Principal } from '@csirt/auth';
import { ReportTriagedV1, SeveritySchema } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { labelChanged, recordAudit } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { applyDecision, lockReport, requireTransition } from './report-decisions';
import { parseOptionalTlp, validateClassification, validateReason, validateReporterMessage } from './report-input';
import type { Report } from './report.entity';
import { ReportErrors } from './report.errors';
import { namedRecipients } from './report.repository';
import { PRIORITIES } from './triage-suggestion';
import type { TriageReportInput } from '../generated/resolvers-types';

/** The generated TriageReportInput, with the report's id and the request. */
export type TriageReportCommand = TriageReportInput & { id: string; caller: Principal; traceparent?: string; requestId?: string };

/** Whole seconds from receipt to decision; never negative (a receipt time may be slightly ahead). */
export function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
}

/** Classifies and prioritises a NEW report and stops its triage clock. */
export async function triageReport(manager: EntityManager, outbox: Outbox, command: TriageReportCommand): Promise<Report> {
  const classification = validateClassification('input.classification', command.classification);
  if (!SeveritySchema.safeParse(command.severity).success) throw ReportErrors.invalidInput('input.severity', 'severity must be 1 to 4');
  if (!PRIORITIES.includes(command.priority)) throw ReportErrors.invalidInput('input.priority', 'priority must be P1 to P4');
  const tlp = parseOptionalTlp('input.tlp', command.tlp);
  const reason = validateReason(command.reason, false);
  const reporterMessage = validateReporterMessage(command.reporterMessage);

  const report = await lockReport(manager, command.id, command.caller);
  const to = requireTransition(report, 'TRIAGE');
  const now = new Date();
  report.rsitClass = classification.rsitClass;
  report.rsitType = classification.rsitType;
  report.severity = command.severity;
  report.priority = command.priority;
  if (tlp) {
    // Relabelling to a label the analyst could not read would lock the analyst (and maybe
    // everyone) out of the report just triaged.
    if (!canRead(command.caller, tlp, namedRecipients(report))) throw ReportErrors.tlpNotCleared('input.tlp', tlp);
    if (tlp !== report.tlp) await recordAudit(manager, outbox, { principal: command.caller, requestId: command.requestId }, labelChanged('Report', report.id, report.tlp, tlp));
    report.tlp = tlp;
  }
  report.triagedAt = now;
  report.triagedBy = command.caller.subject;
  report.timeToTriageSeconds = secondsBetween(report.receivedAt, now);
  await applyDecision(manager, report, { kind: 'TRIAGE', to, by: command.caller.subject, at: now, reason, reporterMessage });

  await outbox.enqueue(manager, {
    contract: ReportTriagedV1,
    subject: report.id,
    tlp: report.tlp,
    traceparent: command.traceparent,
    data: {
      reportId: report.id,
      reference: report.reference,
      classification,
      severity: command.severity,
      priority: command.priority,
      triagedBy: command.caller.subject,
      triagedAt: now.toISOString(),
      timeToTriageSeconds: report.timeToTriageSeconds,
      constituencyId: report.constituencyId,
    },
  });
  return report;
}
