import { PersonChangedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import type { Person } from './person.entity';

/**
 * Tells other services about a person, so they can keep the small read models they need
 * (who may see a TLP:RED incident, an assignee's name). Staff contact details are internal:
 * the event is labelled TLP:AMBER.
 */
export function announcePersonChanged(
  manager: EntityManager,
  outbox: Outbox,
  person: Person,
  traceparent?: string,
) {
  return outbox.enqueue(manager, {
    contract: PersonChangedV1,
    subject: person.id,
    tlp: 'AMBER',
    traceparent,
    data: {
      personId: person.id,
      name: person.name,
      email: person.email,
      region: person.region,
      roles: person.roles,
      active: person.active,
      changedAt: person.updatedAt.toISOString(),
    },
  });
}
