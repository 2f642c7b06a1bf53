import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { announcePersonChanged } from './person-changed';
import { Person } from './person.entity';
import { PersonErrors } from './person.errors';
import { PersonRepository } from './person.repository';
import { assertKnownRoles, personFields } from './person.schema';

export interface UpdatePersonCommand {
  id: string;
  /** Only the keys present change; `region: null` clears the region. */
  changes: {
    name?: string | null;
    email?: string | null;
    region?: string | null;
    roles?: readonly string[] | null;
    skills?: readonly string[] | null;
    onCall?: boolean | null;
    active?: boolean | null;
  };
  traceparent?: string;
}

// null means "not given" for every field but region, which null clears.
const UpdatePersonSchema = z.object({
  name: personFields.name.nullish(),
  email: personFields.email.nullish(),
  region: personFields.region,
  roles: personFields.roles.nullish(),
  skills: personFields.skills.nullish(),
  onCall: personFields.onCall.nullish(),
  active: personFields.active.nullish(),
});

/**
 * Changes a person and tells other services. A person leaving (active false) stays in the
 * teams they were in, for history; they can no longer be added anywhere.
 */
export async function updatePerson(
  manager: EntityManager,
  outbox: Outbox,
  command: UpdatePersonCommand,
): Promise<Person> {
  assertKnownRoles(command.changes.roles);
  const changes = parseInput(UpdatePersonSchema, command.changes, PersonErrors.invalidInput);
  const person = await manager.findOne(Person, {
    where: { id: command.id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!person) throw PersonErrors.notFound(command.id);
  if (changes.email && changes.email !== person.email) {
    const owner = await new PersonRepository(manager).findByEmail(changes.email);
    if (owner && owner.id !== person.id) throw PersonErrors.emailTaken(changes.email);
    person.email = changes.email;
  }
  if (changes.name) person.name = changes.name;
  if ('region' in command.changes) person.region = changes.region ?? null;
  if (changes.roles) person.roles = changes.roles;
  if (changes.skills) person.skills = changes.skills;
  if (typeof changes.onCall === 'boolean') person.onCall = changes.onCall;
  if (typeof changes.active === 'boolean') person.active = changes.active;
  person.updatedAt = new Date();
  await manager.save(person);
  await announcePersonChanged(manager, outbox, person, command.traceparent);
  return person;
}
