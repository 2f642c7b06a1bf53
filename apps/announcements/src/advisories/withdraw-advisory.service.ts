import type { Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import type { Advisory } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';
import { lockAdvisory } from './lock-advisory';

/** Marks a published advisory withdrawn, with the reason. Needs clearance for its label. */
export async function withdrawAdvisory(manager: EntityManager, caller: Principal, id: string, reason: string): Promise<Advisory> {
  const trimmed = reason.trim();
  if (trimmed.length < 3 || trimmed.length > 2_000) throw AdvisoryErrors.invalidInput('reason', 'reason must be 3 to 2000 characters');
  const advisory = await lockAdvisory(manager, id, caller);
  if (advisory.status !== 'PUBLISHED') throw AdvisoryErrors.invalidTransition(advisory.status, 'WITHDRAWN');
  advisory.status = 'WITHDRAWN';
  advisory.withdrawnReason = trimmed;
  return manager.save(advisory);
}
