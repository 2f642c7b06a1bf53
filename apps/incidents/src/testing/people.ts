// Test helper (specs only): a person the teams directory has announced, without Kafka.
import { randomUUID } from 'node:crypto';
import type { EventData, PersonChangedV1 } from '@csirt/contracts';
import { recordPerson } from '../people/people';
import type { Service } from './fixtures';

/** A PersonChangedV1 payload with a fresh id; override what the test cares about. */
export function personChange(overrides: Partial<EventData<typeof PersonChangedV1>> = {}): EventData<typeof PersonChangedV1> {
  const personId = randomUUID();
  return {
    personId,
    name: `Responder ${personId.slice(0, 8)}`,
    email: `${personId}@example.org`,
    region: 'EMEA',
    roles: ['TECHNICAL_LEAD'],
    active: true,
    changedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Records an active person in the people read model, as the consumer would; returns the id. */
export async function knownPerson(service: Service, overrides: Partial<EventData<typeof PersonChangedV1>> = {}): Promise<string> {
  const person = personChange(overrides);
  await service.dependencies.transaction((manager) => recordPerson(manager, person));
  return person.personId;
}
