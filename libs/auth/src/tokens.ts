import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { AuthError } from './errors';
import { isPlatformRole, isTlp, type PlatformRole, type Principal } from './principal';

export interface TokenVerifierOptions {
  /** HS256 shared secret (development, tests, single-tenant installs). */
  secret?: string;
  /** JWKS endpoint of the identity provider (production). Takes precedence over `secret`. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** Longest `exp - iat` accepted; a longer-lived token is refused even when its signature holds. */
  maxLifetimeSeconds?: number;
  /** Clock difference tolerated between the token issuer and this process. */
  clockSkewSeconds?: number;
}

/** A working day: long enough for a shift, short enough that a stolen token soon dies. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

/**
 * Token claims the platform reads besides the registered ones:
 * `roles` (platform roles), `tlp_clearance`, `person_id`, `org`, `name`.
 */
interface PlatformClaims extends JWTPayload {
  roles?: unknown;
  tlp_clearance?: unknown;
  person_id?: unknown;
  org?: unknown;
  name?: unknown;
  partner_id?: unknown;
  sensor_id?: unknown;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Principal | null>;

/**
 * Builds the function that turns an `Authorization` header into a Principal. No header
 * means an anonymous caller (null); a header that does not verify is an error, never a
 * silent downgrade to anonymous.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const key = options.jwksUrl
    ? createRemoteJWKSet(new URL(options.jwksUrl))
    : options.secret
      ? new TextEncoder().encode(options.secret)
      : undefined;
  if (!key) throw new Error('token verification needs a JWKS URL or a shared secret');
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;

  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) throw new AuthError('UNAUTHENTICATED', 'Authorization header must be "Bearer <token>"');
    let payload: PlatformClaims;
    try {
      const verified = await jwtVerify(match[1], key as Parameters<typeof jwtVerify>[1], {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: options.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
        requiredClaims: ['exp'],
        clockTolerance: skew,
      });
      payload = verified.payload as PlatformClaims;
    } catch (error) {
      throw new AuthError('UNAUTHENTICATED', `invalid token: ${(error as Error).message}`);
    }
    checkLifetime(payload, maxLifetime, skew);
    return principalFromClaims(payload);
  };
}

/**
 * jose checks `exp` against the clock but not how long a token was made to live, nor an
 * `iat` from the future (a token minted ahead of time to outlive the lifetime limit).
 */
function checkLifetime(claims: JWTPayload, maxLifetime: number, skew: number): void {
  const now = Math.floor(Date.now() / 1000);
  const exp = claims.exp as number; // required and validated as a number by jwtVerify
  if (claims.iat !== undefined && claims.iat > now + skew) {
    throw new AuthError('UNAUTHENTICATED', 'invalid token: issued in the future');
  }
  // Without `iat`, measure from now: what is left of the token must still fit the limit.
  const issuedAt = Math.min(claims.iat ?? now, now);
  if (exp - issuedAt > maxLifetime + skew) {
    throw new AuthError('UNAUTHENTICATED', `invalid token: lives longer than ${maxLifetime} s`);
  }
}

function principalFromClaims(claims: PlatformClaims): Principal {
  if (!claims.sub) throw new AuthError('UNAUTHENTICATED', 'token has no subject');
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is PlatformRole => typeof r === 'string' && isPlatformRole(r)) : [];
  const clearance = typeof claims.tlp_clearance === 'string' && isTlp(claims.tlp_clearance) ? claims.tlp_clearance : 'GREEN';
  return {
    subject: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : claims.sub,
    roles: new Set(roles),
    clearance,
    personId: typeof claims.person_id === 'string' ? claims.person_id : null,
    organisation: typeof claims.org === 'string' ? claims.org : null,
    partnerId: typeof claims.partner_id === 'string' ? claims.partner_id : null,
    sensorId: typeof claims.sensor_id === 'string' ? claims.sensor_id : null,
  };
}

export interface TokenClaimsInput {
  subject: string;
  name?: string;
  roles: PlatformRole[];
  clearance?: Principal['clearance'];
  personId?: string;
  organisation?: string;
  partnerId?: string;
  sensorId?: string;
  expiresIn?: string;
}

/**
 * Signs an HS256 token. For development (`npm start` prints one), tests and benchmarks;
 * production tokens come from the identity provider.
 */
export async function signToken(input: TokenClaimsInput, secret: string, issuer: string, audience: string): Promise<string> {
  return new SignJWT({
    roles: input.roles,
    tlp_clearance: input.clearance ?? 'AMBER_STRICT',
    name: input.name ?? input.subject,
    ...(input.personId ? { person_id: input.personId } : {}),
    ...(input.organisation ? { org: input.organisation } : {}),
    ...(input.partnerId ? { partner_id: input.partnerId } : {}),
    ...(input.sensorId ? { sensor_id: input.sensorId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(input.subject)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(input.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(secret));
}
