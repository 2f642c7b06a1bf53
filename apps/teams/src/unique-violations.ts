import type { DomainError } from '@csirt/service';
import { ConstituencyErrors } from './constituencies/constituency.errors';
import { PartnerErrors } from './partners/partner.errors';
import { PersonErrors } from './people/person.errors';
import { ResponseTeamErrors } from './response-teams/response-team.errors';
import { TeamErrors } from './teams/team.errors';
import { isUniqueViolation } from './validation';

// The use cases check these rules first; the unique indexes catch the race between two
// concurrent requests, and the loser gets the same stable code instead of a 500.
const BY_CONSTRAINT: Record<string, () => DomainError> = {
  person_email_key: () => PersonErrors.emailTaken('that address'),
  team_standing_name: () => TeamErrors.nameTaken('that'),
  team_one_vcsirt_per_incident: () => ResponseTeamErrors.alreadyFormed('this'),
  team_member_current: () => ResponseTeamErrors.alreadyMember('that'),
  constituency_name: () => ConstituencyErrors.nameTaken('that'),
  partner_csirt_name: () => PartnerErrors.nameTaken('that'),
  partner_csirt_code: () => PartnerErrors.codeTaken('that'),
};

/** Turns a unique violation the use case lost a race on into its domain error. */
export function translateUniqueViolation(error: unknown): never {
  if (isUniqueViolation(error)) {
    const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
    const domain = constraint ? BY_CONSTRAINT[constraint] : undefined;
    if (domain) throw domain();
  }
  throw error;
}
