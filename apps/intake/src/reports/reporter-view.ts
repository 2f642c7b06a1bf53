import type { IncidentStatus } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import type { ReportDecision } from './report-decision.entity';

/**
 * What the submitter of a report may learn of the incident it became part of, from incident
 * management's events (intake's incident_phase read model): phase, opened and closed times
 * and the public resolution summary written for reporters. Never the incident's id,
 * reference, title, label, people or indicators.
 */
export interface IncidentForReporter {
  phase: IncidentStatus;
  openedAt: Date | null;
  closedAt: Date | null;
  resolutionSummary: string | null;
}

/** A decision as its reporter sees it: when, the outcome, and the words meant for it. */
export interface DecisionForReporter {
  decidedAt: Date;
  outcome: ReportDecision['toStatus'];
  message: string;
}

/**
 * The decisions meant for the reporter: those an analyst wrote a reporter message for, oldest
 * first. Who decided and the internal reason are left out. Pure.
 */
export function decisionsForReporter(decisions: readonly ReportDecision[]): DecisionForReporter[] {
  return decisions
    .filter((decision): decision is ReportDecision & { reporterMessage: string } => decision.reporterMessage !== null)
    .map((decision) => ({ decidedAt: decision.decidedAt, outcome: decision.toStatus, message: decision.reporterMessage }));
}

/** The reporter's view of many incidents, by id, in one statement; an unknown incident is absent. */
export async function reporterIncidentViews(manager: EntityManager, incidentIds: readonly string[]): Promise<Map<string, IncidentForReporter>> {
  // The status change to CLOSED arrives just before the closed event, at the same time:
  // until the latter, the phase's time is the closing time.
  const rows: { incident_id: string; status: IncidentStatus; opened_at: Date | null; closed_at: Date | null; public_resolution_summary: string | null }[] =
    await manager.query(
      `SELECT incident_id, status, opened_at, coalesce(closed_at, changed_at) AS closed_at, public_resolution_summary
         FROM incident_phase WHERE incident_id = ANY($1::uuid[])`,
      [incidentIds],
    );
  return new Map(
    rows.map((row) => {
      const closed = row.status === 'CLOSED';
      // A reopened incident's earlier closing no longer describes it.
      const view = { phase: row.status, openedAt: row.opened_at, closedAt: closed ? row.closed_at : null, resolutionSummary: closed ? row.public_resolution_summary : null };
      return [row.incident_id, view];
    }),
  );
}

/** The incident opened at `at`; its phase is recorded beside (recordIncidentPhase). */
export async function recordIncidentOpened(manager: EntityManager, incidentId: string, at: Date): Promise<void> {
  await manager.query(`UPDATE incident_phase SET opened_at = $2 WHERE incident_id = $1`, [incidentId, at]);
}

/**
 * The incident closed, with what reporters may read of the outcome. Its status-changed event
 * (to CLOSED) comes first on the same partition; the row is created here if it did not.
 */
export async function recordIncidentClosed(manager: EntityManager, incidentId: string, at: Date, summary: string | null): Promise<void> {
  await manager.query(
    `INSERT INTO incident_phase (incident_id, status, changed_at, closed_at, public_resolution_summary) VALUES ($1, 'CLOSED', $2, $2, $3)
     ON CONFLICT (incident_id) DO UPDATE SET closed_at = EXCLUDED.closed_at, public_resolution_summary = EXCLUDED.public_resolution_summary`,
    [incidentId, at, summary],
  );
}

/** Reopened: no longer closed (its status-changed event already set the phase). */
export async function recordIncidentReopened(manager: EntityManager, incidentId: string): Promise<void> {
  await manager.query(`UPDATE incident_phase SET closed_at = NULL WHERE incident_id = $1`, [incidentId]);
}
