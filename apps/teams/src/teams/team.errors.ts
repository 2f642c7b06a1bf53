import { DomainError } from '@csirt/service';

export const TeamErrors = {
  invalidInput: (field: string, message: string) => new DomainError('TEAM.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError('TEAM.NOT_FOUND', `team ${id} not found`, { id }),
  nameTaken: (name: string) =>
    new DomainError('TEAM.NAME_TAKEN', `a team named ${name} exists`, { field: 'name' }),
  isResponseTeam: (id: string) =>
    new DomainError(
      'TEAM.IS_RESPONSE_TEAM',
      `team ${id} is a virtual CSIRT; use addResponder and releaseResponder`,
      { id },
    ),
  alreadyMember: (teamId: string, personId: string) =>
    new DomainError('TEAM.ALREADY_MEMBER', `person ${personId} is already a member of team ${teamId}`, {
      teamId,
      personId,
    }),
  notAMember: (teamId: string, personId: string) =>
    new DomainError('TEAM.NOT_A_MEMBER', `person ${personId} is not a member of team ${teamId}`, {
      teamId,
      personId,
    }),
};
