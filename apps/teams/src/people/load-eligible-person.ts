import type { EntityManager } from 'typeorm';
import type { DomainRole } from './domain-roles';
import { Person } from './person.entity';
import { PersonErrors } from './person.errors';

/**
 * Loads a person who is to join a team in `role`: they must exist, be active and hold the
 * role. The row is share-locked, so the person cannot be deactivated while joining.
 */
export async function loadEligiblePerson(
  manager: EntityManager,
  personId: string,
  role: DomainRole,
): Promise<Person> {
  const person = await manager.findOne(Person, {
    where: { id: personId },
    lock: { mode: 'pessimistic_read' },
  });
  if (!person) throw PersonErrors.notFound(personId);
  if (!person.active) throw PersonErrors.inactive(personId);
  if (!person.roles.includes(role)) throw PersonErrors.roleNotHeld(personId, role);
  return person;
}
