import * as openpgp from 'openpgp';
import { CSAF_ERROR, CSAF_REJECTION, CsafError, type CsafRejection } from './csaf.errors';

/** A loaded private key that signs CSAF documents (CSAF 2.0 §7.1.19). */
export interface CsafSigningKey {
  /** Upper-case hex fingerprint of the primary key, as `provider-metadata.json` lists it. */
  fingerprint: string;
  /** The public key, ASCII-armoured, to publish beside `provider-metadata.json` (§7.1.20). */
  armoredPublicKey: string;
  /** A detached, ASCII-armoured signature over exactly these bytes: the `.asc` file. */
  sign(bytes: Uint8Array): Promise<string>;
}

/**
 * Loads an armoured private key and unlocks it with its passphrase. The key material stays
 * inside the returned object; errors say what is wrong without echoing any of it.
 *
 * @throws CsafError `CSAF.INVALID_KEY`
 */
export async function loadSigningKey(armoredPrivateKey: string, passphrase?: string): Promise<CsafSigningKey> {
  let key: openpgp.PrivateKey;
  try {
    key = await openpgp.readPrivateKey({ armoredKey: armoredPrivateKey });
  } catch {
    throw new CsafError(CSAF_ERROR.INVALID_KEY, 'not an armoured OpenPGP private key');
  }
  if (!key.isDecrypted()) {
    try {
      key = await openpgp.decryptKey({ privateKey: key, passphrase: passphrase ?? '' });
    } catch {
      throw new CsafError(CSAF_ERROR.INVALID_KEY, 'the passphrase does not unlock the signing key');
    }
  }
  const unlocked = key;
  try {
    // Fails now, at start-up, rather than at the first publication, for a key that cannot sign.
    await unlocked.getSigningKey();
  } catch {
    throw new CsafError(CSAF_ERROR.INVALID_KEY, 'the key cannot sign (expired, revoked or no signing capability)');
  }
  return {
    fingerprint: unlocked.getFingerprint().toUpperCase(),
    armoredPublicKey: unlocked.toPublic().armor(),
    async sign(bytes) {
      const message = await openpgp.createMessage({ binary: bytes });
      return openpgp.sign({ message, signingKeys: unlocked, detached: true, format: 'armored' });
    },
  };
}

/**
 * The public keys a partner trusts, by fingerprint. Keep every key that ever signed a
 * document you still serve: a rotated-out key verifies its old documents, the new key the
 * new ones, and `verifyCsafSignature` picks the one the signature names.
 */
export interface CsafPublicKeyRing {
  fingerprints: string[];
  keys: openpgp.PublicKey[];
}

/** @throws CsafError `CSAF.INVALID_KEY` when an entry is not an armoured public key. */
export async function loadPublicKeys(armoredPublicKeys: string[]): Promise<CsafPublicKeyRing> {
  const keys: openpgp.PublicKey[] = [];
  for (const armoredKey of armoredPublicKeys) {
    try {
      keys.push(...(await openpgp.readKeys({ armoredKeys: armoredKey })).map((k) => k.toPublic()));
    } catch {
      throw new CsafError(CSAF_ERROR.INVALID_KEY, 'not an armoured OpenPGP public key');
    }
  }
  return { fingerprints: keys.map((k) => k.getFingerprint().toUpperCase()), keys };
}

export type CsafSignatureVerdict = { valid: true; fingerprint: string } | { valid: false; reason: CsafRejection };

/**
 * Checks a detached `.asc` signature over the exact bytes received. The key is chosen by
 * the signature's issuer key id among `ring` only; any other outcome is a rejection with
 * a stable reason, never an exception, whatever the input.
 */
export async function verifyCsafSignature(
  bytes: Uint8Array,
  armoredSignature: string,
  ring: CsafPublicKeyRing,
): Promise<CsafSignatureVerdict> {
  let signature: openpgp.Signature;
  try {
    signature = await openpgp.readSignature({ armoredSignature });
  } catch {
    return { valid: false, reason: CSAF_REJECTION.MALFORMED_SIGNATURE };
  }
  const issuers = signature.getSigningKeyIDs();
  const key = ring.keys.find((candidate) => issuers.some((id) => candidate.getKeys(id).length > 0));
  if (!key) return { valid: false, reason: CSAF_REJECTION.UNKNOWN_KEY };
  try {
    const message = await openpgp.createMessage({ binary: bytes });
    const { signatures } = await openpgp.verify({ message, signature, verificationKeys: key, expectSigned: true });
    // expectSigned makes verify reject unless every signature checks out; this is belt and braces.
    await Promise.all(signatures.map((s) => s.verified));
    if (signatures.length === 0) return { valid: false, reason: CSAF_REJECTION.BAD_SIGNATURE };
  } catch {
    return { valid: false, reason: CSAF_REJECTION.BAD_SIGNATURE };
  }
  return { valid: true, fingerprint: key.getFingerprint().toUpperCase() };
}
