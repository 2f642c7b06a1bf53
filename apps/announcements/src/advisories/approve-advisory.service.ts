import { randomUUID } from 'node:crypto';
import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { findPerson, holdsRole } from '../people/people';
import { recordStep, standingApprovals, standingRoles } from './advisory-records';
import { assertMayApprove, missingApprovals, requiredApprovals } from './advisory-workflow';
import { AdvisoryApproval, type Advisory, type ApprovalRole } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';
import { lockAdvisory } from './lock-advisory';

export interface ApproveAdvisoryCommand {
  id: string;
  caller: Principal;
  /** The capacity the caller approves in. */
  role: ApprovalRole;
  comment?: string | null;
  traceparent?: string;
}

/**
 * One approval of the content under review. The platform role only lets the caller ask;
 * the gate is the person (the token's `personId`) as the teams service last described
 * them: active and holding `role`. Nobody who wrote the content may approve it, and one
 * person gives one approval per content version. The last approval needed makes the
 * advisory APPROVED.
 */
export async function approveAdvisory(manager: EntityManager, outbox: Outbox, command: ApproveAdvisoryCommand): Promise<Advisory> {
  const comment = command.comment?.trim() || null;
  if (comment && comment.length > 2_000) throw AdvisoryErrors.invalidInput('comment', 'comment: at most 2000 characters');
  const advisory = await lockAdvisory(manager, command.id, command.caller);
  assertMayApprove(advisory);
  if (!requiredApprovals(advisory).includes(command.role)) throw AdvisoryErrors.approvalNotNeeded(command.role);
  const person = await findPerson(manager, command.caller.personId);
  if (!holdsRole(person, command.role)) throw AdvisoryErrors.approverNotQualified(command.role);
  if (advisory.authorSubjects.includes(command.caller.subject)) throw AdvisoryErrors.selfApproval();
  const standing = await standingApprovals(manager, advisory);
  if (standing.some((approval) => approval.role === command.role || approval.personId === person.personId)) {
    throw AdvisoryErrors.alreadyApproved(command.role);
  }
  await manager.insert(AdvisoryApproval, {
    id: randomUUID(),
    advisoryId: advisory.id,
    contentVersion: advisory.contentVersion,
    revision: (advisory.releasedRevision ?? 0) + 1,
    role: command.role,
    personId: person.personId,
    personName: person.name,
    subject: command.caller.subject,
    comment,
    approvedAt: new Date(),
    voidedAt: null,
    voidedReason: null,
  });
  if (missingApprovals(advisory, [...standingRoles(standing), command.role]).length === 0) advisory.status = 'APPROVED';
  return recordStep(manager, outbox, advisory, { action: 'APPROVED', by: command.caller.subject, traceparent: command.traceparent });
}
