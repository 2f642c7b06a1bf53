import { parseArgs } from 'node:util';
import { isPlatformRole, isTlp, type PlatformRole, type Principal } from './principal';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, type TokenClaimsInput } from './tokens';

/** What `npm run token` signs, read from its command line; `error` when the line is not usable. */
export type DevTokenRequest = { claims: TokenClaimsInput; ttlSeconds: number } | { error: string };

/**
 * How the local stack (`npm start`, docker compose) signs and checks tokens unless told
 * otherwise. Public on purpose: development only, never a deployment's secret.
 */
export const DEV_AUTH = {
  secret: 'development-secret-change-me-0123456789abcdef',
  issuer: 'csirt-platform',
  audience: 'csirt-platform',
} as const;

export const DEV_TOKEN_USAGE =
  'usage: npm run token -- --sub <subject> --roles <ROLE,ROLE> --clearance <TLP> [--partner <id>] [--sensor <id>] [--person <id>] [--name <text>] [--ttl <30m|8h|...>]';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * Reads the command line of the development token tool. The lifetime may not exceed what
 * the services accept (`maxLifetimeSeconds`, 12 h unless configured): a token they would
 * refuse is not worth printing.
 */
export function parseDevTokenArgs(argv: string[], maxLifetimeSeconds = DEFAULT_MAX_TOKEN_LIFETIME_SECONDS): DevTokenRequest {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        sub: { type: 'string' },
        roles: { type: 'string' },
        clearance: { type: 'string' },
        partner: { type: 'string' },
        sensor: { type: 'string' },
        person: { type: 'string' },
        name: { type: 'string' },
        ttl: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (!values.sub) return { error: '--sub is required' };
  const roles = (values.roles ?? '').split(',').map((role) => role.trim().toUpperCase()).filter(Boolean);
  if (roles.length === 0) return { error: '--roles is required (comma-separated platform roles)' };
  const unknown = roles.filter((role) => !isPlatformRole(role));
  if (unknown.length > 0) return { error: `unknown role(s): ${unknown.join(', ')}` };
  const clearance = (values.clearance ?? '').toUpperCase().replace('+', '_');
  if (!isTlp(clearance)) return { error: '--clearance is required: CLEAR, GREEN, AMBER, AMBER_STRICT or RED' };
  const ttl = /^(\d+)([smhd])$/.exec(values.ttl ?? '12h');
  if (!ttl) return { error: '--ttl must look like 30m, 8h or 1d' };
  const ttlSeconds = Number(ttl[1]) * UNITS[ttl[2]];
  if (ttlSeconds <= 0 || ttlSeconds > maxLifetimeSeconds) {
    return { error: `--ttl must be between 1 s and ${maxLifetimeSeconds} s, the longest lifetime the services accept` };
  }
  return {
    ttlSeconds,
    claims: {
      subject: values.sub,
      name: values.name,
      roles: roles as PlatformRole[],
      clearance: clearance as Principal['clearance'],
      partnerId: values.partner,
      sensorId: values.sensor,
      personId: values.person,
      expiresIn: `${ttlSeconds}s`,
    },
  };
}
