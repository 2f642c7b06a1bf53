import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createTokenVerifier } from '@csirt/auth';
import type { ConsoleServerConfig } from './environment';
import { createConsoleServer } from './server';

const staticDir = mkdtempSync(join(tmpdir(), 'console-static-'));
mkdirSync(join(staticDir, 'assets'));
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>console</title>');
writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log("app")'.repeat(50));
writeFileSync(join(tmpdir(), 'console-secret.txt'), 'not for the browser');

const base: ConsoleServerConfig = {
  host: '127.0.0.1',
  port: 0,
  gatewayUrl: 'http://127.0.0.1:9/graphql',
  publicGraphqlUrl: '/graphql',
  staticDir,
  oidc: { issuer: 'https://id.example.org/realms/csirt', clientId: 'console', scope: 'openid profile', redirectUri: undefined },
  devIssuer: null,
  logLevel: 'silent',
};

async function withServer(config: ConsoleServerConfig, run: (url: string) => Promise<void>): Promise<void> {
  const server = createConsoleServer(config);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('console server', () => {
  it('serves the SPA with a content security policy, fresh index and immutable hashed assets, gzipped when asked', async () => {
    await withServer(base, async (url) => {
      const index = await fetch(`${url}/`);
      expect(index.status).toBe(200);
      expect(index.headers.get('cache-control')).toBe('no-cache');
      expect(index.headers.get('content-security-policy')).toContain("connect-src 'self' https://id.example.org");
      const asset = await fetch(`${url}/assets/app-1234.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect(await asset.text()).toContain('console.log("app")');
    });
  });

  it('refuses paths outside the built files', async () => {
    await withServer(base, async (url) => {
      for (const path of ['/../console-secret.txt', '/%2e%2e/console-secret.txt', '/assets/..%2f..%2fconsole-secret.txt']) {
        const response = await fetch(`${url}${path}`);
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
      }
    });
  });

  it('tells the SPA to use OIDC and has no development issuer when none is configured', async () => {
    await withServer(base, async (url) => {
      expect(await (await fetch(`${url}/config.json`)).json()).toEqual({
        graphqlUrl: '/graphql',
        auth: { mode: 'oidc', issuer: 'https://id.example.org/realms/csirt', clientId: 'console', scope: 'openid profile' },
      });
      expect((await fetch(`${url}/dev-auth/identities`)).status).toBe(404);
      expect((await fetch(`${url}/dev-auth/token`, { method: 'POST', body: '{}' })).status).toBe(404);
    });
  });

  it('signs development tokens the platform accepts, and refuses unknown roles and clearances', async () => {
    const devIssuer = { secret: 'a-development-secret-of-at-least-32-chars', issuer: 'csirt-platform', audience: 'csirt-platform', lifetimeSeconds: 3600 };
    await withServer({ ...base, oidc: null, devIssuer }, async (url) => {
      expect((await (await fetch(`${url}/config.json`)).json()).auth).toEqual({ mode: 'dev', issuerUrl: '/dev-auth' });
      const catalogue = await (await fetch(`${url}/dev-auth/identities`)).json();
      expect(catalogue.identities.map((identity: { subject: string }) => identity.subject)).toEqual(expect.arrayContaining(['dev-analyst', 'dev-reporter']));
      const issued = await fetch(`${url}/dev-auth/token`, {
        method: 'POST',
        body: JSON.stringify({ subject: 'dev-analyst', name: 'Ana', roles: ['ANALYST'], clearance: 'GREEN' }),
      });
      const { token } = await issued.json();
      const principal = (await createTokenVerifier({ secret: devIssuer.secret, issuer: devIssuer.issuer, audience: devIssuer.audience })(`Bearer ${token}`))!;
      expect({ subject: principal.subject, roles: [...principal.roles], clearance: principal.clearance }).toEqual({
        subject: 'dev-analyst',
        roles: ['ANALYST'],
        clearance: 'GREEN',
      });
      for (const body of [{ subject: 'x', roles: ['ROOT'], clearance: 'GREEN' }, { subject: 'x', roles: ['ANALYST'], clearance: 'PURPLE' }, 'not json']) {
        const refused = await fetch(`${url}/dev-auth/token`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
        expect(refused.status).toBe(400);
        expect((await refused.json()).error).toEqual(expect.any(String));
      }
    });
  });

  it('answers 502 with a message, not a stack trace, when the gateway is down', async () => {
    await withServer(base, async (url) => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ error: 'the gateway could not be reached' });
    });
  });
});
