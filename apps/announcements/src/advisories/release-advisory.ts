import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import type { ReleaseDelivery } from '../delivery/advisory-release';
import { contentOf, type AdvisoryContent } from './advisory-content';
import { incidentIdsOf, recordStep, standingApprovals, standingRoles } from './advisory-records';
import { releaseOf } from './advisory-release-of';
import { assertMayWithdraw, assertReleasable } from './advisory-workflow';
import { AdvisoryRevision, type Advisory, type ReleaseAction } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';
import { lockAdvisory } from './lock-advisory';

export interface ReleaseDeps {
  outbox: Outbox;
  delivery: ReleaseDelivery;
}

export interface ReleaseCommand {
  id: string;
  /** Needs clearance for the advisory's label (a refusal reads as not found). */
  caller: Principal;
  traceparent?: string;
}

/** First publication of an approved advisory: revision 1. */
export async function publishAdvisory(manager: EntityManager, deps: ReleaseDeps, command: ReleaseCommand): Promise<Advisory> {
  const advisory = await lockAdvisory(manager, command.id, command.caller);
  assertReleasable(advisory, 'PUBLISHED', standingRoles(await standingApprovals(manager, advisory)));
  const now = new Date();
  advisory.publishedAt = now;
  advisory.publishedBy = command.caller.subject;
  return release(manager, deps, advisory, command, { action: 'PUBLISHED', status: 'PUBLISHED', summary: 'Initial release', at: now });
}

/** A new revision of a published advisory, approved again since its last release. */
export async function reviseAdvisory(
  manager: EntityManager,
  deps: ReleaseDeps,
  command: ReleaseCommand & { summary: string },
): Promise<Advisory> {
  const summary = command.summary.trim();
  if (summary.length < 3 || summary.length > 1_000) throw AdvisoryErrors.invalidInput('summary', 'summary: what changed, 3 to 1000 characters');
  const advisory = await lockAdvisory(manager, command.id, command.caller);
  assertReleasable(advisory, 'REVISED', standingRoles(await standingApprovals(manager, advisory)));
  return release(manager, deps, advisory, command, { action: 'REVISED', status: 'REVISED', summary, at: new Date() });
}

/**
 * Takes a published advisory back, with the reason, and tells its recipients. The notice
 * repeats what was last released, never a revision still in preparation. No approval: see
 * assertMayWithdraw.
 */
export async function withdrawAdvisory(manager: EntityManager, deps: ReleaseDeps, command: ReleaseCommand & { reason: string }): Promise<Advisory> {
  const reason = command.reason.trim();
  if (reason.length < 3 || reason.length > 2_000) throw AdvisoryErrors.invalidInput('reason', 'reason must be 3 to 2000 characters');
  const advisory = await lockAdvisory(manager, command.id, command.caller);
  assertMayWithdraw(advisory);
  const now = new Date();
  advisory.withdrawnAt = now;
  advisory.withdrawnBy = command.caller.subject;
  advisory.withdrawnReason = reason;
  return release(manager, deps, advisory, command, { action: 'WITHDRAWN', status: 'WITHDRAWN', summary: `Withdrawn: ${reason}`.slice(0, 1_000), at: now, reason });
}

/**
 * Writes the revision, hands the release to delivery in this transaction (a refusal by
 * delivery rolls everything back) and records the step.
 */
async function release(
  manager: EntityManager,
  deps: ReleaseDeps,
  advisory: Advisory,
  command: ReleaseCommand,
  step: { action: ReleaseAction; status: Advisory['status']; summary: string; at: Date; reason?: string },
): Promise<Advisory> {
  const previous = await manager.find(AdvisoryRevision, { where: { advisoryId: advisory.id }, order: { number: 'ASC' } });
  const current = contentOf(advisory, (await incidentIdsOf(manager, [advisory.id])).get(advisory.id) ?? []);
  // A withdrawal takes back what went out, not the working copy.
  const content: AdvisoryContent = step.action === 'WITHDRAWN' ? (previous[previous.length - 1]?.content ?? current) : current;
  const revision = manager.create(AdvisoryRevision, {
    advisoryId: advisory.id,
    number: (advisory.releasedRevision ?? 0) + 1,
    action: step.action,
    summary: step.summary,
    releasedAt: step.at,
    releasedBy: command.caller.subject,
    contentVersion: advisory.contentVersion,
    content,
  });
  await manager.insert(AdvisoryRevision, revision);
  await deps.delivery.deliver(
    manager,
    releaseOf({ advisoryId: advisory.id, reference: advisory.reference, action: step.action, content, history: [...previous, revision], withdrawalReason: step.reason }),
  );
  advisory.status = step.status;
  advisory.releasedRevision = revision.number;
  return recordStep(manager, deps.outbox, advisory, { action: step.action, by: command.caller.subject, revision: revision.number, traceparent: command.traceparent });
}
