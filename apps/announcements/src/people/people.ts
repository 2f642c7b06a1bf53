import { keepNewest } from '@csirt/db';
import type { EventData, PersonChangedV1 } from '@csirt/contracts';
import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { Person } from './person.entity';

/**
 * Keeps what the event says unless a newer description is already held: a replay or an
 * out-of-order redelivery must not bring back a role the person has lost, nor reactivate
 * someone who left. Safe to apply twice. Answers whether it changed what is held.
 */
export async function recordPerson(manager: EntityManager, person: EventData<typeof PersonChangedV1>): Promise<boolean> {
  return keepNewest(
    manager,
    'person',
    { person_id: person.personId, name: person.name, roles: person.roles, active: person.active, changed_at: person.changedAt },
    { key: 'person_id', version: 'changed_at' },
  );
}

/** The person, as last heard of; null for an id that is not a uuid or was never heard of. */
export function findPerson(manager: EntityManager, personId: string | null): Promise<Person | null> {
  return personId && isUuid(personId) ? manager.findOne(Person, { where: { personId } }) : Promise.resolve(null);
}

/** Whether the person may act in `role` now: active and holding it. */
export function holdsRole(person: Person | null, role: string): person is Person {
  return !!person && person.active && person.roles.includes(role);
}
