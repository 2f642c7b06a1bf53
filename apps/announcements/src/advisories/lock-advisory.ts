import type { EntityManager } from 'typeorm';
import { Advisory } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';

/** Loads an advisory with a row lock, so two concurrent status changes serialise. */
export async function lockAdvisory(manager: EntityManager, id: string): Promise<Advisory> {
  const advisory = await manager.findOne(Advisory, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!advisory) throw AdvisoryErrors.notFound(id);
  return advisory;
}
