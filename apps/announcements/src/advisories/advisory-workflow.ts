import type { Advisory, ApprovalRole } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';

/**
 * The authoring workflow's decisions, as pure functions (unit-tested in
 * advisory-workflow.spec.ts). The use cases load, ask these, then write.
 *
 *   DRAFT → IN_REVIEW → APPROVED → PUBLISHED → (edit → DRAFT → … → APPROVED → REVISED)… → WITHDRAWN
 *
 * An edit in any state but WITHDRAWN returns the advisory to DRAFT and voids the standing
 * approvals; `releasedRevision` keeps saying what is already out while a revision is prepared.
 */

/** Anything leaving the organisation needs the PR officer; legally sensitive text, legal counsel too. */
export function requiredApprovals(advisory: Pick<Advisory, 'legallySensitive'>): ApprovalRole[] {
  return advisory.legallySensitive ? ['PR_OFFICER', 'LEGAL_COUNSEL'] : ['PR_OFFICER'];
}

/** Roles still to approve the current content, given the roles of its standing approvals. */
export function missingApprovals(advisory: Pick<Advisory, 'legallySensitive'>, standing: readonly ApprovalRole[]): ApprovalRole[] {
  return requiredApprovals(advisory).filter((role) => !standing.includes(role));
}

export function assertMayEdit(advisory: Pick<Advisory, 'status'>): void {
  if (advisory.status === 'WITHDRAWN') throw AdvisoryErrors.invalidTransition('WITHDRAWN', 'DRAFT');
}

export function assertMaySubmit(advisory: Pick<Advisory, 'status'>): void {
  if (advisory.status !== 'DRAFT') throw AdvisoryErrors.invalidTransition(advisory.status, 'IN_REVIEW');
}

export function assertMayApprove(advisory: Pick<Advisory, 'status'>): void {
  if (advisory.status !== 'IN_REVIEW') throw AdvisoryErrors.invalidTransition(advisory.status, 'APPROVED');
}

/**
 * May the current content go out, as the first publication (`PUBLISHED`) or a revision of
 * a published advisory (`REVISED`)? Not yet approved is told apart from the wrong step:
 * NOT_APPROVED / LEGAL_APPROVAL_REQUIRED name what is missing.
 */
export function assertReleasable(
  advisory: Pick<Advisory, 'status' | 'releasedRevision' | 'legallySensitive'>,
  action: 'PUBLISHED' | 'REVISED',
  standing: readonly ApprovalRole[],
): void {
  const released = advisory.releasedRevision !== null;
  if (advisory.status === 'WITHDRAWN' || (action === 'PUBLISHED') === released) throw AdvisoryErrors.invalidTransition(advisory.status, action);
  // Published or revised with no edit since: there is nothing new to release.
  if (advisory.status === 'PUBLISHED' || advisory.status === 'REVISED') throw AdvisoryErrors.invalidTransition(advisory.status, action);
  const missing = missingApprovals(advisory, standing);
  if (advisory.status === 'APPROVED' && missing.length === 0) return;
  if (missing.length === 1 && missing[0] === 'LEGAL_COUNSEL') throw AdvisoryErrors.legalApprovalRequired();
  throw AdvisoryErrors.notApproved(missing.length > 0 ? missing : requiredApprovals(advisory));
}

/**
 * Withdrawal takes back what is out; it needs no new approval. Pulling an advisory that
 * turned out wrong or harmful is an emergency, so a publisher cleared for its label does
 * it alone, with a reason that travels with the withdrawal notice (see the README).
 */
export function assertMayWithdraw(advisory: Pick<Advisory, 'status' | 'releasedRevision'>): void {
  if (advisory.status === 'WITHDRAWN' || advisory.releasedRevision === null) throw AdvisoryErrors.invalidTransition(advisory.status, 'WITHDRAWN');
}
