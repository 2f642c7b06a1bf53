import { TLP_LEVELS, type Tlp } from '@csirt/contracts';

/**
 * What a caller may do on the platform. These are access rights, not the domain roles a
 * person holds in a team (security officer, legal counsel, ...), which the teams service
 * models.
 */
export const PLATFORM_ROLES = [
  /** Submits reports (constituents, sensors, partner feeds). */
  'REPORTER',
  /** Triages reports and works incidents. */
  'ANALYST',
  /** Owns incidents: transitions, merges, closes. */
  'INCIDENT_MANAGER',
  /** Forms and changes virtual CSIRTs. */
  'SECURITY_OFFICER',
  /** Maintains people, teams, constituencies and partner agreements. */
  'TEAM_ADMIN',
  /** Drafts and publishes announcements. */
  'PUBLISHER',
  /** Reads everything it is cleared for, changes nothing. */
  'AUDITOR',
  /** Everything. */
  'ADMIN',
] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export interface Principal {
  /** Stable id of the caller (the token's `sub`). */
  subject: string;
  name: string;
  roles: ReadonlySet<PlatformRole>;
  /** Most restrictive TLP label the caller may ever read. */
  clearance: Tlp;
  /** The caller's Person id in the teams service, when the caller is staff. */
  personId: string | null;
  /** Organisation the caller belongs to (a constituent, a partner CSIRT). */
  organisation: string | null;
  /** Partner CSIRT the caller speaks for (claim `partner_id`): binds the partner channel and acknowledgements. */
  partnerId: string | null;
  /** Automated sensor the caller is (claim `sensor_id`): only sensors submit on the sensor channel. */
  sensorId: string | null;
}

export function isPlatformRole(value: string): value is PlatformRole {
  return (PLATFORM_ROLES as readonly string[]).includes(value);
}

export function isTlp(value: string): value is Tlp {
  return (TLP_LEVELS as readonly string[]).includes(value);
}
