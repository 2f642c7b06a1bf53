import { INCIDENT_STATUSES, type IncidentStatus } from '@csirt/contracts';
import type { IncidentChange } from './incident-changes';

/**
 * The incident life cycle after NIST SP 800-61, as data. Forward steps follow the phases;
 * back-steps are what happens when a phase fails (containment did not hold, reinfection
 * during recovery, new findings in the post-incident review). A CLOSED incident may be
 * reopened to any earlier phase but OPEN (it was evaluated already), with a reason; one
 * merged into another stays closed (its reports and tasks live in the target).
 */
const ALLOWED: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  OPEN: ['ANALYSIS'],
  // Nothing to contain (a false positive, an attempt that failed): straight to the review.
  ANALYSIS: ['CONTAINMENT', 'POST_INCIDENT'],
  CONTAINMENT: ['ERADICATION', 'ANALYSIS'],
  ERADICATION: ['RECOVERY', 'CONTAINMENT', 'ANALYSIS'],
  RECOVERY: ['POST_INCIDENT', 'CONTAINMENT', 'ANALYSIS'],
  POST_INCIDENT: ['CLOSED', 'ANALYSIS'],
  CLOSED: ['ANALYSIS', 'CONTAINMENT', 'ERADICATION', 'RECOVERY', 'POST_INCIDENT'],
};

/** Severity above which closing needs lessons learned. */
export const LESSONS_LEARNED_ABOVE_SEVERITY = 2;

export function allowedTransitions(from: IncidentStatus): readonly IncidentStatus[] {
  return ALLOWED[from];
}

export function isAllowedTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** A move to an earlier phase: allowed only along ALLOWED, and it needs a reason. */
export function isBackStep(from: IncidentStatus, to: IncidentStatus): boolean {
  return INCIDENT_STATUSES.indexOf(to) < INCIDENT_STATUSES.indexOf(from);
}

/** What a transition needs besides being allowed; checked by the transition use case. */
export interface TransitionFacts {
  from: IncidentStatus;
  to: IncidentStatus;
  note: string | null;
  severity: number;
  resolution: string | null;
  lessonsLearned: string | null;
  openContainmentTaskIds: string[];
  overrideReason: string | null;
  /** Tasks of any kind still open, looked up when closing. */
  openTaskIds: string[];
  /** Why the open tasks are cancelled in the same step; closing with open tasks needs it. */
  cancelOpenTasksReason: string | null;
  /** Set when the incident was merged away: it cannot be reopened. */
  mergedIntoId: string | null;
}

export type TransitionViolation =
  | { rule: 'INVALID_TRANSITION' }
  | { rule: 'NOTE_REQUIRED' }
  | { rule: 'CONTAINMENT_TASKS_OPEN'; openTaskIds: string[] }
  | { rule: 'RESOLUTION_REQUIRED' }
  | { rule: 'LESSONS_LEARNED_REQUIRED' }
  | { rule: 'TASKS_OPEN'; openTaskIds: string[] }
  | { rule: 'MERGED_AWAY' };

/** The first rule a transition breaks, or null when it may happen. Pure, so it is unit-tested. */
export function checkTransition(facts: TransitionFacts): TransitionViolation | null {
  const { from, to } = facts;
  if (!isAllowedTransition(from, to)) return { rule: 'INVALID_TRANSITION' };
  if (from === 'CLOSED' && facts.mergedIntoId) return { rule: 'MERGED_AWAY' };
  if (isBackStep(from, to) && !hasText(facts.note)) return { rule: 'NOTE_REQUIRED' };
  if (to === 'RECOVERY' && facts.openContainmentTaskIds.length > 0 && !hasText(facts.overrideReason)) {
    return { rule: 'CONTAINMENT_TASKS_OPEN', openTaskIds: facts.openContainmentTaskIds };
  }
  if (to === 'CLOSED') {
    if (!hasText(facts.resolution)) return { rule: 'RESOLUTION_REQUIRED' };
    if (facts.severity > LESSONS_LEARNED_ABOVE_SEVERITY && !hasText(facts.lessonsLearned)) {
      return { rule: 'LESSONS_LEARNED_REQUIRED' };
    }
    if (facts.openTaskIds.length > 0 && !hasText(facts.cancelOpenTasksReason)) {
      return { rule: 'TASKS_OPEN', openTaskIds: facts.openTaskIds };
    }
  }
  return null;
}

/** What a transition is asked with, besides the target phase. */
export interface TransitionRequest {
  note?: string | null;
  resolution?: string | null;
  lessonsLearned?: string | null;
  /** What the reporters are told of the outcome (see Incident.publicResolutionSummary). */
  publicResolutionSummary?: string | null;
  overrideReason?: string | null;
  cancelOpenTasksReason?: string | null;
  /** Containment tasks still open, looked up when entering RECOVERY. */
  openContainmentTaskIds: string[];
  /** Tasks of any kind still open, looked up when closing. */
  openTaskIds: string[];
}

/**
 * The changes a transition makes (a resolution or lessons learned given with it, stored
 * first so the rules see them; the open tasks cancelled when closing; the move; the closure
 * or the reopening), or the first rule it breaks. Pure.
 */
export function decideTransition(
  incident: {
    status: IncidentStatus;
    severity: number;
    resolution: string | null;
    lessonsLearned: string | null;
    publicResolutionSummary?: string | null;
    mergedIntoId: string | null;
  },
  to: IncidentStatus,
  request: TransitionRequest,
): IncidentChange[] | TransitionViolation {
  const changes: IncidentChange[] = [];
  const resolution = request.resolution || incident.resolution;
  const lessonsLearned = request.lessonsLearned || incident.lessonsLearned;
  if (resolution !== incident.resolution) {
    changes.push({ kind: 'fields-updated', values: { resolution }, fields: ['resolution'], message: 'Resolution set' });
  }
  if (lessonsLearned !== incident.lessonsLearned) {
    changes.push({ kind: 'fields-updated', values: { lessonsLearned }, fields: ['lessonsLearned'], message: 'Lessons learned set' });
  }
  const publicResolutionSummary = request.publicResolutionSummary;
  if (publicResolutionSummary && publicResolutionSummary !== incident.publicResolutionSummary) {
    changes.push({ kind: 'fields-updated', values: { publicResolutionSummary }, fields: ['publicResolutionSummary'], message: 'Public resolution summary set' });
  }
  const { openContainmentTaskIds, openTaskIds } = request;
  const note = request.note ?? null;
  const overrideReason = request.overrideReason ?? null;
  const cancelOpenTasksReason = request.cancelOpenTasksReason ?? null;
  const { severity, mergedIntoId } = incident;
  const facts = { from: incident.status, to, note, severity, resolution, lessonsLearned, openContainmentTaskIds, overrideReason, openTaskIds, cancelOpenTasksReason, mergedIntoId };
  const violation = checkTransition(facts);
  if (violation) return violation;
  if (to === 'CLOSED' && openTaskIds.length > 0) {
    changes.push({ kind: 'tasks-cancelled', taskIds: openTaskIds, reason: cancelOpenTasksReason ?? '' });
  }
  changes.push({
    kind: 'status-changed',
    from: incident.status,
    to,
    note,
    ...(openContainmentTaskIds.length > 0 ? { override: { reason: overrideReason ?? '', openContainmentTaskIds } } : {}),
  });
  if (to === 'CLOSED') changes.push({ kind: 'closed' });
  if (incident.status === 'CLOSED') changes.push({ kind: 'reopened', to, reason: note ?? '' });
  return changes;
}

/** Phase timestamps kept on the incident; see the schema docs for what each one means. */
export interface PhaseTimestamps {
  acknowledgedAt: Date | null;
  containmentAt: Date | null;
  eradicationAt: Date | null;
  recoveryAt: Date | null;
  postIncidentAt: Date | null;
  closedAt: Date | null;
}

const PHASE_FIELD: Partial<Record<IncidentStatus, keyof PhaseTimestamps>> = {
  CONTAINMENT: 'containmentAt',
  ERADICATION: 'eradicationAt',
  RECOVERY: 'recoveryAt',
  POST_INCIDENT: 'postIncidentAt',
  CLOSED: 'closedAt',
};

/**
 * Phase timestamps after entering `to` at `at`. acknowledgedAt is the first move to
 * ANALYSIS and never changes again. Every other phase records its latest entry, and a
 * back-step clears the phases after the one entered: they describe the path that held, so
 * "time to contain" means until containment really held.
 */
export function phaseTimestampsAfter(
  current: PhaseTimestamps,
  to: IncidentStatus,
  at: Date,
): PhaseTimestamps {
  const next = { ...current };
  if (to === 'ANALYSIS' && next.acknowledgedAt === null) next.acknowledgedAt = at;
  const target = INCIDENT_STATUSES.indexOf(to);
  for (const [phase, field] of Object.entries(PHASE_FIELD) as [IncidentStatus, keyof PhaseTimestamps][]) {
    if (INCIDENT_STATUSES.indexOf(phase) > target) next[field] = null;
  }
  const field = PHASE_FIELD[to];
  if (field) next[field] = at;
  return next;
}

function hasText(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}
