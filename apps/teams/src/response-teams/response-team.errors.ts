import { DomainError } from '@csirt/service';

export const ResponseTeamErrors = {
  invalidInput: (field: string, message: string) =>
    new DomainError('RESPONSE_TEAM.INVALID_INPUT', message, { field }),
  /** Also the answer when the caller may not see the incident: its existence does not leak. */
  incidentUnknown: (incidentId: string) =>
    new DomainError(
      'RESPONSE_TEAM.INCIDENT_UNKNOWN',
      `incident ${incidentId} is not known to the teams service`,
      { incidentId },
    ),
  incidentClosed: (incidentId: string) =>
    new DomainError(
      'RESPONSE_TEAM.INCIDENT_CLOSED',
      `incident ${incidentId} is closed; its response team is disbanded`,
      { incidentId },
    ),
  alreadyFormed: (incidentId: string) =>
    new DomainError(
      'RESPONSE_TEAM.ALREADY_FORMED',
      `incident ${incidentId} already has a response team; there is one per incident`,
      {
        incidentId,
      },
    ),
  notFormed: (incidentId: string) =>
    new DomainError(
      'RESPONSE_TEAM.NOT_FORMED',
      `incident ${incidentId} has no response team yet; form one first`,
      { incidentId },
    ),
  noSecurityMember: () =>
    new DomainError(
      'RESPONSE_TEAM.NO_SECURITY_MEMBER',
      'a response team needs at least one member with security responsibilities (GEO_SECURITY_OFFICER, WORLDWIDE_SECURITY_MANAGER, SECURITY_COORDINATOR or ENTERPRISE_CSIRT_CONTACT)',
      { field: 'members' },
    ),
  leadNotAMember: (personId: string) =>
    new DomainError('RESPONSE_TEAM.LEAD_NOT_A_MEMBER', `the lead ${personId} must be one of the members`, {
      field: 'leadPersonId',
      personId,
    }),
  leadNotRegionalOfficer: (personId: string, region: string | null) =>
    new DomainError(
      'RESPONSE_TEAM.LEAD_NOT_REGIONAL_OFFICER',
      region
        ? `the lead must be the geo-based security officer of region ${region}, in the team as GEO_SECURITY_OFFICER`
        : 'the lead of a response team for an incident without region must be a security officer or the worldwide security manager',
      { field: 'leadPersonId', personId, region },
    ),
  oneSecurityOfficer: () =>
    new DomainError(
      'RESPONSE_TEAM.ONE_SECURITY_OFFICER',
      'a response team has one geo-based security officer',
      { field: 'role' },
    ),
  alreadyMember: (personId: string) =>
    new DomainError('RESPONSE_TEAM.ALREADY_MEMBER', `person ${personId} is already in the response team`, {
      personId,
    }),
  notAMember: (personId: string) =>
    new DomainError('RESPONSE_TEAM.NOT_A_MEMBER', `person ${personId} is not in the response team`, {
      personId,
    }),
  leadCannotLeave: (personId: string) =>
    new DomainError(
      'RESPONSE_TEAM.LEAD_CANNOT_LEAVE',
      `person ${personId} leads the response team and stays until the incident closes`,
      {
        personId,
      },
    ),
};
