import { isPlatformRole, isTlp, PLATFORM_ROLES, signToken, type PlatformRole } from '@csirt/auth';
import { TLP_LEVELS, type Tlp } from '@csirt/contracts';

/**
 * The development identities the sign-in page offers, and the signer behind them. Only
 * started with DEV_ISSUER=true, which environment.ts refuses under NODE_ENV=production:
 * anyone who reaches it can become anyone.
 */
export const DEV_IDENTITIES: { subject: string; name: string; roles: PlatformRole[]; clearance: Tlp; description: string }[] = [
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
export async function issueDevToken(body: unknown, settings: DevIssuerSettings): Promise<{ token: string } | { error: string }> {
  if (typeof body !== 'object' || body === null) return { error: 'expected a JSON object: subject, name, roles, clearance' };
  const { subject, name, roles, clearance } = body as Record<string, unknown>;
  if (typeof subject !== 'string' || !/^[\w.@-]{1,100}$/.test(subject)) return { error: 'subject: 1 to 100 letters, digits or ._@-' };
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((role) => typeof role === 'string' && isPlatformRole(role))) {
    return { error: `roles: one or more of ${PLATFORM_ROLES.join(', ')}` };
  }
  if (typeof clearance !== 'string' || !isTlp(clearance)) return { error: `clearance: one of ${TLP_LEVELS.join(', ')}` };
  const token = await signToken(
    {
      subject,
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
