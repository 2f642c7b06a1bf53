import type { Principal } from '@csirt/auth';
import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { meetTriageClock } from '../sla/report-clock';
import { ReportDecision } from './report-decision.entity';
import {
  isOpen,
  nextStatus,
  targetStatus,
  type ReportDecisionKind,
  type ReportStatus,
} from './report-status';
import { Report } from './report.entity';
import { ReportErrors } from './report.errors';
import { mayRead } from './report.repository';

/**
 * Loads a report with a row lock, so two concurrent decisions on it serialise. A report the
 * caller may not read is answered like a missing one.
 */
export async function lockReport(manager: EntityManager, id: string, caller: Principal): Promise<Report> {
  const report = isUuid(id)
    ? await manager.findOne(Report, { where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!report || !mayRead(caller, report)) throw ReportErrors.notFound(id);
  return report;
}

/** The status `decision` leads to from the report's current one; fails with REPORT.INVALID_TRANSITION otherwise. */
export function requireTransition(report: Report, decision: ReportDecisionKind): ReportStatus {
  const to = nextStatus(report.status, decision);
  if (!to) throw ReportErrors.invalidTransition(report.status, targetStatus(decision));
  return to;
}

/**
 * Applies a decision: new status, the decision row (who, when, why), and, when the report
 * leaves triage, takes its observables out of the matching index.
 */
export async function applyDecision(
  manager: EntityManager,
  report: Report,
  decision: { kind: ReportDecisionKind; to: ReportStatus; by: string; at: Date; reason: string | null; reporterMessage?: string | null },
): Promise<Report> {
  const from = report.status;
  report.status = decision.to;
  report.updatedAt = decision.at;
  await manager.save(report);
  await manager.insert(ReportDecision, {
    reportId: report.id,
    kind: decision.kind,
    fromStatus: from,
    toStatus: decision.to,
    decidedBy: decision.by,
    decidedAt: decision.at,
    reason: decision.reason,
    reporterMessage: decision.reporterMessage ?? null,
  });
  // Leaving NEW is the triage decision: the triage clock is met (or stays breached).
  if (from === 'NEW' && decision.to !== 'NEW') await meetTriageClock(manager, report.id, decision.at);
  if (isOpen(from) && !isOpen(decision.to)) {
    await manager.query(`UPDATE report_observable SET open = false WHERE report_id = $1 AND open`, [
      report.id,
    ]);
  }
  // Back in triage (a refused escalation): a candidate for matching again.
  if (!isOpen(from) && isOpen(decision.to)) {
    await manager.query(`UPDATE report_observable SET open = true WHERE report_id = $1 AND NOT open`, [
      report.id,
    ]);
  }
  return report;
}
