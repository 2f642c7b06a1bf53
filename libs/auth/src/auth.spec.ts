import { SignJWT } from 'jose';
import { AuthError } from './errors';
import { canRead, readableLabels, requireRole } from './policy';
import type { Principal } from './principal';
import { createTokenVerifier, signToken } from './tokens';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const options = { secret, issuer: 'csirt-test', audience: 'csirt-platform' };

const principal = (overrides: Partial<Principal> = {}): Principal => ({
  subject: 'u1',
  name: 'U One',
  roles: new Set(['ANALYST']),
  clearance: 'AMBER',
  personId: 'p1',
  organisation: null,
  partnerId: null,
  sensorId: null,
  ...overrides,
});

describe('token verification', () => {
  const verify = createTokenVerifier(options);

  it('turns a valid token into a principal with only known roles', async () => {
    const token = await new SignJWT({ roles: ['ANALYST', 'ROOT'], tlp_clearance: 'AMBER_STRICT', person_id: 'p-7' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    const caller = await verify(`Bearer ${token}`);
    expect(caller).toMatchObject({ subject: 'alice', clearance: 'AMBER_STRICT', personId: 'p-7' });
    expect([...caller!.roles]).toEqual(['ANALYST']);
  });

  it('treats no header as anonymous', async () => {
    await expect(verify(undefined)).resolves.toBeNull();
  });

  it.each([
    ['a malformed header', 'Token abc'],
    ['garbage', 'Bearer abc.def.ghi'],
  ])('refuses %s', async (_, header) => {
    await expect(verify(header)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a token for another audience, from another issuer, or signed with another key', async () => {
    const other = await signToken({ subject: 'x', roles: ['ADMIN'] }, secret, options.issuer, 'someone-else');
    await expect(verify(`Bearer ${other}`)).rejects.toBeInstanceOf(AuthError);
    const issuer = await signToken({ subject: 'x', roles: ['ADMIN'] }, secret, 'evil', options.audience);
    await expect(verify(`Bearer ${issuer}`)).rejects.toBeInstanceOf(AuthError);
    const key = await signToken({ subject: 'x', roles: ['ADMIN'] }, 'another-secret-that-is-long-enough-987654', options.issuer, options.audience);
    await expect(verify(`Bearer ${key}`)).rejects.toBeInstanceOf(AuthError);
  });

  const rawToken = (claims: Record<string, unknown>) =>
    new SignJWT({ roles: ['ANALYST'], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .sign(new TextEncoder().encode(secret));
  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a token without exp', async () => {
    const token = await rawToken({ iat: now() });
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('exp') });
  });

  it('refuses a token made to live longer than the maximum lifetime, with or without iat', async () => {
    const longLived = await rawToken({ iat: now(), exp: now() + 13 * 3600 });
    await expect(verify(`Bearer ${longLived}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('longer') });
    const noIat = await rawToken({ exp: now() + 13 * 3600 });
    await expect(verify(`Bearer ${noIat}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const shift = await rawToken({ iat: now() - 11 * 3600, exp: now() + 3600 });
    await expect(verify(`Bearer ${shift}`)).resolves.toMatchObject({ subject: 'alice' });
  });

  it('takes the maximum lifetime from its options', async () => {
    const strict = createTokenVerifier({ ...options, maxLifetimeSeconds: 600 });
    const hour = await rawToken({ iat: now(), exp: now() + 3600 });
    await expect(strict(`Bearer ${hour}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verify(`Bearer ${hour}`)).resolves.toMatchObject({ subject: 'alice' });
  });

  it('refuses a token issued in the future beyond the clock skew, and accepts one within it', async () => {
    const future = await rawToken({ iat: now() + 300, exp: now() + 3600 });
    await expect(verify(`Bearer ${future}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('future') });
    const skewed = await rawToken({ iat: now() + 30, exp: now() + 3600 });
    await expect(verify(`Bearer ${skewed}`)).resolves.toMatchObject({ subject: 'alice' });
  });

  it('reads the partner and sensor a token speaks for', async () => {
    const token = await signToken({ subject: 'cert-x', roles: ['REPORTER'], partnerId: 'partner-9' }, secret, options.issuer, options.audience);
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ partnerId: 'partner-9', sensorId: null });
  });

  it('refuses an expired token', async () => {
    const expired = await signToken({ subject: 'x', roles: ['ADMIN'], expiresIn: '-1m' }, secret, options.issuer, options.audience);
    await expect(verify(`Bearer ${expired}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('role checks', () => {
  it('requires a caller, then one of the roles; ADMIN holds them all', () => {
    expect(() => requireRole(null, 'ANALYST')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => requireRole(principal({ roles: new Set(['REPORTER']) }), 'ANALYST')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(requireRole(principal(), 'ANALYST', 'AUDITOR').subject).toBe('u1');
    expect(requireRole(principal({ roles: new Set(['ADMIN']) }), 'PUBLISHER').subject).toBe('u1');
  });
});

describe('TLP rules', () => {
  it('lets a caller read up to its clearance', () => {
    const caller = principal({ clearance: 'AMBER' });
    expect(canRead(caller, 'CLEAR')).toBe(true);
    expect(canRead(caller, 'AMBER')).toBe(true);
    expect(canRead(caller, 'AMBER_STRICT')).toBe(false);
    expect(readableLabels(caller)).toEqual(['CLEAR', 'GREEN', 'AMBER']);
  });

  it('shows TLP:RED to named recipients only, whatever the role', () => {
    const admin = principal({ clearance: 'RED', roles: new Set(['ADMIN']), subject: 'root', personId: null });
    expect(canRead(admin, 'RED', ['p1'])).toBe(false);
    expect(canRead(principal({ clearance: 'RED' }), 'RED', ['p1'])).toBe(true);
    expect(canRead(principal({ clearance: 'RED' }), 'RED', ['u1'])).toBe(true);
    expect(canRead(principal({ clearance: 'AMBER' }), 'RED', ['p1'])).toBe(false);
    expect(readableLabels(admin)).not.toContain('RED');
  });
});
