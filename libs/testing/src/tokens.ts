import { createGatewayCredentialSigner, signToken, type PlatformRole, type TokenClaimsInput } from '@csirt/auth';
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

/** The secret the test gateway and test subgraphs share for the gateway's credential. */
export const TEST_GATEWAY_CREDENTIAL_SECRET = 'test-gateway-credential-not-for-production-0123456789';

/** The gateway's credential for `subgraph`, as the test gateway would send it. */
export const gatewayCredential = createGatewayCredentialSigner(TEST_GATEWAY_CREDENTIAL_SECRET);
