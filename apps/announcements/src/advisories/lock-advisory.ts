import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { Advisory } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';

/** Loads an advisory with a row lock, so two concurrent status changes serialise. */
export async function lockAdvisory(manager: EntityManager, id: string): Promise<Advisory> {
  const advisory = isUuid(id) ? await manager.findOne(Advisory, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!advisory) throw AdvisoryErrors.notFound(id);
  return advisory;
}
