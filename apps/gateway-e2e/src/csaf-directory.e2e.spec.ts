import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { closeCsafValidator, validateProviderMetadata, type CsafSigningKey } from '@csirt/csaf';
import { bearer, createTestSigningKey, insertCsafRelease, insertPartnerAgreement, mirrorCsafDirectory, testDatabaseUrl, testEnvironment } from '@csirt/testing';
import { startStack, type Stack } from './support/stack';

/**
 * The CSAF provider directory as a partner's downloader reaches it: through the gateway
 * (the only published port), which passes /.well-known/csaf/* to the announcements
 * service with its credential and the caller's token. Releases and agreements are seeded
 * straight into the announcements database, as delivery and the partner read model write them.
 */
describe('CSAF provider directory through the gateway', () => {
  let stack: Stack;
  let key: CsafSigningKey;
  let keyDir: string;
  let db: Client;
  const base = `http://127.0.0.1:${testEnvironment.stackBasePort}/.well-known/csaf`;

  beforeAll(async () => {
    key = await createTestSigningKey();
    keyDir = mkdtempSync(join(tmpdir(), 'csaf-e2e-'));
    writeFileSync(join(keyDir, 'current.asc'), key.armoredPublicKey);
    stack = await startStack({ CSAF_BASE_URL: base, CSAF_PUBLIC_KEY_FILES: join(keyDir, 'current.asc'), CSAF_PUBLISHER_NAME: 'E2E CSIRT' });
    db = new Client({ connectionString: testDatabaseUrl('csirt_test_e2e_announcements') });
    await db.connect();
    const query = (sql: string, params: unknown[]) => db.query(sql, params);
    await insertPartnerAgreement(query, { code: 'alpha', tlpCeiling: 'GREEN' });
    await insertPartnerAgreement(query, { code: 'bravo', tlpCeiling: 'RED' });
    await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0100', tlp: 'CLEAR' });
    await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0101', tlp: 'GREEN' });
    await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0102', tlp: 'AMBER', recipients: ['bravo'] });
    await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0103', tlp: 'RED', recipients: ['alpha'] });
  }, 240_000);

  afterAll(async () => {
    await closeCsafValidator();
    await db?.end();
    await stack?.stop();
    if (keyDir) rmSync(keyDir, { recursive: true, force: true });
  });

  const mirror = (token?: string) => mirrorCsafDirectory(`${base}/provider-metadata.json`, { headers: token ? { authorization: token } : {} });
  const tracked = (result: Awaited<ReturnType<typeof mirror>>) => [...result.documents.keys()].sort();

  it('publishes valid provider metadata at the well-known address, naming the configured key', async () => {
    const response = await fetch(`${base}/provider-metadata.json`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as { public_openpgp_keys: Array<{ fingerprint: string; url: string }>; publisher: { name: string } };
    expect(await validateProviderMetadata(metadata)).toEqual({ valid: true, errors: [] });
    // The configured key, and before it the key the stack's announcements signs with now
    // (always listed, so what is signed today can be verified).
    expect(metadata.public_openpgp_keys).toHaveLength(2);
    expect(metadata.public_openpgp_keys[1]).toEqual({ fingerprint: key.fingerprint, url: `${base}/openpgp/${key.fingerprint}.asc` });
    expect(metadata.publisher.name).toBe('E2E CSIRT');
    expect(response.headers.get('etag')).toMatch(/^"/);
  });

  it('lets a downloader mirror exactly what each caller is entitled to, every signature and hash verified', async () => {
    const anonymous = await mirror();
    expect([anonymous.failures, anonymous.feeds, tracked(anonymous)]).toEqual([[], { WHITE: 200, GREEN: 401, AMBER: 401, RED: 401 }, ['CSIRT-2026-0100']]);
    // alpha's ceiling is GREEN: the RED document addressed to it is not for it.
    const alpha = await mirror(await bearer(['REPORTER'], { subject: 'partner-alpha', partnerId: 'alpha', clearance: 'GREEN' }));
    expect([alpha.failures, tracked(alpha)]).toEqual([[], ['CSIRT-2026-0100', 'CSIRT-2026-0101']]);
    const bravo = await mirror(await bearer(['REPORTER'], { subject: 'partner-bravo', partnerId: 'bravo', clearance: 'RED' }));
    expect([bravo.failures, tracked(bravo)]).toEqual([[], ['CSIRT-2026-0100', 'CSIRT-2026-0101', 'CSIRT-2026-0102']]);
  });

  it('keeps the directory behind the gateway and the gateway’s answers stable', async () => {
    // The announcements service itself answers nobody but the gateway.
    const direct = await fetch(stack.subgraphUrl('announcements').replace('/graphql', '/.well-known/csaf/provider-metadata.json'));
    expect(direct.status).toBe(401);
    const badToken = await fetch(`${base}/green/csaf-feed-tlp-green.json`, { headers: { authorization: 'Bearer forged' } });
    expect([badToken.status, ((await badToken.json()) as any).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const hidden = await fetch(`${base}/amber/2026/csirt-2026-0102.json`, { headers: { authorization: await bearer(['REPORTER'], { subject: 'partner-alpha', partnerId: 'alpha' }) } });
    expect([hidden.status, await hidden.json()]).toEqual([404, { errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] }]);
    const post = await fetch(`${base}/provider-metadata.json`, { method: 'POST' });
    expect(post.status).toBe(405);
    for (const path of ['/.well-known/csaf/white/..%2F..%2Fgraphql', '/.well-known/csaf/%2e%2e/%2e%2e/secret', '/.well-known/csaf/white%2F2026%2Fcsirt-2026-0100.json', '/.well-known/csaf/nothing-here']) {
      const status = await new Promise<number>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port: testEnvironment.stackBasePort, path }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end();
      });
      expect([path, status]).toEqual([path, 404]);
    }
    expect(stack.exited()).toEqual([]);
  });
});
