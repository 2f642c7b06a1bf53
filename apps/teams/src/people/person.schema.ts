import { z } from 'zod';
import { normaliseRegion } from '../validation';
import { DOMAIN_ROLES, isDomainRole } from './domain-roles';
import { PersonErrors } from './person.errors';

/** Field rules shared by creating and changing a person. */
export const personFields = {
  name: z.string().trim().min(1).max(200),
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  region: z.string().trim().max(64).nullish().transform(normaliseRegion),
  roles: z
    .array(z.enum(DOMAIN_ROLES))
    .min(1, 'at least one role')
    .max(DOMAIN_ROLES.length)
    .transform((roles) => [...new Set(roles)]),
  skills: z
    .array(z.string().trim().toLowerCase().min(1).max(64))
    .max(50)
    .transform((skills) => [...new Set(skills)]),
  onCall: z.boolean(),
  active: z.boolean(),
};

/**
 * A role that is not a domain role gets its own stable code. GraphQL's enum already stops
 * most (BAD_USER_INPUT / GRAPHQL_VALIDATION_FAILED); this guards every other way in.
 */
export function assertKnownRoles(roles: readonly string[] | null | undefined): void {
  for (const role of roles ?? []) if (!isDomainRole(role)) throw PersonErrors.unknownRole(role);
}
