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
  const applied: unknown[] = await manager.query(
    `INSERT INTO person (person_id, name, roles, active, changed_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (person_id) DO UPDATE
       SET name = EXCLUDED.name, roles = EXCLUDED.roles, active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
     WHERE person.changed_at < EXCLUDED.changed_at
     RETURNING person_id`,
    [person.personId, person.name, person.roles, person.active, person.changedAt],
  );
  return applied.length > 0;
}

/** The person, as last heard of; null for an id that is not a uuid or was never heard of. */
export function findPerson(manager: EntityManager, personId: string | null): Promise<Person | null> {
  return personId && isUuid(personId) ? manager.findOne(Person, { where: { personId } }) : Promise.resolve(null);
}

/** Whether the person may act in `role` now: active and holding it. */
export function holdsRole(person: Person | null, role: string): person is Person {
  return !!person && person.active && person.roles.includes(role);
}
