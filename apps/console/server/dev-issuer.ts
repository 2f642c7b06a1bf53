import { isPlatformRole, isTlp, PLATFORM_ROLES, signToken, type PlatformRole } from '@csirt/auth';
import { TLP_LEVELS, type Tlp } from '@csirt/contracts';
import type { DevPeople, DevPerson } from './dev-people';

/**
 * The development identities the sign-in page offers, and the signer behind them. Only
 * started with DEV_ISSUER=true, which environment.ts refuses under NODE_ENV=production:
 * anyone who reaches it can become anyone.
 */
export interface DevIdentity {
  subject: string;
  name: string;
  roles: PlatformRole[];
  clearance: Tlp;
  description: string;
  /** The teams person this identity speaks for (found or created at start, see dev-people.ts). */
  person?: DevPerson;
}

export const DEV_IDENTITIES: DevIdentity[] = [
  { subject: 'dev-analyst', name: 'Ana Lyst', roles: ['ANALYST'], clearance: 'AMBER_STRICT', description: 'Triages reports and works incidents.' },
  {
    subject: 'dev-analyst-green',
    name: 'Greta Green',
    roles: ['ANALYST'],
    clearance: 'GREEN',
    description: 'An analyst cleared for TLP:GREEN only.',
  },
  {
    subject: 'dev-manager',
    name: 'Ines Manager',
    roles: ['ANALYST', 'INCIDENT_MANAGER', 'SECURITY_OFFICER'],
    clearance: 'AMBER_STRICT',
    description: 'Owns incidents: triage to closure, forms response teams.',
  },
  { subject: 'dev-reporter', name: 'Rey Porter', roles: ['REPORTER'], clearance: 'AMBER', description: 'A constituent who submits reports.' },
  { subject: 'dev-publisher', name: 'Pia Publisher', roles: ['PUBLISHER'], clearance: 'AMBER', description: 'Drafts and publishes advisories.' },
  { subject: 'dev-team-admin', name: 'Ted Admin', roles: ['TEAM_ADMIN'], clearance: 'AMBER', description: 'Maintains people, teams and partners.' },
  { subject: 'dev-auditor', name: 'Audra Auditor', roles: ['AUDITOR'], clearance: 'AMBER_STRICT', description: 'Reads everything it is cleared for.' },
  {
    subject: 'dev-pr-officer',
    name: 'Petra Relations',
    roles: ['ANALYST'],
    clearance: 'AMBER',
    description: 'PR officer in the directory: approves advisories (not ones they wrote).',
    person: { name: 'Petra Relations', email: 'pr-officer@dev.csirt.example', role: 'PR_OFFICER' },
  },
  {
    subject: 'dev-legal-counsel',
    name: 'Leo Gall',
    roles: ['ANALYST'],
    clearance: 'AMBER',
    description: 'Legal counsel in the directory: approves legally sensitive advisories.',
    person: { name: 'Leo Gall', email: 'legal-counsel@dev.csirt.example', role: 'LEGAL_COUNSEL' },
  },
  { subject: 'dev-admin', name: 'Development administrator', roles: ['ADMIN'], clearance: 'RED', description: 'Everything.' },
];

export interface DevIssuerSettings {
  secret: string;
  issuer: string;
  audience: string;
  lifetimeSeconds: number;
}

export function devCatalogue() {
  return { identities: DEV_IDENTITIES, roles: PLATFORM_ROLES, clearances: TLP_LEVELS };
}

/** Signs a token for the identity asked for; `error` when the request is not one. */
export async function issueDevToken(
  body: unknown,
  settings: DevIssuerSettings,
  people?: DevPeople,
): Promise<{ token: string } | { error: string; status?: number }> {
  if (typeof body !== 'object' || body === null) return { error: 'expected a JSON object: subject, name, roles, clearance' };
  const { subject, name, roles, clearance } = body as Record<string, unknown>;
  if (typeof subject !== 'string' || !/^[\w.@-]{1,100}$/.test(subject)) return { error: 'subject: 1 to 100 letters, digits or ._@-' };
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => typeof role === 'string' && isPlatformRole(role))) {
    return { error: `roles: one or more of ${PLATFORM_ROLES.join(', ')}` };
  }
  if (typeof clearance !== 'string' || !isTlp(clearance)) return { error: `clearance: one of ${TLP_LEVELS.join(', ')}` };
  // A development identity that is a person in the directory carries that person's id.
  const person = DEV_IDENTITIES.find((identity) => identity.subject === subject)?.person;
  let personId: string | undefined;
  if (person && people) {
    try {
      personId = await people.idOf(person);
    } catch {
      return { error: `${person.name} could not be found or created in the teams directory (is the gateway up?)`, status: 503 };
    }
  }
  const token = await signToken(
    {
      subject,
      ...(personId ? { personId } : {}),
      name: typeof name === 'string' && name.length <= 200 ? name : subject,
      roles: roles as PlatformRole[],
      clearance,
      expiresIn: `${settings.lifetimeSeconds}s`,
    },
    settings.secret,
    settings.issuer,
    settings.audience,
  );
  return { token };
}
