export const REPORT_STATUSES = ['NEW', 'TRIAGED', 'ESCALATED', 'REJECTED', 'MERGED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type ReportDecisionKind = 'TRIAGE' | 'ESCALATE' | 'REJECT' | 'MERGE' | 'ESCALATION_REFUSED';

/**
 * The triage flow: NEW -> TRIAGED -> ESCALATED | REJECTED | MERGED. Every decision after
 * triage needs a triaged report, so a classification and priority always exist before a
 * report leaves intake; the three outcomes are final, except that an escalation incident
 * management refuses returns the report to TRIAGED.
 */
const TRANSITIONS: Record<ReportDecisionKind, { from: ReportStatus; to: ReportStatus }> = {
  TRIAGE: { from: 'NEW', to: 'TRIAGED' },
  ESCALATE: { from: 'TRIAGED', to: 'ESCALATED' },
  REJECT: { from: 'TRIAGED', to: 'REJECTED' },
  MERGE: { from: 'TRIAGED', to: 'MERGED' },
  // Taken by incident management, not an analyst: an escalation it could not apply.
  ESCALATION_REFUSED: { from: 'ESCALATED', to: 'TRIAGED' },
};

/** The status a decision leads to, or null when the decision is not allowed from `from`. */
export function nextStatus(from: ReportStatus, decision: ReportDecisionKind): ReportStatus | null {
  const transition = TRANSITIONS[decision];
  return transition.from === from ? transition.to : null;
}

/** Target status of a decision, whatever the current status (for error messages). */
export function targetStatus(decision: ReportDecisionKind): ReportStatus {
  return TRANSITIONS[decision].to;
}

/** Open reports are those still in triage: candidates for duplicate and related matching. */
export const OPEN_STATUSES: readonly ReportStatus[] = ['NEW', 'TRIAGED'];

/**
 * OPEN_STATUSES as an SQL list, for queries on open reports. Spelled into the statement, not
 * bound: the planner uses the partial index on open reports' titles only when it can see
 * that the query's condition is the index's (`status IN ('NEW','TRIAGED')`).
 */
export const OPEN_STATUSES_SQL = `(${OPEN_STATUSES.map((status) => `'${status}'`).join(',')})`;

export function isOpen(status: ReportStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
