import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeCsafValidator, loadPublicKeys, verifyCsafSignature, type CsafSigningKey } from '@csirt/csaf';
import { Acknowledger } from './acknowledger';
import { checkRelease, type SignatureVerifier } from './check-release';
import { silentLogger } from './logger';
import { MirrorStore } from './mirror-store';
import { recheckRejected } from './recheck-rejected';
import { advisory, encoded, releaseMessage, signingKey } from './spec/fixtures';

const TOPIC = 'csirt.partner.alpha.advisories';

describe('recheckRejected: messages refused for a reason on the partner side get a second chance at start', () => {
  let oldKey: CsafSigningKey;
  let newKey: CsafSigningKey;
  let root: string;

  const verifier = async (keys: CsafSigningKey[]): Promise<SignatureVerifier> => {
    const ring = await loadPublicKeys(keys.map((k) => k.armoredPublicKey));
    return { verify: (bytes, signature) => verifyCsafSignature(bytes, signature, ring) };
  };

  beforeAll(async () => {
    [oldKey, newKey] = await Promise.all([signingKey('2025 key'), signingKey('2026 key')]);
    root = await mkdtemp(join(tmpdir(), 'csaf-recheck-'));
  });
  afterAll(async () => {
    await closeCsafValidator();
    await rm(root, { recursive: true, force: true });
  });

  it('stores and queues the receipt of a document whose key has been pinned since; leaves tampered ones refused', async () => {
    const store = new MirrorStore(root);
    const acknowledger = new Acknowledger(root, { graphqlUrl: 'http://127.0.0.1:9/graphql', token: { value: 't' }, retryIntervalMs: 1000, maxBackoffMs: 1000, timeoutMs: 500 }, silentLogger);
    const before = await verifier([oldKey]);

    // Signed with the new key before the partner pinned it; and one with altered bytes.
    const rotated = encoded(await releaseMessage(advisory('CSIRT-2026-00501', 'AMBER'), newKey));
    const tamperedMessage = await releaseMessage(advisory('CSIRT-2026-00502', 'AMBER'), newKey);
    const tampered = encoded({ ...tamperedMessage, document: tamperedMessage.document.replace('Gateway', 'Gatewax') });
    for (const [offset, value] of [rotated, tampered].entries()) {
      const check = await checkRelease(value, TOPIC, before);
      if (check.ok) throw new Error('expected a rejection');
      await store.reject({ topic: TOPIC, partition: 0, offset: String(offset), key: null }, check.rejection, value);
    }
    expect((await store.rejected()).map((r) => r.code)).toEqual(['CSAF.UNKNOWN_KEY', 'CSAF.HASH_MISMATCH']);

    // Nothing changes while the key is still not pinned.
    expect(await recheckRejected(store, before, acknowledger, silentLogger)).toBe(0);

    // The partner pins the new key and restarts.
    expect(await recheckRejected(store, await verifier([oldKey, newKey]), acknowledger, silentLogger)).toBe(1);
    expect(await readFile(join(root, 'amber/2026/csirt-2026-00501.json'), 'utf8')).toBe(JSON.parse(rotated.toString()).document);
    expect(await acknowledger.pending()).toEqual([expect.objectContaining({ trackingId: 'CSIRT-2026-00501', version: '1' })]);
    expect((await store.rejected()).map((r) => r.code)).toEqual(['CSAF.HASH_MISMATCH']);
    expect(await readdir(join(root, 'rejected/resolved'))).toEqual([`${TOPIC}-0-0.json`]);
    await expect(readdir(join(root, 'amber/2026'))).resolves.not.toContain('csirt-2026-00502.json');
  });
});
