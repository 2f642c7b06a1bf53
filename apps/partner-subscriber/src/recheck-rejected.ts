import { CSAF_REJECTION } from '@csirt/csaf';
import type { Acknowledger } from './acknowledger';
import { checkRelease, type SignatureVerifier } from './check-release';
import type { Logger } from './logger';
import type { MirrorStore } from './mirror-store';
import { SUBSCRIBER_REJECTION, type RejectionCode } from './rejection';

/**
 * Reasons that depend on the partner's side rather than on the message: a key not pinned
 * yet (a rotation the partner caught up with late) or a format this version of the program
 * did not know (fixed by upgrading). Their messages are checked again at every start.
 * Everything else (altered bytes, a bad signature, an invalid document) stays refused.
 */
export const RECHECKED_AT_START: readonly RejectionCode[] = [CSAF_REJECTION.UNKNOWN_KEY, SUBSCRIBER_REJECTION.UNKNOWN_FORMAT_VERSION];

/**
 * Checks the messages refused for a reason in `RECHECKED_AT_START` again, from their
 * rejection files; those that now pass are stored (and acknowledged) as if they had just
 * arrived, and their rejection file moves to `rejected/resolved/`. Kafka is not involved:
 * their offsets were committed when they were refused.
 */
export async function recheckRejected(store: MirrorStore, keys: SignatureVerifier, acknowledger: Acknowledger, log: Logger): Promise<number> {
  let stored = 0;
  for (const filed of await store.rejected()) {
    if (!RECHECKED_AT_START.includes(filed.code) || filed.value === null) continue;
    const check = await checkRelease(Buffer.from(filed.value, 'utf8'), filed.topic, keys);
    const source = { topic: filed.topic, partition: filed.partition, offset: filed.offset, key: filed.key };
    if (!check.ok) {
      log.debug('a rejected message is still refused', { ...source, code: check.rejection.code });
      continue;
    }
    const outcome = await store.store(check.release, source);
    await acknowledger.enqueue(check.release.message.trackingId, check.release.message.version);
    await store.resolveRejection(filed.file);
    stored += 1;
    log.info('a message rejected earlier now passes; stored', { ...source, trackingId: check.release.message.trackingId, version: check.release.message.version, outcome, rejectedFor: filed.code });
  }
  return stored;
}
