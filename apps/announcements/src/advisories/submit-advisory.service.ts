import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { assertComplete, contentOf } from './advisory-content';
import { incidentIdsOf, recordStep } from './advisory-records';
import { assertMaySubmit } from './advisory-workflow';
import type { Advisory } from './advisory.entity';
import { lockAdvisory } from './lock-advisory';

/** DRAFT → IN_REVIEW, once the content is complete enough for an approver to judge. */
export async function submitAdvisoryForReview(
  manager: EntityManager,
  outbox: Outbox,
  command: { id: string; caller: Principal; traceparent?: string },
): Promise<Advisory> {
  const advisory = await lockAdvisory(manager, command.id, command.caller);
  assertMaySubmit(advisory);
  assertComplete(contentOf(advisory, (await incidentIdsOf(manager, [advisory.id])).get(advisory.id) ?? []));
  advisory.status = 'IN_REVIEW';
  return recordStep(manager, outbox, advisory, { action: 'SUBMITTED', by: command.caller.subject, traceparent: command.traceparent });
}
