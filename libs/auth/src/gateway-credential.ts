import { jwtVerify, SignJWT } from 'jose';
import { AuthError } from './errors';

/**
 * How the gateway proves to a subgraph that a request comes from it, besides the user's
 * token: a short-lived HS256 JWT in its own header, signed with a secret only the gateway
 * and the subgraphs hold (not the user-token secret), issued by `csirt-gateway` with
 * `aud` = the subgraph's name. A credential seen by one subgraph (or its logs) is useless
 * against another, and one that leaks dies within minutes.
 */
export const GATEWAY_CREDENTIAL_HEADER = 'x-csirt-gateway-credential';
const ISSUER = 'csirt-gateway';
/** Short, so a leaked credential is soon useless; re-signed well before it runs out. */
const LIFETIME_SECONDS = 300;
const RENEW_BEFORE_SECONDS = 60;
const CLOCK_SKEW_SECONDS = 30;

/** Gives the credential for `subgraph`, signing a fresh one only when the cached one runs low. */
export type GatewayCredentialSigner = (subgraph: string) => Promise<string>;

export function createGatewayCredentialSigner(secret: string): GatewayCredentialSigner {
  const key = new TextEncoder().encode(secret);
  const cache = new Map<string, { token: Promise<string>; renewAt: number }>();
  return (subgraph) => {
    const now = Math.floor(Date.now() / 1000);
    const cached = cache.get(subgraph);
    if (cached && cached.renewAt > now) return cached.token;
    const token = new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject('gateway')
      .setAudience(subgraph)
      .setIssuedAt(now)
      .setExpirationTime(now + LIFETIME_SECONDS)
      .sign(key);
    cache.set(subgraph, { token, renewAt: now + LIFETIME_SECONDS - RENEW_BEFORE_SECONDS });
    return token;
  };
}

/** Fails with UNAUTHENTICATED unless `credential` is a valid gateway credential for `subgraph`. */
export type GatewayCredentialVerifier = (credential: string | undefined) => Promise<void>;

export function createGatewayCredentialVerifier(secret: string, subgraph: string): GatewayCredentialVerifier {
  const key = new TextEncoder().encode(secret);
  return async (credential) => {
    // One message for every failure: a direct caller learns nothing about what it got wrong.
    const refuse = () => new AuthError('UNAUTHENTICATED', 'this service answers only the gateway');
    if (!credential) throw refuse();
    try {
      const { payload } = await jwtVerify(credential, key, {
        issuer: ISSUER,
        audience: subgraph,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat'],
        clockTolerance: CLOCK_SKEW_SECONDS,
        maxTokenAge: LIFETIME_SECONDS + CLOCK_SKEW_SECONDS,
      });
      if ((payload.exp as number) - (payload.iat as number) > LIFETIME_SECONDS) throw refuse();
    } catch {
      throw refuse();
    }
  };
}
