import type { Authority } from '@csirt/contracts';
import type { TaskStatus } from './task.entity';
import { TaskErrors } from './task.errors';

/**
 * Authority, enforced: what a response team may do on the constituency follows the
 * authority its team has over it (DOMAIN.md "Authority"). The authority of an incident is
 * the one its response team (VCSIRT) was formed with in teams (SHARED unless chosen); an
 * incident without a response team yet is the coordinating CSIRT's own (`null`: no gate).
 * A task keeps the authority it was created under, so forming the team again later does not
 * change what was agreed for it. Pure: the rules only; the services write.
 *
 * - FULL: action tasks are carried out directly.
 * - SHARED: action tasks wait for the constituency contact's consent before they start.
 * - NONE: only recommendations; an action task is refused.
 * - INDIRECT: action tasks are raised with the constituency's management and wait until it acts.
 * Recommendations never wait: giving advice needs no authority.
 */

/** An action on the constituency (containment, eradication, recovery), or advice to it. */
export type TaskPurpose = 'ACTION' | 'RECOMMENDATION';

/** What an action task waits for, and whether it came. */
export type TaskClearance = 'AWAITING_CONSENT' | 'CONSENTED' | 'RAISED' | 'ACTED';

/** Why a task may not start yet, as the API shows it. */
export type TaskWaitReason = 'CONSTITUENT_CONSENT' | 'MANAGEMENT_ACTION';

/** Statuses that mean the team carries the task out (or has). */
const STARTED: readonly TaskStatus[] = ['IN_PROGRESS', 'DONE'];

/**
 * The clearance a new task starts with under `authority`, or the refusal (NONE: no actions).
 * `null`: it needs none.
 */
export function clearanceAtCreation(authority: Authority | null, purpose: TaskPurpose): TaskClearance | null {
  if (purpose === 'RECOMMENDATION' || authority === null) return null;
  switch (authority) {
    case 'FULL':
      return null;
    case 'SHARED':
      return 'AWAITING_CONSENT';
    case 'INDIRECT':
      return 'RAISED';
    case 'NONE':
      throw TaskErrors.actionNotAuthorised(authority);
  }
}

/** What the task waits for before it may start; null when nothing. */
export function waitReason(clearance: TaskClearance | null): TaskWaitReason | null {
  if (clearance === 'AWAITING_CONSENT') return 'CONSTITUENT_CONSENT';
  if (clearance === 'RAISED') return 'MANAGEMENT_ACTION';
  return null;
}

/** Refuses moving a task that still waits into a status that carries it out. */
export function assertMayMoveTo(task: { id: string; clearance: TaskClearance | null }, to: TaskStatus): void {
  if (!STARTED.includes(to)) return;
  const reason = waitReason(task.clearance);
  if (reason === 'CONSTITUENT_CONSENT') throw TaskErrors.awaitingConsent(task.id);
  if (reason === 'MANAGEMENT_ACTION') throw TaskErrors.awaitingManagement(task.id);
}

/** The clearance recording `given` leads to; refused when the task does not wait for it. */
export function clearanceAfter(
  task: { id: string; clearance: TaskClearance | null },
  given: 'CONSENT' | 'MANAGEMENT_ACTION',
): TaskClearance {
  if (given === 'CONSENT') {
    if (task.clearance !== 'AWAITING_CONSENT') throw TaskErrors.consentNotAwaited(task.id, task.clearance);
    return 'CONSENTED';
  }
  if (task.clearance !== 'RAISED') throw TaskErrors.notRaised(task.id, task.clearance);
  return 'ACTED';
}
