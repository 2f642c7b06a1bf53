import type { EntityManager } from 'typeorm';

export type SlaClockState = 'RUNNING' | 'PAUSED' | 'MET' | 'BREACHED';

export interface SlaPauseView {
  reason: string;
  pausedBy: string;
  pausedAt: Date;
  resumedAt: Date | null;
  resumedBy: string | null;
}

export interface SlaClockView {
  state: SlaClockState;
  targetMinutes: number;
  dueAt: Date;
  metAt: Date | null;
  breachedAt: Date | null;
  paused: boolean;
  pauses: SlaPauseView[];
}

/** The triage clocks of these reports with their pause history, in two statements. */
export async function triageClocksOf(manager: EntityManager, reportIds: readonly string[]): Promise<Map<string, SlaClockView>> {
  const clocks: { report_id: string; target_minutes: number; due_at: Date; met_at: Date | null; breached_at: Date | null; paused_at: Date | null }[] =
    await manager.query(
      `SELECT report_id, target_minutes, due_at, met_at, breached_at, paused_at FROM report_sla WHERE report_id = ANY($1::uuid[]) AND clock = 'TRIAGE'`,
      [reportIds],
    );
  const pauses: { report_id: string; reason: string; paused_by: string; paused_at: Date; resumed_at: Date | null; resumed_by: string | null }[] =
    clocks.length === 0
      ? []
      : await manager.query(
          `SELECT report_id, reason, paused_by, paused_at, resumed_at, resumed_by FROM report_sla_pause
           WHERE report_id = ANY($1::uuid[]) AND clock = 'TRIAGE' ORDER BY paused_at, id`,
          [clocks.map((c) => c.report_id)],
        );
  const result = new Map<string, SlaClockView>();
  for (const c of clocks) {
    result.set(c.report_id, {
      state: c.breached_at ? 'BREACHED' : c.met_at ? 'MET' : c.paused_at ? 'PAUSED' : 'RUNNING',
      targetMinutes: c.target_minutes,
      dueAt: c.due_at,
      metAt: c.met_at,
      breachedAt: c.breached_at,
      paused: c.paused_at !== null,
      pauses: pauses
        .filter((p) => p.report_id === c.report_id)
        .map((p) => ({ reason: p.reason, pausedBy: p.paused_by, pausedAt: p.paused_at, resumedAt: p.resumed_at, resumedBy: p.resumed_by })),
    });
  }
  return result;
}
