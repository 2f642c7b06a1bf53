import type { Principal } from '@csirt/auth';
import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { Advisory } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';
import { mayReadAdvisory } from './advisory.repository';

/**
 * Loads an advisory with a row lock, so two concurrent status changes serialise. One the
 * caller is not cleared for is answered exactly like a missing one (same code, same
 * message): a change needs clearance for the label, and the refusal reveals neither the
 * advisory's existence nor its label.
 */
export async function lockAdvisory(manager: EntityManager, id: string, caller: Principal): Promise<Advisory> {
  const advisory = isUuid(id) ? await manager.findOne(Advisory, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!advisory || !mayReadAdvisory(caller, advisory)) throw AdvisoryErrors.notFound(id);
  return advisory;
}
