import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProviderDirectory, canonicalJsonBytes, buildCsafDocument, type CsafSigningKey } from '@csirt/csaf';
import { silentLogger } from './logger';
import { advisory, serveDirectory, signingKey, type RecordingServer } from './spec/fixtures';
import { TrustedKeys } from './trusted-keys';

describe('TrustedKeys: the publisher keys a partner pinned, from provider-metadata.json or files', () => {
  let oldKey: CsafSigningKey;
  let newKey: CsafSigningKey;
  let otherKey: CsafSigningKey;
  let published: CsafSigningKey[];
  let directory: RecordingServer;
  let metadataUrl: string;
  const bytes = canonicalJsonBytes(buildCsafDocument(advisory('CSIRT-2026-00042', 'GREEN')));

  beforeAll(async () => {
    [oldKey, newKey, otherKey] = await Promise.all([signingKey('2025 key'), signingKey('2026 key'), signingKey('not pinned')]);
    published = [oldKey];
    // The provider directory exactly as the platform's library builds it.
    directory = await serveDirectory(() =>
      buildProviderDirectory([], {
        baseUrl: `${directory.url}/.well-known/csaf`,
        publisher: { category: 'coordinator', name: 'Example National CSIRT', namespace: 'https://cert.example.org' },
        publicKeys: published.map((k) => ({ fingerprint: k.fingerprint, armoredPublicKey: k.armoredPublicKey })),
        lastUpdated: '2026-03-01T00:00:00Z',
      }),
    );
    metadataUrl = `${directory.url}/.well-known/csaf/provider-metadata.json`;
  });
  afterAll(() => directory.stop());

  const sources = (pinned: CsafSigningKey[], extra: Partial<ConstructorParameters<typeof TrustedKeys>[0]> = {}) => ({
    pinnedFingerprints: pinned.map((k) => k.fingerprint),
    providerMetadataUrl: metadataUrl,
    publicKeyFiles: [],
    refreshMinIntervalMs: 0,
    ...extra,
  });

  it('trusts a published key only when its fingerprint is pinned', async () => {
    published = [oldKey, otherKey];
    const keys = new TrustedKeys(sources([oldKey]), silentLogger);
    await keys.load();
    expect(keys.fingerprints).toEqual([oldKey.fingerprint]);
    expect(await keys.verify(bytes, await oldKey.sign(bytes))).toEqual({ valid: true, fingerprint: oldKey.fingerprint });
    expect(await keys.verify(bytes, await otherKey.sign(bytes))).toEqual({ valid: false, reason: 'CSAF.UNKNOWN_KEY' });
  });

  it('refuses to start when none of the pinned keys is published', async () => {
    published = [otherKey];
    await expect(new TrustedKeys(sources([oldKey]), silentLogger).load()).rejects.toThrow(/none of the pinned keys/);
  });

  it('does not trust a key the metadata lists under a pinned fingerprint that is not its own', async () => {
    const lying: RecordingServer = await serveDirectory(() => ({
      'provider-metadata.json': JSON.stringify({ public_openpgp_keys: [{ fingerprint: oldKey.fingerprint, url: `${lying.url}/.well-known/csaf/openpgp/key.asc` }] }),
      'openpgp/key.asc': otherKey.armoredPublicKey,
    }));
    try {
      const keys = new TrustedKeys(sources([oldKey], { providerMetadataUrl: `${lying.url}/.well-known/csaf/provider-metadata.json` }), silentLogger);
      await expect(keys.load()).rejects.toThrow(/none of the pinned keys/);
    } finally {
      await lying.stop();
    }
  });

  it('rotates: a newly published, pinned key is fetched when a signature names it; the old key still verifies old documents', async () => {
    published = [oldKey];
    const keys = new TrustedKeys(sources([oldKey, newKey]), silentLogger);
    await keys.load();
    expect(keys.fingerprints).toEqual([oldKey.fingerprint]);
    published = [newKey, oldKey];
    expect(await keys.verify(bytes, await newKey.sign(bytes))).toEqual({ valid: true, fingerprint: newKey.fingerprint });
    expect([...keys.fingerprints].sort()).toEqual([newKey.fingerprint, oldKey.fingerprint].sort());
    expect(await keys.verify(bytes, await oldKey.sign(bytes))).toEqual({ valid: true, fingerprint: oldKey.fingerprint });
    // The platform stops listing the old key: the partner's pin keeps it for old documents.
    published = [newKey];
    expect(await keys.verify(bytes, await otherKey.sign(bytes))).toEqual({ valid: false, reason: 'CSAF.UNKNOWN_KEY' }); // forces a reload
    expect(await keys.verify(bytes, await oldKey.sign(bytes))).toEqual({ valid: true, fingerprint: oldKey.fingerprint });
  });

  it('reads pinned keys from local files, without any provider', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'csaf-keys-'));
    try {
      const files = [join(folder, 'old.asc'), join(folder, 'other.asc')];
      await writeFile(files[0], oldKey.armoredPublicKey);
      await writeFile(files[1], otherKey.armoredPublicKey);
      const keys = new TrustedKeys(sources([oldKey], { providerMetadataUrl: undefined, publicKeyFiles: files }), silentLogger);
      await keys.load();
      expect(keys.fingerprints).toEqual([oldKey.fingerprint]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
