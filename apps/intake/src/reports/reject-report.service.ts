import type { Principal } from '@csirt/auth';
import { ReportRejectedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { applyDecision, lockReport, requireTransition } from './report-decisions';
import { validateReason, validateReporterMessage } from './report-input';
import type { Report } from './report.entity';

export interface RejectReportCommand {
  id: string;
  reason: string;
  reporterMessage?: string | null;
  caller: Principal;
  traceparent?: string;
}

/** Closes a TRIAGED report as not an incident; the reason is required. */
export async function rejectReport(manager: EntityManager, outbox: Outbox, command: RejectReportCommand): Promise<Report> {
  const reason = validateReason(command.reason, true) as string;
  const reporterMessage = validateReporterMessage(command.reporterMessage);
  const report = await lockReport(manager, command.id, command.caller);
  const to = requireTransition(report, 'REJECT');
  const now = new Date();
  await applyDecision(manager, report, { kind: 'REJECT', to, by: command.caller.subject, at: now, reason, reporterMessage });
  await outbox.enqueue(manager, {
    contract: ReportRejectedV1,
    subject: report.id,
    tlp: report.tlp,
    traceparent: command.traceparent,
    data: { reportId: report.id, reference: report.reference, reason, rejectedBy: command.caller.subject, rejectedAt: now.toISOString() },
  });
  return report;
}
