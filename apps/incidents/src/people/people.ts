import { keepNewest } from '@csirt/db';
import type { EventData, PersonChangedV1 } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import { DirectoryPerson } from './person.entity';

/**
 * Keeps what the event says unless a newer description is already held (highest
 * `changedAt` wins): a replay or an out-of-order redelivery must not reactivate someone
 * who left. Safe to apply twice. Answers whether it changed what is held.
 */
export async function recordPerson(
  manager: EntityManager,
  person: EventData<typeof PersonChangedV1>,
): Promise<boolean> {
  return keepNewest(
    manager,
    'directory_person',
    { person_id: person.personId, name: person.name, region: person.region, active: person.active, changed_at: person.changedAt },
    { key: 'person_id', version: 'changed_at' },
  );
}

/** The person as last heard of; null when never heard of. */
export function findPerson(manager: EntityManager, personId: string): Promise<DirectoryPerson | null> {
  return manager.findOne(DirectoryPerson, { where: { personId } });
}
