import { TLP_LEVELS } from '@csirt/contracts';
import { z } from 'zod';

/**
 * What a partner CSIRT receives on its Kafka topics: one CSAF 2.0 document as published,
 * with its detached signature, its hashes and the sharing terms of the partner's agreement.
 * Deliberately not the platform's internal event envelope: no internal ids, trace ids or
 * author subjects. The format is a contract with every partner, versioned by
 * `formatVersion`; a partner's subscriber rejects a version it does not know.
 *
 * The Kafka key is the CSAF tracking id, so a partner reads one advisory's releases in
 * order; (`trackingId`, `version`) names a release uniquely, so a subscriber can drop a
 * redelivery.
 */
export const CSAF_RELEASE_FORMAT = 'csirt.csaf-release';
export const CSAF_RELEASE_FORMAT_VERSION = 1;
/** The `content-type` header of every partner message. */
export const CSAF_RELEASE_CONTENT_TYPE = 'application/vnd.csirt.csaf-release+json;version=1';

export const CSAF_RELEASE_ACTIONS = ['published', 'revised', 'withdrawn'] as const;
export type CsafReleaseAction = (typeof CSAF_RELEASE_ACTIONS)[number];

const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`), `${length} lower-case hex digits`);

export const CsafReleaseMessageSchema = z.object({
  format: z.literal(CSAF_RELEASE_FORMAT),
  formatVersion: z.literal(CSAF_RELEASE_FORMAT_VERSION),
  action: z.enum(CSAF_RELEASE_ACTIONS),
  /** `/document/tracking/id`. */
  trackingId: z.string().min(1).max(200),
  /** `/document/tracking/version`: 1, 2, 3… (integer versioning). */
  version: z.string().regex(/^[1-9][0-9]*$/),
  /** TLP 2.0 label of the document (CSAF itself writes TLP:CLEAR as WHITE). */
  tlp: z.enum(TLP_LEVELS),
  /** Name of the document in the provider directory, e.g. `csirt-2026-0042.json`. */
  fileName: z.string().min(1).max(300),
  /** Where the same document, its `.asc` and hash files are served. */
  url: z.url({ protocol: /^https?$/ }),
  /** The exact UTF-8 bytes that were signed and hashed; parse it only after verifying. */
  document: z.string().min(2),
  /** Detached, ASCII-armoured OpenPGP signature over `document` (the `.asc` file). */
  signature: z.string().min(1),
  /** Fingerprint of the key that signed it; the public key is in `provider-metadata.json`. */
  signingKeyFingerprint: z.string().regex(/^[0-9a-f]{40,64}$/),
  /** Hex digests of `document`, as in the `.sha256` / `.sha512` files. */
  sha256: hex(64),
  sha512: hex(128),
  /** The recipient's handling terms, from its information-exchange agreement. */
  handling: z.object({
    tlp: z.enum(TLP_LEVELS),
    disclosure: z.enum(['MAY_DISCLOSE', 'AFTER_EMBARGO', 'WITH_SOURCE_CONSENT', 'MUST_NOT_DISCLOSE']),
    /** Set when disclosure is AFTER_EMBARGO: not before this instant. */
    embargoUntil: z.iso.datetime({ offset: true }).nullable(),
    permittedActions: z.array(z.string()),
    /** How the document credits its sources for this recipient. */
    attribution: z.enum(['credited', 'anonymised']),
  }),
  releasedAt: z.iso.datetime({ offset: true }),
});
export type CsafReleaseMessage = z.infer<typeof CsafReleaseMessageSchema>;

export type CsafReleaseParse = { ok: true; message: CsafReleaseMessage } | { ok: false; reason: string };

/** Parses a partner message's value; never throws. */
export function parseCsafReleaseMessage(value: string | Buffer | null): CsafReleaseParse {
  if (value === null) return { ok: false, reason: 'empty message' };
  let json: unknown;
  try {
    json = JSON.parse(value.toString());
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = CsafReleaseMessageSchema.safeParse(json);
  return parsed.success ? { ok: true, message: parsed.data } : { ok: false, reason: parsed.error.message.slice(0, 500) };
}

/** The Kafka value of a partner message, checked against the format before it is sent. */
export function encodeCsafReleaseMessage(message: CsafReleaseMessage): string {
  return JSON.stringify(CsafReleaseMessageSchema.parse(message));
}
