import { DomainError } from '@csirt/service';

export const PersonErrors = {
  invalidInput: (field: string, message: string) =>
    new DomainError('PERSON.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError('PERSON.NOT_FOUND', `person ${id} not found`, { id }),
  emailTaken: (email: string) =>
    new DomainError('PERSON.EMAIL_TAKEN', `another person already uses ${email}`, { field: 'email' }),
  unknownRole: (role: string) =>
    new DomainError('PERSON.UNKNOWN_ROLE', `${role} is not a role a person can hold`, { role }),
  inactive: (personId: string) =>
    new DomainError('PERSON.INACTIVE', `person ${personId} is not active and cannot join a team`, {
      personId,
    }),
  roleNotHeld: (personId: string, role: string) =>
    new DomainError('PERSON.ROLE_NOT_HELD', `person ${personId} does not hold the role ${role}`, {
      personId,
      role,
    }),
};
