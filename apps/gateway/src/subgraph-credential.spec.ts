import { createGatewayCredentialVerifier, GATEWAY_CREDENTIAL_HEADER } from '@csirt/auth';
import { subgraphCredentials } from './subgraph-credential';

const secret = 'gateway-credential-secret-for-this-test-0123456789';

describe('the credential the gateway puts on subgraph requests', () => {
  const attach = subgraphCredentials(secret);

  it('replaces whatever a client put under the header with a credential for that subgraph only', async () => {
    const request = { http: { method: 'POST' as const, url: 'http://intake/graphql', headers: new Headers({ [GATEWAY_CREDENTIAL_HEADER]: 'forged' }) } };
    await attach('intake', request);
    const credential = request.http.headers.get(GATEWAY_CREDENTIAL_HEADER) ?? undefined;
    expect(credential).not.toContain('forged');
    await expect(createGatewayCredentialVerifier(secret, 'intake')(credential)).resolves.toBeUndefined();
    await expect(createGatewayCredentialVerifier(secret, 'teams')(credential)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(createGatewayCredentialVerifier('another-secret-that-is-long-enough-0123456789', 'intake')(credential)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('reuses a credential while it is fresh rather than signing one per request', async () => {
    const first = { http: { method: 'POST' as const, url: 'http://teams/graphql', headers: new Headers() } };
    const second = { http: { method: 'POST' as const, url: 'http://teams/graphql', headers: new Headers() } };
    await attach('teams', first);
    await attach('teams', second);
    expect(second.http.headers.get(GATEWAY_CREDENTIAL_HEADER)).toBe(first.http.headers.get(GATEWAY_CREDENTIAL_HEADER));
  });
});
