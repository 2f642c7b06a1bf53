import type { Principal } from '@csirt/auth';
import { ReportMergedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { applyDecision, lockReport, requireTransition } from './report-decisions';
import { validateReason, validateReporterMessage } from './report-input';
import { stricterTlp } from './report-tlp';
import type { Report } from './report.entity';
import { ReportErrors } from './report.errors';

export interface MergeReportCommand {
  id: string;
  intoReportId: string;
  reason?: string | null;
  reporterMessage?: string | null;
  caller: Principal;
  traceparent?: string;
}

/**
 * Merges a TRIAGED report (a duplicate) into another report. The target must be a report
 * the caller may read that is not itself merged or rejected, so a chain of merges always
 * ends in a report that is being worked on.
 */
export async function mergeReport(manager: EntityManager, outbox: Outbox, command: MergeReportCommand): Promise<Report> {
  if (command.id === command.intoReportId) throw ReportErrors.mergeIntoSelf(command.id);
  const reason = validateReason(command.reason, false);
  const reporterMessage = validateReporterMessage(command.reporterMessage);
  // Lock both rows in id order, so two merges crossing each other cannot deadlock.
  const [first, second] = [command.id, command.intoReportId].sort();
  const locked = new Map<string, Report>();
  for (const id of [first, second]) locked.set(id, await lockReport(manager, id, command.caller));
  const report = locked.get(command.id) as Report;
  const target = locked.get(command.intoReportId) as Report;

  const to = requireTransition(report, 'MERGE');
  if (target.status === 'MERGED' || target.status === 'REJECTED') throw ReportErrors.invalidMergeTarget(target.id, target.status);
  const now = new Date();
  report.mergedIntoId = target.id;
  await applyDecision(manager, report, { kind: 'MERGE', to, by: command.caller.subject, at: now, reason, reporterMessage });
  await outbox.enqueue(manager, {
    contract: ReportMergedV1,
    subject: report.id,
    // The event names the target too: it carries the stricter of both reports' labels.
    tlp: stricterTlp(report.tlp, target.tlp),
    traceparent: command.traceparent,
    data: { reportId: report.id, reference: report.reference, intoReportId: target.id, mergedBy: command.caller.subject, mergedAt: now.toISOString() },
  });
  return report;
}
