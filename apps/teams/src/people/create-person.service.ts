import { randomUUID } from 'node:crypto';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { DomainRole } from './domain-roles';
import { announcePersonChanged } from './person-changed';
import { Person } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonRepository } from './person.repository';
import { assertKnownRoles, personFields } from './person.schema';

export interface CreatePersonCommand {
  name: string;
  email: string;
  region?: string | null;
  roles: readonly string[];
  skills?: readonly string[] | null;
  onCall?: boolean | null;
  active?: boolean | null;
  traceparent?: string;
}

const CreatePersonSchema = z.object({
  name: personFields.name,
  email: personFields.email,
  region: personFields.region,
  roles: personFields.roles,
  skills: personFields.skills.nullish().transform((skills) => skills ?? []),
  onCall: personFields.onCall.nullish().transform((value) => value ?? false),
  active: personFields.active.nullish().transform((value) => value ?? true),
});

/** Records a person and tells other services (PersonChangedV1). */
export async function createPerson(
  manager: EntityManager,
  outbox: Outbox,
  command: CreatePersonCommand,
): Promise<Person> {
  assertKnownRoles(command.roles);
  const input = parseInput(CreatePersonSchema, command, PersonErrors.invalidInput);
  const people = new PersonRepository(manager);
  if (await people.findByEmail(input.email)) throw PersonErrors.emailTaken(input.email);
  const now = new Date();
  const person = manager.create(Person, {
    id: randomUUID(),
    name: input.name,
    email: input.email,
    region: input.region ?? null,
    roles: input.roles as DomainRole[],
    skills: input.skills,
    onCall: input.onCall,
    active: input.active,
    createdAt: now,
    updatedAt: now,
  });
  await manager.insert(Person, person);
  await announcePersonChanged(manager, outbox, person, command.traceparent);
  return person;
}
