/**
 * Stable codes for everything this library refuses. Services surface them as
 * `extensions.code`; partners' tools log them. Messages never carry key material,
 * document bodies or file paths.
 */
export const CSAF_ERROR = {
  /** The announcement handed to `buildCsafDocument` cannot become a CSAF document. */
  INVALID_INPUT: 'CSAF.INVALID_INPUT',
  /** An armoured key could not be read, or its passphrase does not unlock it. */
  INVALID_KEY: 'CSAF.INVALID_KEY',
  /** The validator worker failed or timed out: the document was not judged at all. */
  VALIDATOR_UNAVAILABLE: 'CSAF.VALIDATOR_UNAVAILABLE',
} as const;
export type CsafErrorCode = (typeof CSAF_ERROR)[keyof typeof CSAF_ERROR];

/** Why a signature or hash check said no; returned, never thrown, so callers branch on it. */
export const CSAF_REJECTION = {
  /** The `.asc` is not an armoured OpenPGP signature. */
  MALFORMED_SIGNATURE: 'CSAF.MALFORMED_SIGNATURE',
  /** No published key has the signature's issuer key id. */
  UNKNOWN_KEY: 'CSAF.UNKNOWN_KEY',
  /** The signature does not match these bytes under the issuer's key. */
  BAD_SIGNATURE: 'CSAF.BAD_SIGNATURE',
  /** No hash file was given, or one is not `<hex>[ <file name>]`. */
  MALFORMED_HASH: 'CSAF.MALFORMED_HASH',
  /** A hash file's digest differs from the digest of these bytes. */
  HASH_MISMATCH: 'CSAF.HASH_MISMATCH',
} as const;
export type CsafRejection = (typeof CSAF_REJECTION)[keyof typeof CSAF_REJECTION];

export class CsafError extends Error {
  constructor(
    readonly code: CsafErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CsafError';
  }
}
