import { mkdir } from 'node:fs/promises';
import { CSAF_ERROR, CsafError, validateCsaf } from '@csirt/csaf';
import { withTimeout } from '@csirt/db';
import { createKafka, type Kafka } from '@csirt/messaging';
import type { Consumer, EachMessagePayload } from 'kafkajs';
import { Acknowledger } from './acknowledger';
import { checkRelease } from './check-release';
import type { SubscriberConfig } from './config';
import type { Logger } from './logger';
import { MirrorStore, type MessageSource, type StoreOutcome } from './mirror-store';
import { recheckRejected } from './recheck-rejected';
import type { RejectionCode } from './rejection';
import { TrustedKeys } from './trusted-keys';

/** What became of one message; for logs, metrics and tests. */
export interface MessageOutcome {
  outcome: StoreOutcome | 'rejected';
  source: MessageSource;
  trackingId?: string;
  version?: string;
  code?: RejectionCode;
}

const VALIDATOR_ATTEMPTS = 5;
const VALIDATOR_RETRY_MS = 2_000;

/**
 * The partner's side of the platform's advisory delivery: reads its topics, checks every
 * message (`checkRelease`), stores genuine documents in the local mirror or files the
 * refused ones with their reason, commits the offset, and sends the read receipt.
 */
export class PartnerSubscriber {
  readonly store: MirrorStore;
  readonly acknowledger: Acknowledger;
  readonly keys: TrustedKeys;
  private readonly consumer: Consumer;
  private readonly listeners = new Set<(outcome: MessageOutcome) => void>();
  private running = false;

  constructor(
    private readonly config: SubscriberConfig,
    private readonly log: Logger,
    kafka: Kafka = createKafka({ clientId: `csirt-subscriber-${config.partnerCode}`, ...config.kafka, log }),
  ) {
    this.store = new MirrorStore(config.mirrorDir);
    this.acknowledger = new Acknowledger(config.mirrorDir, config.acknowledgement, log);
    this.keys = new TrustedKeys(config.keys, log);
    this.consumer = kafka.consumer({ groupId: config.groupId, sessionTimeout: 30_000, rebalanceTimeout: 30_000, heartbeatInterval: 3_000 });
  }

  get isRunning(): boolean {
    return this.running;
  }

  onOutcome(listener: (outcome: MessageOutcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the keys are loaded and the consumer group has assigned partitions. */
  async start(): Promise<void> {
    await mkdir(this.config.mirrorDir, { recursive: true });
    // The validator takes seconds to load: it warms up while the keys load and the group joins.
    const warmUp = validateCsaf({}).catch((error: Error) => this.log.warn('CSAF validator did not warm up', { error: error.message }));
    await this.keys.load();
    const recovered = await recheckRejected(this.store, this.keys, this.acknowledger, this.log);
    if (recovered > 0) this.log.info('messages rejected earlier stored after all', { count: recovered });
    this.acknowledger.start();

    await this.consumer.connect();
    try {
      await this.consumer.subscribe({ topics: this.config.topics, fromBeginning: this.config.fromBeginning });
    } catch (error) {
      // kafkajs does not say which topic was refused; the usual cause is a community topic
      // above the agreement's ceiling (a TLP:CLEAR partner may not read the GREEN feed).
      throw new Error(`${(error as Error).message}: the broker refuses one of ${this.config.topics.join(', ')} (set KAFKA_TOPICS to the topics your agreement lets you read)`);
    }
    const joined = new Promise<void>((resolve) => {
      const remove = this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
        remove();
        resolve();
      });
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) =>
      this.log.error('consumer crashed', { error: payload.error.message, restart: payload.restart }),
    );
    await this.consumer.run({
      // One message at a time (kafkajs' default, stated): releases of one advisory are
      // stored in the order they come, and the log reads like what happened.
      partitionsConsumedConcurrently: 1,
      // Offsets are committed by hand, one message at a time, after its outcome is on disk:
      // see `handle`.
      autoCommit: false,
      eachMessage: async (payload) => {
        const outcome = await this.handle(payload);
        for (const listener of this.listeners) listener(outcome);
      },
    });
    await withTimeout(joined, 60_000, `consumer group ${this.config.groupId} did not join`);
    await warmUp;
    this.running = true;
    this.log.info('subscriber started', { topics: this.config.topics, groupId: this.config.groupId, mirror: this.config.mirrorDir });
  }

  /** Finishes the message in hand, leaves the group and waits for a receipt being sent. */
  async stop(): Promise<void> {
    this.running = false;
    await this.consumer.disconnect();
    await this.acknowledger.stop();
    this.log.info('subscriber stopped');
  }

  private async handle({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<MessageOutcome> {
    const source: MessageSource = { topic, partition, offset: message.offset, key: message.key?.toString() ?? null };
    const check = await this.checkWithRetries(message.value, topic, heartbeat);
    let outcome: MessageOutcome;
    if (check.ok) {
      const { message: release } = check.release;
      if (release.signingKeyFingerprint.toUpperCase() !== check.release.signedBy) {
        // Unsigned hint only; the key that verified is what counts. Worth a look all the same.
        this.log.warn('message names another signing key than the one that verified it', { ...source, named: release.signingKeyFingerprint, signedBy: check.release.signedBy });
      }
      const stored = await this.store.store(check.release, source);
      // Queued after the document is on disk: a receipt never claims a document we lack.
      await this.acknowledger.enqueue(release.trackingId, release.version);
      outcome = { outcome: stored, source, trackingId: release.trackingId, version: release.version };
      this.log.info(stored === 'duplicate' ? 'release already stored' : 'release stored', {
        ...source,
        trackingId: release.trackingId,
        version: release.version,
        action: release.action,
        tlp: release.tlp,
        outcome: stored,
        signedBy: check.release.signedBy,
      });
    } else {
      const file = await this.store.reject(source, check.rejection, message.value);
      outcome = { outcome: 'rejected', source, code: check.rejection.code, trackingId: check.message?.trackingId, version: check.message?.version };
      this.log.warn('message rejected', { ...source, code: check.rejection.code, detail: check.rejection.detail, file });
    }
    // The offset moves past this message only now that its outcome (the stored document
    // and its queued receipt, or the rejection file) is durable on disk. Committed earlier,
    // a crash in between would skip the message for good: the partner would silently miss
    // an advisory. Committed after, a crash means a redelivery, which the store recognises
    // by (tracking id, version) and which then changes nothing.
    await this.consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
    this.acknowledger.kick();
    return outcome;
  }

  /** A validator that cannot run says nothing about the message: wait and try again, never reject. */
  private async checkWithRetries(value: Buffer | null, topic: string, heartbeat: () => Promise<void>) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await checkRelease(value, topic, this.keys);
      } catch (error) {
        if (!(error instanceof CsafError && error.code === CSAF_ERROR.VALIDATOR_UNAVAILABLE) || attempt >= VALIDATOR_ATTEMPTS) throw error;
        this.log.warn('CSAF validator unavailable; retrying', { attempt, error: error.message });
        await new Promise((resolve) => setTimeout(resolve, VALIDATOR_RETRY_MS * attempt));
        await heartbeat();
      }
    }
  }
}
