import { TOPIC_TLP_CEILING, tlpRank } from '@csirt/contracts';
import {
  CSAF_RELEASE_FORMAT,
  CSAF_RELEASE_FORMAT_VERSION,
  csafFileName,
  csafTlpLabel,
  csafYearFolder,
  parseCsafReleaseMessage,
  tlpFolder,
  validateCsaf,
  verifyHashes,
  type CsafReleaseMessage,
  type CsafSignatureVerdict,
} from '@csirt/csaf';
import { SUBSCRIBER_REJECTION, type Rejection } from './rejection';

/** A release that passed every check, with where it belongs in the mirror. */
export interface VerifiedRelease {
  message: CsafReleaseMessage;
  /** The exact bytes that were hashed and signed: what is stored as `<file>.json`. */
  bytes: Buffer;
  /** Fingerprint of the pinned key that verified the signature. */
  signedBy: string;
  /** `white`, `green`, `amber` or `red`: the CSAF TLP folder. */
  tlpFolder: string;
  /** Year of the document's initial release: revisions stay in the same folder. */
  yearFolder: string;
  /** `csirt-2026-0042.json`, computed from the tracking id, never taken from the message. */
  fileName: string;
}

export type ReleaseCheck = { ok: true; release: VerifiedRelease } | { ok: false; rejection: Rejection; message?: CsafReleaseMessage };

/** What checks a signature: the pinned key ring (`TrustedKeys`), or any stand-in in a unit test. */
export interface SignatureVerifier {
  verify(bytes: Uint8Array, armoredSignature: string): Promise<CsafSignatureVerdict>;
}

/**
 * Decides whether one Kafka message is a genuine, valid release from the publisher, in
 * order of cost: the message format, the hashes of `document`, its detached signature by a
 * pinned key, then (only for signed bytes) the document as JSON, the official CSAF
 * validator, and that what the signed document says agrees with what the unsigned
 * envelope says. The envelope's fields steer where the document is stored, so nothing in
 * it is used before it has been checked against the signed document.
 *
 * @throws CsafError `CSAF.VALIDATOR_UNAVAILABLE` when the validator could not run: not the
 * message's fault, so the caller retries instead of rejecting.
 */
export async function checkRelease(value: Buffer | null, topic: string, keys: SignatureVerifier): Promise<ReleaseCheck> {
  const formatProblem = unknownFormatVersion(value);
  if (formatProblem) return reject(SUBSCRIBER_REJECTION.UNKNOWN_FORMAT_VERSION, formatProblem);
  const parsed = parseCsafReleaseMessage(value);
  if (!parsed.ok) return reject(SUBSCRIBER_REJECTION.UNREADABLE_MESSAGE, parsed.reason);
  const message = parsed.message;
  const bytes = Buffer.from(message.document, 'utf8');

  const hashes = verifyHashes(bytes, { sha256: message.sha256, sha512: message.sha512 });
  if (!hashes.valid) return reject(hashes.reason, 'the SHA-256 or SHA-512 digest of the document differs from the message', message);

  const signature = await keys.verify(bytes, message.signature);
  if (!signature.valid) return reject(signature.reason, signatureDetail(signature.reason), message);

  let document: unknown;
  try {
    document = JSON.parse(message.document);
  } catch {
    return reject(SUBSCRIBER_REJECTION.DOCUMENT_NOT_JSON, 'the signed document is not JSON', message);
  }
  const validation = await validateCsaf(document);
  if (!validation.valid) {
    const detail = validation.errors
      .slice(0, 10)
      .map((e) => `${e.test} ${e.instancePath || '/'}: ${e.message}`)
      .join('; ');
    return reject(SUBSCRIBER_REJECTION.INVALID_CSAF, detail || 'the validator found the document invalid', message);
  }

  // Schema-valid from here: /document/tracking and /document/distribution have their shape.
  const tracking = (document as { document: { tracking: { id: string; version: string; initial_release_date: string } } }).document.tracking;
  const label = (document as { document: { distribution?: { tlp?: { label?: string } } } }).document.distribution?.tlp?.label;
  const mismatches = [
    tracking.id !== message.trackingId && `tracking id ${tracking.id} ≠ ${message.trackingId}`,
    tracking.version !== message.version && `version ${tracking.version} ≠ ${message.version}`,
    label !== csafTlpLabel(message.tlp) && `TLP label ${label ?? 'none'} ≠ ${csafTlpLabel(message.tlp)} (${message.tlp})`,
    message.fileName !== csafFileName(tracking.id) && `file name ${message.fileName} ≠ ${csafFileName(tracking.id)}`,
  ].filter((m): m is string => typeof m === 'string');
  if (mismatches.length > 0) return reject(SUBSCRIBER_REJECTION.MESSAGE_MISMATCH, `the signed document disagrees with the message: ${mismatches.join('; ')}`, message);

  // A community topic carrying a more restricted document means it reached every partner:
  // the partner is told (a rejection it will see) rather than filing it quietly.
  const ceiling = TOPIC_TLP_CEILING[topic];
  if (ceiling && tlpRank(message.tlp) > tlpRank(ceiling)) {
    return reject(SUBSCRIBER_REJECTION.TLP_ABOVE_TOPIC, `a TLP:${message.tlp} document on ${topic}, which carries TLP:${ceiling} at most`, message);
  }

  return {
    ok: true,
    release: {
      message,
      bytes,
      signedBy: signature.fingerprint,
      tlpFolder: tlpFolder(csafTlpLabel(message.tlp)),
      yearFolder: csafYearFolder(tracking.initial_release_date),
      fileName: csafFileName(tracking.id),
    },
  };
}

/** A message that says it is a CSAF release, in a version other than the one this program reads. */
function unknownFormatVersion(value: Buffer | null): string | undefined {
  if (value === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value.toString());
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const { format, formatVersion } = json as { format?: unknown; formatVersion?: unknown };
  if (format !== CSAF_RELEASE_FORMAT || formatVersion === CSAF_RELEASE_FORMAT_VERSION) return undefined;
  return `format version ${JSON.stringify(formatVersion)}; this subscriber reads version ${CSAF_RELEASE_FORMAT_VERSION}`;
}

function signatureDetail(reason: string): string {
  switch (reason) {
    case 'CSAF.UNKNOWN_KEY':
      return 'signed by a key that is not among the pinned, published keys';
    case 'CSAF.BAD_SIGNATURE':
      return 'the signature does not match the document under the key that claims it';
    default:
      return 'the signature is not an armoured OpenPGP signature';
  }
}

function reject(code: Rejection['code'], detail: string, message?: CsafReleaseMessage): ReleaseCheck {
  return { ok: false, rejection: { code, detail: detail.slice(0, 2000) }, message };
}
