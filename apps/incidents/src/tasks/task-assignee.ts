import type { EntityManager } from 'typeorm';
import { findPerson } from '../people/people';
import { TaskErrors } from './task.errors';

/**
 * A task goes only to someone the teams directory knows and holds active (the people read
 * model): an assignee who left would leave the task with nobody to do it.
 */
export async function assertAssignable(manager: EntityManager, personId: string): Promise<void> {
  const person = await findPerson(manager, personId);
  if (!person) throw TaskErrors.assigneeUnknown(personId);
  if (!person.active) throw TaskErrors.assigneeInactive(personId);
}
