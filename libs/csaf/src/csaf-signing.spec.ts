import * as openpgp from 'openpgp';
import { buildCsafDocument } from './build-csaf-document';
import { vulnerabilityAdvisory } from './advisory.fixtures';
import { canonicalJsonBytes } from './canonical-json';
import { CSAF_ERROR, CSAF_REJECTION } from './csaf.errors';
import { loadPublicKeys, loadSigningKey, verifyCsafSignature, type CsafSigningKey } from './csaf-signing';

async function generate(name: string, passphrase: string): Promise<string> {
  const { privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'ed25519Legacy',
    userIDs: [{ name, email: 'csaf@cert.example.org' }],
    passphrase,
    format: 'armored',
  });
  return privateKey;
}

describe('CSAF signatures (OpenPGP, detached, armoured)', () => {
  let oldKey: CsafSigningKey;
  let newKey: CsafSigningKey;
  let strangerKey: CsafSigningKey;
  let oldArmored: string;
  const bytes = canonicalJsonBytes(buildCsafDocument(vulnerabilityAdvisory()));

  beforeAll(async () => {
    oldArmored = await generate('CSIRT signing key 2025', 'old passphrase');
    oldKey = await loadSigningKey(oldArmored, 'old passphrase');
    newKey = await loadSigningKey(await generate('CSIRT signing key 2026', 'new passphrase'), 'new passphrase');
    strangerKey = await loadSigningKey(await generate('Someone else', 'x'), 'x');
  });

  it('signs the exact bytes; a genuine document verifies and names its key', async () => {
    const signature = await newKey.sign(bytes);
    expect(signature).toMatch(/^-----BEGIN PGP SIGNATURE-----/);
    const ring = await loadPublicKeys([newKey.armoredPublicKey]);
    expect(await verifyCsafSignature(bytes, signature, ring)).toEqual({ valid: true, fingerprint: newKey.fingerprint });
  });

  it('rejects a document with one byte changed', async () => {
    const signature = await newKey.sign(bytes);
    const tampered = Uint8Array.from(bytes);
    tampered[tampered.length >> 1] ^= 0x01;
    const ring = await loadPublicKeys([newKey.armoredPublicKey]);
    expect(await verifyCsafSignature(tampered, signature, ring)).toEqual({ valid: false, reason: CSAF_REJECTION.BAD_SIGNATURE });
  });

  it('rejects a signature by a key the partner does not hold', async () => {
    const signature = await strangerKey.sign(bytes);
    const ring = await loadPublicKeys([oldKey.armoredPublicKey, newKey.armoredPublicKey]);
    expect(await verifyCsafSignature(bytes, signature, ring)).toEqual({ valid: false, reason: CSAF_REJECTION.UNKNOWN_KEY });
  });

  it('keeps verifying documents signed before a rotation, each with its own key', async () => {
    const before = canonicalJsonBytes(buildCsafDocument(vulnerabilityAdvisory({ trackingId: 'CSIRT-2025-0001' })));
    const oldSignature = await oldKey.sign(before);
    const newSignature = await newKey.sign(bytes);
    const ring = await loadPublicKeys([newKey.armoredPublicKey, oldKey.armoredPublicKey]);
    expect(ring.fingerprints).toEqual([newKey.fingerprint, oldKey.fingerprint]);
    expect(await verifyCsafSignature(before, oldSignature, ring)).toEqual({ valid: true, fingerprint: oldKey.fingerprint });
    expect(await verifyCsafSignature(bytes, newSignature, ring)).toEqual({ valid: true, fingerprint: newKey.fingerprint });
    // A ring that dropped the old key no longer vouches for its documents.
    const newOnly = await loadPublicKeys([newKey.armoredPublicKey]);
    expect(await verifyCsafSignature(before, oldSignature, newOnly)).toEqual({ valid: false, reason: CSAF_REJECTION.UNKNOWN_KEY });
  });

  it('does not accept a valid signature of other bytes by a trusted key', async () => {
    const other = canonicalJsonBytes(buildCsafDocument(vulnerabilityAdvisory({ title: 'Something else' })));
    const ring = await loadPublicKeys([newKey.armoredPublicKey]);
    expect(await verifyCsafSignature(bytes, await newKey.sign(other), ring)).toEqual({ valid: false, reason: CSAF_REJECTION.BAD_SIGNATURE });
  });

  it.each(['', 'not armour', '-----BEGIN PGP SIGNATURE-----\n\nAAAA\n-----END PGP SIGNATURE-----\n'])(
    'answers MALFORMED_SIGNATURE for %j',
    async (junk) => {
      const ring = await loadPublicKeys([newKey.armoredPublicKey]);
      expect(await verifyCsafSignature(bytes, junk, ring)).toEqual({ valid: false, reason: CSAF_REJECTION.MALFORMED_SIGNATURE });
    },
  );

  it('refuses a wrong passphrase or a non-key with CSAF.INVALID_KEY, echoing no key material', async () => {
    await expect(loadSigningKey(oldArmored, 'wrong')).rejects.toMatchObject({ code: CSAF_ERROR.INVALID_KEY });
    await expect(loadSigningKey('-----BEGIN PGP PRIVATE KEY BLOCK-----\nnope')).rejects.toMatchObject({ code: CSAF_ERROR.INVALID_KEY });
    await expect(loadPublicKeys(['garbage'])).rejects.toMatchObject({ code: CSAF_ERROR.INVALID_KEY });
    const error = await loadSigningKey(oldArmored, 'wrong').catch((e: Error) => e);
    expect(String((error as Error).message)).not.toContain('PRIVATE KEY');
  });

  it('publishes only the public part of the key', () => {
    expect(newKey.armoredPublicKey).toMatch(/^-----BEGIN PGP PUBLIC KEY BLOCK-----/);
    expect(newKey.armoredPublicKey).not.toContain('PRIVATE');
    expect(newKey.fingerprint).toMatch(/^[0-9A-F]{40}$/);
  });
});
