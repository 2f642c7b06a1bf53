import { createHash, timingSafeEqual } from 'node:crypto';
import { CSAF_REJECTION, type CsafRejection } from './csaf.errors';

/**
 * The `.sha256` and `.sha512` files of CSAF 2.0 §7.1.18: the hex digest, two spaces, the
 * document's file name, as `sha256sum` writes it, so `sha512sum -c` checks it too.
 */
export function csafHashFiles(bytes: Uint8Array, fileName: string): { sha256: string; sha512: string } {
  return {
    sha256: `${digest('sha256', bytes)}  ${fileName}\n`,
    sha512: `${digest('sha512', bytes)}  ${fileName}\n`,
  };
}

export type CsafHashVerdict = { valid: true } | { valid: false; reason: CsafRejection };

/**
 * Checks the hash files received with a document. At least one must be given, and every
 * one given must match; a hash file is read as the standard allows: the hex digest first,
 * anything after white space ignored.
 */
export function verifyHashes(bytes: Uint8Array, files: { sha256?: string; sha512?: string }): CsafHashVerdict {
  const given = (['sha256', 'sha512'] as const).filter((algorithm) => files[algorithm] !== undefined);
  if (given.length === 0) return { valid: false, reason: CSAF_REJECTION.MALFORMED_HASH };
  for (const algorithm of given) {
    const expected = /^([0-9a-fA-F]+)(\s|$)/.exec(files[algorithm] ?? '')?.[1]?.toLowerCase();
    const length = algorithm === 'sha256' ? 64 : 128;
    if (expected?.length !== length) return { valid: false, reason: CSAF_REJECTION.MALFORMED_HASH };
    const actual = digest(algorithm, bytes);
    if (!timingSafeEqual(Buffer.from(actual), Buffer.from(expected))) {
      return { valid: false, reason: CSAF_REJECTION.HASH_MISMATCH };
    }
  }
  return { valid: true };
}

function digest(algorithm: 'sha256' | 'sha512', bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest('hex');
}
