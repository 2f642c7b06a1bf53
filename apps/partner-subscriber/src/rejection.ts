import { CSAF_REJECTION, type CsafRejection } from '@csirt/csaf';

/**
 * Why the subscriber refused a message: stable codes, written into every file under
 * `<mirror>/rejected/` and into the logs. The signature and hash codes are the CSAF
 * library's own (`CSAF.*`); the others are the subscriber's (`SUBSCRIBER.*`). The README
 * explains each to the partner.
 */
export const SUBSCRIBER_REJECTION = {
  /** Not JSON, or not the shape of a CSAF release message. */
  UNREADABLE_MESSAGE: 'SUBSCRIBER.UNREADABLE_MESSAGE',
  /** A release message of a format version this subscriber does not know: upgrade it. */
  UNKNOWN_FORMAT_VERSION: 'SUBSCRIBER.UNKNOWN_FORMAT_VERSION',
  /** The signed bytes verified but are not a JSON document. */
  DOCUMENT_NOT_JSON: 'SUBSCRIBER.DOCUMENT_NOT_JSON',
  /** The official CSAF validator found the document invalid (schema or mandatory tests). */
  INVALID_CSAF: 'SUBSCRIBER.INVALID_CSAF',
  /** The document's tracking id, version or TLP, or the file name, differ from the message's. */
  MESSAGE_MISMATCH: 'SUBSCRIBER.MESSAGE_MISMATCH',
  /** The document is more restricted than the topic it came on may carry. */
  TLP_ABOVE_TOPIC: 'SUBSCRIBER.TLP_ABOVE_TOPIC',
} as const;

export type RejectionCode = CsafRejection | (typeof SUBSCRIBER_REJECTION)[keyof typeof SUBSCRIBER_REJECTION];

/** Every reason a message may be refused for, for the README and its test. */
export const REJECTION_CODES: readonly RejectionCode[] = [...Object.values(CSAF_REJECTION), ...Object.values(SUBSCRIBER_REJECTION)];

export interface Rejection {
  code: RejectionCode;
  /** Human-readable detail: which field, which validator test. Never key material. */
  detail: string;
}
