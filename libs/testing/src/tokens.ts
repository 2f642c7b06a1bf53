import { signToken, type PlatformRole, type TokenClaimsInput } from '@csirt/auth';
import { TEST_AUTH } from './test-environment';

/** A bearer header for a test caller. */
export async function bearer(roles: PlatformRole[], extra: Partial<TokenClaimsInput> = {}): Promise<string> {
  const token = await signToken(
    { subject: extra.subject ?? `user-${roles.join('-').toLowerCase() || 'none'}`, roles, ...extra },
    TEST_AUTH.secret,
    TEST_AUTH.issuer,
    TEST_AUTH.audience,
  );
  return `Bearer ${token}`;
}
