import { request as httpRequest } from 'node:http';
import { closeCsafValidator, validateProviderMetadata, type CsafSigningKey } from '@csirt/csaf';
import type { SubgraphService } from '@csirt/service';
import {
  bearer,
  createTestSigningKey,
  gatewayHeadersFor,
  insertCsafRelease,
  insertPartnerAgreement,
  mirrorCsafDirectory,
  startTestSubgraph,
  type SeededRelease,
  type SqlQuery,
} from '@csirt/testing';
import type { AnnouncementsContext } from '../context';
import { announcementsSubgraph } from '../subgraph';
import { withCsafDirectory } from './provider-directory.route';

const PUBLIC_BASE = 'https://cert.example.org/.well-known/csaf';

/**
 * The provider directory served by the announcements service, called as the gateway calls
 * it (its credential, the caller's Authorization header), on its own database so that each
 * view can be asserted whole.
 */
describe('CSAF provider directory (announcements, real Postgres)', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let origin: string;
  let oldKey: CsafSigningKey;
  let key: CsafSigningKey;
  const docs: Record<string, SeededRelease> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    [oldKey, key] = await Promise.all([createTestSigningKey('CSIRT CSAF 2025'), createTestSigningKey('CSIRT CSAF 2026')]);
    service = await startTestSubgraph(
      // Files only: no events are needed, so no consumer.
      withCsafDirectory({ ...announcementsSubgraph, consumes: undefined }, {
        baseUrl: PUBLIC_BASE,
        publisher: { category: 'coordinator', name: 'Test CSIRT', namespace: 'https://csirt.example.org' },
        // Current key first; the rotated-out key still verifies the documents it signed.
        armoredPublicKeys: [key.armoredPublicKey, oldKey.armoredPublicKey],
      }),
      'csirt_test_announcements_directory',
    );
    origin = new URL(service.url).origin;
    const manager = service.dependencies.dataSource.manager;
    const query: SqlQuery = (sql, params) => manager.query(sql, params);
    await insertPartnerAgreement(query, { code: 'green', tlpCeiling: 'GREEN' });
    await insertPartnerAgreement(query, { code: 'amber', tlpCeiling: 'AMBER' });
    await insertPartnerAgreement(query, { code: 'red', tlpCeiling: 'RED' });
    await insertPartnerAgreement(query, { code: 'gone', tlpCeiling: 'RED', active: false });

    docs.clear = await insertCsafRelease(query, oldKey, { trackingId: 'CSIRT-2025-0001', tlp: 'CLEAR', year: 2025, releasedAt: new Date('2025-01-10T09:00:00Z') });
    const green = await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0002', tlp: 'GREEN', releasedAt: new Date('2026-01-10T09:00:00Z') });
    docs.withdrawn = await insertCsafRelease(query, key, {
      advisoryId: green.advisoryId,
      trackingId: green.trackingId,
      tlp: 'GREEN',
      revision: 2,
      action: 'WITHDRAWN',
      releasedAt: new Date('2026-01-11T09:00:00Z'),
    });
    const raised = await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0003', tlp: 'GREEN', releasedAt: new Date('2026-01-12T09:00:00Z') });
    docs.raised = await insertCsafRelease(query, key, {
      advisoryId: raised.advisoryId,
      trackingId: raised.trackingId,
      tlp: 'AMBER',
      revision: 2,
      action: 'REVISED',
      recipients: ['amber'],
      releasedAt: new Date('2026-01-13T09:00:00Z'),
    });
    docs.amber = await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0004', tlp: 'AMBER', recipients: ['amber', 'green'] });
    docs.strict = await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0005', tlp: 'AMBER_STRICT', recipients: ['red', 'amber'] });
    docs.red = await insertCsafRelease(query, key, { trackingId: 'CSIRT-2026-0006', tlp: 'RED', recipients: ['red', 'gone'] });

    tokens.green = await bearer(['REPORTER'], { subject: 'partner-green', partnerId: 'green', clearance: 'GREEN' });
    tokens.amber = await bearer(['REPORTER'], { subject: 'partner-amber', partnerId: 'amber', clearance: 'AMBER' });
    tokens.red = await bearer(['REPORTER'], { subject: 'partner-red', partnerId: 'red', clearance: 'RED' });
    tokens.gone = await bearer(['REPORTER'], { subject: 'partner-gone', partnerId: 'gone', clearance: 'RED' });
    tokens.unknown = await bearer(['REPORTER'], { subject: 'partner-unknown', partnerId: 'unknown', clearance: 'RED' });
    tokens.staff = await bearer(['ADMIN'], { subject: 'staff-admin', clearance: 'RED' });
  }, 120_000);

  afterAll(async () => {
    await closeCsafValidator();
    await service?.stop();
  });

  /** A GET as the gateway would send it: its credential, and the caller's token if any. */
  async function get(path: string, token?: string, headers: Record<string, string> = {}, method = 'GET') {
    return fetch(`${origin}/.well-known/csaf/${path}`, {
      method,
      headers: { ...(await gatewayHeadersFor(service.url)), ...(token ? { authorization: token } : {}), ...headers },
    });
  }
  /** A GET whose path goes on the wire exactly as given. */
  const rawGet = (path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(origin);
      const request = httpRequest({ host: url.hostname, port: url.port, path, headers }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.end(body);
    });
  const json = async (response: Response) => (await response.json()) as any;
  const pathOf = (doc: SeededRelease, folder: string) => `${folder}/${doc.yearFolder}/${doc.fileName}`;
  const mirror = async (token?: string) =>
    mirrorCsafDirectory(`${PUBLIC_BASE}/provider-metadata.json`, {
      headers: { ...(await gatewayHeadersFor(service.url)), ...(token ? { authorization: token } : {}) },
      rewrite: (url) => url.replace('https://cert.example.org', origin),
    });
  const versions = (result: Awaited<ReturnType<typeof mirror>>) => Object.fromEntries([...result.documents].map(([id, d]) => [id, d.version]));

  it('serves provider-metadata.json openly; it validates against the CSAF provider schema and lists both keys', async () => {
    const response = await get('provider-metadata.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const metadata = await json(response);
    expect(await validateProviderMetadata(metadata)).toEqual({ valid: true, errors: [] });
    expect(metadata.canonical_url).toBe(`${PUBLIC_BASE}/provider-metadata.json`);
    expect(metadata.public_openpgp_keys.map((k: { fingerprint: string }) => k.fingerprint)).toEqual([key.fingerprint, oldKey.fingerprint]);
    // Dated by the newest public document only: nothing about what else was released.
    expect(metadata.last_updated).toBe('2025-01-10T09:00:00.000Z');
    const published = await get(`openpgp/${oldKey.fingerprint}.asc`);
    expect(published.status).toBe(200);
    expect(await published.text()).toContain('BEGIN PGP PUBLIC KEY BLOCK');
  });

  it('mirrors, anonymously, exactly the TLP:CLEAR documents; the other feeds ask for a token', async () => {
    const result = await mirror();
    expect(result.failures).toEqual([]);
    expect(result.feeds).toEqual({ WHITE: 200, GREEN: 401, AMBER: 401, RED: 401 });
    // Signed with the rotated-out key, verified with it.
    expect(versions(result)).toEqual({ 'CSIRT-2025-0001': '1' });
  });

  it('mirrors, as a GREEN partner, CLEAR and GREEN released to it, the withdrawal as the last revision, and nothing above its ceiling', async () => {
    const result = await mirror(tokens.green);
    expect(result.failures).toEqual([]);
    expect(result.feeds).toEqual({ WHITE: 200, GREEN: 200, AMBER: 200, RED: 200 });
    // CSIRT-2026-0003 was raised to AMBER by its revision: gone from GREEN, and never shown
    // to this partner, although it was addressed to it, since its ceiling is GREEN.
    expect(versions(result)).toEqual({ 'CSIRT-2025-0001': '1', 'CSIRT-2026-0002': '2' });
  });

  it('mirrors, as an AMBER recipient, what is addressed to it within its ceiling', async () => {
    const result = await mirror(tokens.amber);
    expect(result.failures).toEqual([]);
    expect(versions(result)).toEqual({ 'CSIRT-2025-0001': '1', 'CSIRT-2026-0002': '2', 'CSIRT-2026-0003': '2', 'CSIRT-2026-0004': '1' });
  });

  it('gives AMBER+STRICT and RED to their addressees only, and nothing but CLEAR to an inactive or unknown partner, or to staff', async () => {
    expect(versions(await mirror(tokens.red))).toEqual({ 'CSIRT-2025-0001': '1', 'CSIRT-2026-0002': '2', 'CSIRT-2026-0005': '1', 'CSIRT-2026-0006': '1' });
    for (const token of [tokens.gone, tokens.unknown, tokens.staff]) {
      const result = await mirror(token);
      expect(result.feeds).toEqual({ WHITE: 200, GREEN: 401, AMBER: 401, RED: 401 });
      expect(versions(result)).toEqual({ 'CSIRT-2025-0001': '1' });
    }
  });

  it('answers a document the caller may not fetch exactly like a missing one', async () => {
    const missing = await (await get('red/2026/csirt-2026-9999.json', tokens.red)).json();
    const cases: Array<[string, string | undefined]> = [
      [pathOf(docs.withdrawn, 'green'), undefined],
      [`${pathOf(docs.withdrawn, 'green')}.asc`, undefined],
      [`${pathOf(docs.withdrawn, 'green')}.sha512`, tokens.gone],
      [pathOf(docs.amber, 'amber'), tokens.green],
      [pathOf(docs.raised, 'green'), tokens.green],
      [pathOf(docs.raised, 'green'), tokens.amber],
      [pathOf(docs.strict, 'amber'), tokens.amber],
      [pathOf(docs.red, 'red'), tokens.gone],
      [pathOf(docs.red, 'red'), tokens.staff],
      [pathOf(docs.red, 'amber'), tokens.red],
    ];
    for (const [path, token] of cases) {
      const response = await get(path, token);
      expect([path, response.status, await response.json()]).toEqual([path, 404, missing]);
    }
    expect(missing).toEqual({ errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
  });

  it('serves each document with its signature and hash files, cacheable per caller', async () => {
    const response = await get(pathOf(docs.amber, 'amber'), tokens.amber);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(docs.amber.document);
    expect(response.headers.get('cache-control')).toBe('private, max-age=60');
    expect(response.headers.get('vary')).toBe('Authorization');
    expect(await (await get(`${pathOf(docs.amber, 'amber')}.asc`, tokens.amber)).text()).toBe(docs.amber.signature);
    expect(await (await get(`${pathOf(docs.amber, 'amber')}.sha256`, tokens.amber)).text()).toMatch(/^[0-9a-f]{64} {2}csirt-2026-0004\.json\n$/);
    const index = await (await get('amber/index.txt', tokens.amber)).text();
    expect(index).toBe('2026/csirt-2026-0003.json\n2026/csirt-2026-0004.json\n');
    const changes = await (await get('amber/changes.csv', tokens.amber)).text();
    expect(changes.split('\n')[0]).toMatch(/^"2026\/csirt-2026-000[34]\.json","2026-/);
  });

  it("puts a partner's fetch of a RED document on the audit trail", async () => {
    const manager = service.dependencies.dataSource.manager;
    const audited = () =>
      manager.query(`SELECT envelope FROM messaging_outbox WHERE event_type LIKE '%audit%' AND envelope->'data'->>'entityId' = $1 ORDER BY seq`, [docs.red.advisoryId]);
    const before = (await audited()).length;
    expect((await get(pathOf(docs.red, 'red'), tokens.red)).status).toBe(200);
    // The signature and hash files are not the content: no entry for them.
    expect((await get(`${pathOf(docs.red, 'red')}.asc`, tokens.red)).status).toBe(200);
    const entries = await audited();
    expect(entries).toHaveLength(before + 1);
    expect(entries[entries.length - 1].envelope.data).toMatchObject({ action: 'RED_READ', entityType: 'CsafDocument', entityTlp: 'RED', actor: { subject: 'partner-red' } });
  });

  it('answers conditional requests and HEAD from the ETag and Last-Modified', async () => {
    const path = pathOf(docs.clear, 'white');
    const first = await get(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(first.headers.get('last-modified')).toBe('Fri, 10 Jan 2025 09:00:00 GMT');
    expect((await get(path, undefined, { 'if-none-match': etag! })).status).toBe(304);
    expect((await get(path, undefined, { 'if-modified-since': 'Fri, 10 Jan 2025 09:00:00 GMT' })).status).toBe(304);
    expect((await get(path, undefined, { 'if-none-match': '"other"' })).status).toBe(200);
    const head = await get(path, undefined, {}, 'HEAD');
    expect([head.status, head.headers.get('etag'), await head.text()]).toEqual([200, etag, '']);
  });

  it('refuses other methods, bodies, unknown and traversing paths, bad tokens and callers without the gateway credential, with stable bodies', async () => {
    const post = await get('provider-metadata.json', undefined, { 'content-type': 'application/json' }, 'POST');
    expect([post.status, post.headers.get('allow'), (await json(post)).errors[0].extensions.code]).toEqual([405, 'GET, HEAD', 'METHOD_NOT_ALLOWED']);
    // Sent as written (fetch would resolve the dot segments itself).
    const credential = await gatewayHeadersFor(service.url);
    for (const path of [
      '',
      'white/',
      'secret.txt',
      'white/2026/../../../graphql',
      'white/%2e%2e/%2e%2e/graphql',
      'red%2Findex.txt',
      'white/2026/.hidden.json',
      'white/2026/x.json.bak',
      'green/csaf-feed-tlp-red.json',
      `openpgp/${'A'.repeat(40)}.asc`,
      `white/${'a/'.repeat(300)}x.json`,
    ]) {
      const response = await rawGet(`/.well-known/csaf/${path}`, { ...credential, authorization: tokens.red });
      expect([path, response.status]).toEqual([path, 404]);
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe('NOT_FOUND');
      expect(response.body).not.toMatch(/at .*\.ts|stack/i);
    }
    const withBody = await rawGet('/.well-known/csaf/provider-metadata.json', { ...credential, 'content-length': '2' }, '{}');
    expect([withBody.status, JSON.parse(withBody.body).errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const badToken = await get('green/csaf-feed-tlp-green.json', 'Bearer not-a-token');
    expect([badToken.status, (await json(badToken)).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const feedWithoutToken = await get('green/csaf-feed-tlp-green.json');
    expect([feedWithoutToken.status, feedWithoutToken.headers.get('www-authenticate'), (await json(feedWithoutToken)).errors[0].extensions.code]).toEqual([
      401,
      'Bearer realm="csaf"',
      'CSAF_DIRECTORY.PARTNER_TOKEN_REQUIRED',
    ]);
    const direct = await fetch(`${origin}/.well-known/csaf/provider-metadata.json`);
    expect([direct.status, (await json(direct)).errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  // Last: it adds a release the views above do not expect.
  it('serves a new release at once, though views are kept built', async () => {
    const before = await (await get('green/index.txt', tokens.green)).text();
    const manager = service.dependencies.dataSource.manager;
    const added = await insertCsafRelease((sql, params) => manager.query(sql, params), key, { trackingId: 'CSIRT-2026-0007', tlp: 'GREEN' });
    const after = await (await get('green/index.txt', tokens.green)).text();
    expect(after).toBe(`${before}2026/${added.fileName}\n`.split('\n').filter(Boolean).sort().map((line) => `${line}\n`).join(''));
    const feed = await json(await get('green/csaf-feed-tlp-green.json', tokens.green));
    expect(feed.feed.entry.map((entry: { id: string }) => entry.id)).toContain('CSIRT-2026-0007');
  });
});
