import * as openpgp from 'openpgp';
import { educationNote, vulnerabilityAdvisory } from './advisory.fixtures';
import { buildCsafDocument } from './build-csaf-document';
import { CSAF_ERROR } from './csaf.errors';
import { verifyHashes } from './csaf-hashes';
import { loadPublicKeys, loadSigningKey, verifyCsafSignature, type CsafSigningKey } from './csaf-signing';
import { buildProviderDirectory, publishCsafDocument, type ProviderDirectoryOptions, type PublishedCsafDocument } from './provider-directory';
import { closeCsafValidator, validateProviderMetadata } from './validate-csaf';

afterAll(closeCsafValidator);

const BASE = 'https://cert.example.org/.well-known/csaf';

describe('buildProviderDirectory (CSAF 2.0 §7)', () => {
  let key: CsafSigningKey;
  let published: PublishedCsafDocument[];
  let options: ProviderDirectoryOptions;

  beforeAll(async () => {
    const { privateKey } = await openpgp.generateKey({ userIDs: [{ name: 'CSIRT CSAF 2026' }], format: 'armored' });
    key = await loadSigningKey(privateKey);
    const documents = [
      buildCsafDocument(educationNote()), // CLEAR, 2026-02-01
      buildCsafDocument(vulnerabilityAdvisory()), // GREEN, 2026-03-01 → 2026-03-04
      buildCsafDocument(
        vulnerabilityAdvisory({
          trackingId: 'CSIRT-2025-0099',
          tlp: 'AMBER_STRICT',
          revisionHistory: [
            { date: '2025-12-30T10:00:00Z', summary: 'Initial release.' },
            { date: '2026-03-10T10:00:00Z', summary: 'Revised.' },
          ],
        }),
      ),
      buildCsafDocument(vulnerabilityAdvisory({ trackingId: 'CSIRT-2026-RED-1', tlp: 'RED' })),
    ];
    published = await Promise.all(documents.map((d) => publishCsafDocument(d, key)));
    options = {
      baseUrl: `${BASE}/`,
      publisher: { category: 'coordinator', name: 'Example National CSIRT', namespace: 'https://cert.example.org' },
      publicKeys: [{ fingerprint: key.fingerprint, armoredPublicKey: key.armoredPublicKey }],
      lastUpdated: '2026-03-10T10:05:00Z',
    };
  });

  it('lays out per-TLP folders, year folders, hashes, signatures, feeds and the key', () => {
    const paths = Object.keys(buildProviderDirectory(published, options));
    expect(paths).toEqual([
      'amber/2025/csirt-2025-0099.json',
      'amber/2025/csirt-2025-0099.json.asc',
      'amber/2025/csirt-2025-0099.json.sha256',
      'amber/2025/csirt-2025-0099.json.sha512',
      'amber/changes.csv',
      'amber/csaf-feed-tlp-amber.json',
      'amber/index.txt',
      'green/2026/csirt-2026-0042.json',
      'green/2026/csirt-2026-0042.json.asc',
      'green/2026/csirt-2026-0042.json.sha256',
      'green/2026/csirt-2026-0042.json.sha512',
      'green/changes.csv',
      'green/csaf-feed-tlp-green.json',
      'green/index.txt',
      `openpgp/${key.fingerprint}.asc`,
      'provider-metadata.json',
      'red/2026/csirt-2026-red-1.json',
      'red/2026/csirt-2026-red-1.json.asc',
      'red/2026/csirt-2026-red-1.json.sha256',
      'red/2026/csirt-2026-red-1.json.sha512',
      'red/changes.csv',
      'red/csaf-feed-tlp-red.json',
      'red/index.txt',
      'white/2026/csirt-faq-7.json',
      'white/2026/csirt-faq-7.json.asc',
      'white/2026/csirt-faq-7.json.sha256',
      'white/2026/csirt-faq-7.json.sha512',
      'white/changes.csv',
      'white/csaf-feed-tlp-white.json',
      'white/index.txt',
    ]);
  });

  it('writes provider-metadata.json that validates against the OASIS provider metadata schema', async () => {
    const metadata = JSON.parse(buildProviderDirectory(published, options)['provider-metadata.json'] as string);
    expect(await validateProviderMetadata(metadata)).toEqual({ valid: true, errors: [] });
    expect(metadata.canonical_url).toBe(`${BASE}/provider-metadata.json`);
    expect(metadata.role).toBe('csaf_trusted_provider');
    expect(metadata.public_openpgp_keys).toEqual([{ fingerprint: key.fingerprint, url: `${BASE}/openpgp/${key.fingerprint}.asc` }]);
    expect(metadata.distributions[0].rolie.feeds.map((f: { tlp_label: string }) => f.tlp_label)).toEqual(['WHITE', 'GREEN', 'AMBER', 'RED']);
  });

  it('fails provider metadata that breaks the schema', async () => {
    const metadata = JSON.parse(buildProviderDirectory(published, options)['provider-metadata.json'] as string);
    const result = await validateProviderMetadata({ ...metadata, canonical_url: `${BASE}/metadata.json`, role: 'csaf_superstar' });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/canonical_url', '/role']));
    expect((await validateProviderMetadata({ ...metadata, publisher: { name: 'no category' } })).valid).toBe(false);
  });

  it('serves every document so that its signature and hashes verify from the files alone', async () => {
    const files = buildProviderDirectory(published, options);
    const ring = await loadPublicKeys([files[`openpgp/${key.fingerprint}.asc`] as string]);
    const documents = Object.keys(files).filter((p) => /\/\d{4}\/[^/]+\.json$/.test(p));
    expect(documents).toHaveLength(4);
    for (const path of documents) {
      const bytes = files[path] as Uint8Array;
      expect(await verifyCsafSignature(bytes, files[`${path}.asc`] as string, ring)).toEqual({ valid: true, fingerprint: key.fingerprint });
      expect(verifyHashes(bytes, { sha256: files[`${path}.sha256`] as string, sha512: files[`${path}.sha512`] as string })).toEqual({ valid: true });
    }
  });

  it('lists files in index.txt and changes, newest first, in changes.csv', () => {
    const files = buildProviderDirectory(published, options);
    expect(files['green/index.txt']).toBe('2026/csirt-2026-0042.json\n');
    expect(files['amber/changes.csv']).toBe('"2025/csirt-2025-0099.json","2026-03-10T10:00:00.000Z"\n');
  });

  it('orders changes.csv by current release date, latest first, across years', async () => {
    const older = await publishCsafDocument(
      buildCsafDocument(educationNote({ trackingId: 'A-2025-1', revisionHistory: [{ date: '2025-06-01T00:00:00Z', summary: 'x' }, { date: '2026-05-01T00:00:00Z', summary: 'y' }] })),
      key,
    );
    const files = buildProviderDirectory([published[0], older], options);
    expect(files['white/changes.csv']).toBe('"2025/a-2025-1.json","2026-05-01T00:00:00.000Z"\n"2026/csirt-faq-7.json","2026-02-01T08:00:00.000Z"\n');
    expect(files['white/index.txt']).toBe('2025/a-2025-1.json\n2026/csirt-faq-7.json\n');
  });

  it('writes one ROLIE feed per label with self, hash and signature links', () => {
    const feed = JSON.parse(buildProviderDirectory(published, options)['green/csaf-feed-tlp-green.json'] as string).feed;
    expect(feed.link).toEqual([{ rel: 'self', href: `${BASE}/green/csaf-feed-tlp-green.json` }]);
    expect(feed.updated).toBe('2026-03-04T11:30:00.000Z');
    expect(feed.entry).toHaveLength(1);
    const url = `${BASE}/green/2026/csirt-2026-0042.json`;
    expect(feed.entry[0]).toMatchObject({
      id: 'CSIRT-2026-0042',
      published: '2026-03-01T09:00:00.000Z',
      updated: '2026-03-04T11:30:00.000Z',
      content: { type: 'application/json', src: url },
      format: { schema: 'https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json', version: '2.0' },
    });
    expect(feed.entry[0].link).toEqual([
      { rel: 'self', href: url },
      { rel: 'hash', href: `${url}.sha256` },
      { rel: 'hash', href: `${url}.sha512` },
      { rel: 'signature', href: `${url}.asc` },
    ]);
  });

  it('gives a reader with only TLP:CLEAR empty, but present, GREEN/AMBER/RED folders and the same metadata', () => {
    const everything = buildProviderDirectory(published, options);
    const publicView = buildProviderDirectory([published[0]], options);
    expect(publicView['provider-metadata.json']).toBe(everything['provider-metadata.json']);
    for (const label of ['green', 'amber', 'red']) {
      expect(publicView[`${label}/index.txt`]).toBe('');
      expect(publicView[`${label}/changes.csv`]).toBe('');
      expect(JSON.parse(publicView[`${label}/csaf-feed-tlp-${label}.json`] as string).feed.entry).toEqual([]);
    }
    expect(Object.keys(publicView).some((p) => p.includes('csirt-2026-red-1'))).toBe(false);
  });

  it('is deterministic: the same documents give the same files', () => {
    const a = buildProviderDirectory(published, options);
    const b = buildProviderDirectory([...published].reverse(), options);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const path of Object.keys(a)) expect(b[path]).toEqual(a[path]);
  });

  it('refuses two documents that would share a file name', async () => {
    const clash = await publishCsafDocument(buildCsafDocument(educationNote({ trackingId: 'csirt-FAQ-7' })), key);
    expect(() => buildProviderDirectory([published[0], clash], options)).toThrow(expect.objectContaining({ code: CSAF_ERROR.INVALID_INPUT }));
  });
});
