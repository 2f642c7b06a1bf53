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
  const applied: unknown[] = await manager.query(
    `INSERT INTO directory_person (person_id, name, region, active, changed_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (person_id) DO UPDATE
       SET name = EXCLUDED.name, region = EXCLUDED.region, active = EXCLUDED.active, changed_at = EXCLUDED.changed_at
     WHERE directory_person.changed_at < EXCLUDED.changed_at
     RETURNING person_id`,
    [person.personId, person.name, person.region, person.active, person.changedAt],
  );
  return applied.length > 0;
}

/** The person as last heard of; null when never heard of. */
export function findPerson(manager: EntityManager, personId: string): Promise<DirectoryPerson | null> {
  return manager.findOne(DirectoryPerson, { where: { personId } });
}
