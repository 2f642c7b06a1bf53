import { cancelTimer, pauseTimer, resumeTimer, scheduleTimer, type TimerHandler } from '@csirt/db';
import { ReportSlaBreachedV1, type Tlp } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { ReportErrors } from '../reports/report.errors';
import { triageTargetOf } from './constituencies';

/**
 * The triage clock of a report (DOMAIN.md, service levels): it starts at the report's
 * receipt, falls due after its constituency's triage target, stops (met) when the report is
 * triaged, and stops counting while paused (waiting on the constituent). A durable timer
 * (kind TRIAGE_TIMER, subject the report id) fires the breach; pausing pauses the timer.
 */
export const TRIAGE_TIMER = 'report.triage';
const TRIAGE = 'TRIAGE';
const MINUTE_MS = 60_000;

/** Starts the clock of a new report from a known constituency (none without one). */
export async function startTriageClock(
  manager: EntityManager,
  report: { id: string; constituencyId: string | null; receivedAt: Date },
): Promise<void> {
  if (!report.constituencyId) return;
  const target = await triageTargetOf(manager, report.constituencyId);
  if (target === null) return;
  const dueAt = new Date(report.receivedAt.getTime() + target * MINUTE_MS);
  await manager.query(
    `INSERT INTO report_sla (report_id, clock, constituency_id, target_minutes, due_at) VALUES ($1, $2, $3, $4, $5)`,
    [report.id, TRIAGE, report.constituencyId, target, dueAt],
  );
  await scheduleTimer(manager, { kind: TRIAGE_TIMER, subjectId: report.id, dueAt });
}

/** The report was triaged: its clock is met unless it already breached; either way it stops. */
export async function meetTriageClock(manager: EntityManager, reportId: string, at: Date): Promise<void> {
  await manager.query(
    `UPDATE report_sla SET met_at = $3, paused_at = NULL WHERE report_id = $1 AND clock = $2 AND met_at IS NULL AND breached_at IS NULL`,
    [reportId, TRIAGE, at],
  );
  await manager.query(
    `UPDATE report_sla_pause SET resumed_at = $3, resumed_by = 'system:triaged' WHERE report_id = $1 AND clock = $2 AND resumed_at IS NULL`,
    [reportId, TRIAGE, at],
  );
  await cancelTimer(manager, TRIAGE_TIMER, reportId, at);
}

/** Stops the clock while the team waits on the constituent; `reason` is kept in its history. */
export async function pauseTriageClock(manager: EntityManager, reportId: string, reason: string, by: string, at: Date): Promise<void> {
  const clock = await lockRunningClock(manager, reportId);
  if (clock.paused_at) throw ReportErrors.clockAlreadyPaused(reportId);
  await pauseTimer(manager, TRIAGE_TIMER, reportId, at);
  await manager.query(`UPDATE report_sla SET paused_at = $3 WHERE report_id = $1 AND clock = $2`, [reportId, TRIAGE, at]);
  await manager.query(
    `INSERT INTO report_sla_pause (report_id, clock, reason, paused_by, paused_at) VALUES ($1, $2, $3, $4, $5)`,
    [reportId, TRIAGE, reason, by, at],
  );
}

/** Runs the clock again; it falls due after the time it had left when paused. */
export async function resumeTriageClock(manager: EntityManager, reportId: string, by: string, at: Date): Promise<void> {
  const clock = await lockRunningClock(manager, reportId);
  if (!clock.paused_at) throw ReportErrors.clockNotPaused(reportId);
  const dueAt = await resumeTimer(manager, TRIAGE_TIMER, reportId, at);
  await manager.query(`UPDATE report_sla SET paused_at = NULL, due_at = COALESCE($3, due_at) WHERE report_id = $1 AND clock = $2`, [
    reportId,
    TRIAGE,
    dueAt,
  ]);
  await manager.query(
    `UPDATE report_sla_pause SET resumed_at = $3, resumed_by = $4 WHERE report_id = $1 AND clock = $2 AND resumed_at IS NULL`,
    [reportId, TRIAGE, at, by],
  );
}

async function lockRunningClock(manager: EntityManager, reportId: string): Promise<{ paused_at: Date | null }> {
  const rows: { paused_at: Date | null }[] = await manager.query(
    `SELECT paused_at FROM report_sla WHERE report_id = $1 AND clock = $2 AND met_at IS NULL AND breached_at IS NULL FOR UPDATE`,
    [reportId, TRIAGE],
  );
  if (rows.length === 0) throw ReportErrors.clockNotRunning(reportId);
  return rows[0];
}

/**
 * The triage timer fired: the clock breaches (unless met or paused meanwhile: the timer
 * was then cancelled or paused in the same transaction, so this is belt and braces) and
 * `intake.report.sla-breached` leaves in the same transaction.
 */
export function triageBreachHandler(outbox: Outbox): TimerHandler {
  return async (manager, timer, now) => {
    // An UPDATE … RETURNING answers [rows, count].
    const [rows]: [{ reference: string; tlp: string; received_at: Date; due_at: Date; constituency_id: string }[], number] = await manager.query(
      `UPDATE report_sla s SET breached_at = $3 FROM report r
       WHERE s.report_id = $1 AND s.clock = $2 AND r.id = s.report_id
         AND s.met_at IS NULL AND s.breached_at IS NULL AND s.paused_at IS NULL
       RETURNING r.reference, r.tlp, r.received_at, s.due_at, s.constituency_id`,
      [timer.subjectId, TRIAGE, now],
    );
    if (rows.length === 0) return;
    const row = rows[0];
    await outbox.enqueue(manager, {
      contract: ReportSlaBreachedV1,
      subject: timer.subjectId,
      tlp: row.tlp as Tlp,
      data: {
        reportId: timer.subjectId,
        reference: row.reference,
        clock: 'TRIAGE',
        constituencyId: row.constituency_id,
        receivedAt: row.received_at.toISOString(),
        dueAt: row.due_at.toISOString(),
        breachedAt: now.toISOString(),
      },
    });
  };
}
