import {
  contractKey,
  DEAD_LETTER_HEADERS,
  parseEvent,
  topicOwner,
  type EventContract,
  type EventData,
  type EventEnvelope,
} from '@csirt/contracts';
import { withTimeout } from '@csirt/db';
import type { Consumer, EachMessagePayload, IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';
import type { MessagingLogger } from './logger';
import { inSpan } from './trace-context';

export type EventHandler<C extends EventContract> = (
  event: EventEnvelope<C['type'], EventData<C>>,
  manager: EntityManager,
) => Promise<void>;

/** A handler bound to one contract (`type@version`). */
export interface HandlerRegistration {
  contract: EventContract;
  handle: (event: EventEnvelope, manager: EntityManager) => Promise<void>;
}

/** Binds a typed handler to a contract. */
export function on<C extends EventContract>(contract: C, handle: EventHandler<C>): HandlerRegistration {
  return { contract, handle: handle as HandlerRegistration['handle'] };
}

/** Dead-letter code of an event whose `source` is not the owner of the topic it came on. */
export const SOURCE_MISMATCH = 'SOURCE_MISMATCH';

/**
 * Thrown by a handler when retrying cannot help (the event contradicts this service's
 * state, say). The message goes straight to the dead-letter topic.
 */
export class PoisonEventError extends Error {
  constructor(
    message: string,
    readonly code = 'POISON_EVENT',
  ) {
    super(message);
  }
}

export interface EventConsumerOptions {
  kafka: Kafka;
  dataSource: DataSource;
  /** Kafka consumer group; also the inbox's namespace. One per consuming service. */
  groupId: string;
  topics: string[];
  handlers: HandlerRegistration[];
  /** Producer for dead letters. */
  producer: Producer;
  deadLetterTopic: string;
  log: MessagingLogger;
  /** Transient failures are retried this many times in all before the message is dead-lettered. */
  maxAttempts?: number;
  initialRetryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Contracts to parse with; all of the platform's by default. */
  contracts?: ReadonlyMap<string, EventContract>;
  /** Start from the beginning of the topics when the group has no committed offset yet. */
  fromBeginning?: boolean;
}

export type ProcessOutcome = 'processed' | 'duplicate' | 'ignored' | 'dead-lettered';

/**
 * Consumes events and applies each at most once per consumer group.
 *
 * The event id goes into the inbox in the same transaction as the handler's effect: a
 * redelivered event finds its id there and changes nothing. kafkajs commits the offset
 * only after `eachMessage` resolves, i.e. after that transaction (or the dead letter) is
 * durable, so a crash in between means redelivery, never loss.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly handlers: Map<string, HandlerRegistration>;
  private readonly handledTypes: Set<string>;
  private readonly maxAttempts: number;
  private readonly initialRetryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private running = false;
  private readonly listeners = new Set<(outcome: ProcessOutcome, event?: EventEnvelope) => void>();
  /** Messages behind each partition's end as of its last batch, keyed `topic#partition`. */
  private readonly partitionLag = new Map<string, number>();

  constructor(private readonly options: EventConsumerOptions) {
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      // Kafka's default of 5 minutes is far longer than any handler here should take.
      rebalanceTimeout: 30_000,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
    });
    this.handlers = new Map(options.handlers.map((h) => [contractKey(h.contract.type, h.contract.version), h]));
    this.handledTypes = new Set(options.handlers.map((h) => h.contract.type));
    this.maxAttempts = options.maxAttempts ?? 5;
    this.initialRetryDelayMs = options.initialRetryDelayMs ?? 200;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5_000;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Observes each outcome (metrics and tests); never affects processing. */
  onOutcome(listener: (outcome: ProcessOutcome, event?: EventEnvelope) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Consumer lag per partition (`topic#partition` → messages), for metrics. */
  lag(): ReadonlyMap<string, number> {
    return this.partitionLag;
  }

  async start(): Promise<void> {
    this.consumer.on(this.consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      this.partitionLag.set(`${payload.topic}#${payload.partition}`, Math.max(0, Number(payload.offsetLag)));
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    // start() resolves once the group has assigned partitions, so "started" means "consuming".
    const joined = new Promise<void>((resolve) => {
      const remove = this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
        remove();
        resolve();
      });
    });
    await this.consumer.run({
      eachMessage: async (payload) => {
        const outcome = await this.process(payload);
        for (const listener of this.listeners) listener(outcome.outcome, outcome.event);
      },
    });
    await withTimeout(joined, 60_000, `consumer group ${this.options.groupId} did not join`);
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.consumer.disconnect();
  }

  private async process(payload: EachMessagePayload): Promise<{ outcome: ProcessOutcome; event?: EventEnvelope }> {
    const { message } = payload;
    const parsed = parseEvent(message.value, this.options.contracts);
    if (!parsed.ok) {
      // A message of a type this service does not consume is none of its business, even
      // when it is broken; the consumers of that type will dead-letter it.
      if (parsed.envelope?.type && !this.handledTypes.has(parsed.envelope.type)) return { outcome: 'ignored' };
      await this.deadLetter(payload, parsed.code, parsed.reason, 0);
      return { outcome: 'dead-lettered' };
    }
    const event = parsed.envelope;
    const handler = this.handlers.get(contractKey(event.type, event.version));
    if (!handler) return { outcome: 'ignored', event };
    // The broker lets only a topic's owner write it; this catches what slips past that
    // (a leaked credential, a misconfigured ACL): an event claiming another author.
    const owner = topicOwner(payload.topic);
    if (event.source !== owner) {
      const reason = `event source "${event.source}" does not own topic ${payload.topic} (owner: ${owner ?? 'none'})`;
      this.options.log.error('event dead-lettered', { type: event.type, id: event.id, code: SOURCE_MISMATCH, error: reason });
      await this.deadLetter(payload, SOURCE_MISMATCH, reason, 0);
      return { outcome: 'dead-lettered', event };
    }

    // The handler runs in a span continuing the producer's trace (the event's traceparent).
    return inSpan(`consume ${event.type}`, { kind: 'consumer', carrier: { traceparent: event.traceparent }, attributes: { 'messaging.destination.name': payload.topic, 'messaging.message.id': event.id } }, () =>
      this.applyWithRetries(payload, event, handler),
    );
  }

  private async applyWithRetries(
    payload: EachMessagePayload,
    event: EventEnvelope,
    handler: HandlerRegistration,
  ): Promise<{ outcome: ProcessOutcome; event?: EventEnvelope }> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const applied = await this.applyOnce(event, handler);
        return { outcome: applied ? 'processed' : 'duplicate', event };
      } catch (error) {
        const err = error as Error;
        if (error instanceof PoisonEventError || attempt >= this.maxAttempts) {
          const code = error instanceof PoisonEventError ? error.code : 'RETRIES_EXHAUSTED';
          this.options.log.error('event dead-lettered', { type: event.type, id: event.id, code, error: err.message });
          await this.deadLetter(payload, code, err.message, attempt);
          return { outcome: 'dead-lettered', event };
        }
        const delay = Math.min(this.initialRetryDelayMs * 2 ** (attempt - 1), this.maxRetryDelayMs);
        this.options.log.warn('event handler failed; retrying', { type: event.type, id: event.id, attempt, delay, error: err.message });
        await sleep(delay);
        // Long retries must not cost the group membership.
        await payload.heartbeat();
      }
    }
  }

  /** Returns false when the inbox already had the event (a redelivery). */
  private applyOnce(event: EventEnvelope, handler: HandlerRegistration): Promise<boolean> {
    return this.options.dataSource.transaction('READ COMMITTED', async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO messaging_inbox (consumer_group, event_id, event_type) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, event.id, event.type],
      );
      if (inserted.length === 0) return false;
      await handler.handle(event, manager);
      return true;
    });
  }

  private async deadLetter(payload: EachMessagePayload, code: string, reason: string, attempts: number): Promise<void> {
    const { topic, partition, message } = payload;
    // If this send fails, the error escapes eachMessage, the offset is not committed and
    // the message comes back: a poison message is parked, never dropped.
    await this.options.producer.send({
      topic: this.options.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...copyHeaders(message),
            [DEAD_LETTER_HEADERS.code]: code,
            [DEAD_LETTER_HEADERS.reason]: reason.slice(0, 2000),
            [DEAD_LETTER_HEADERS.sourceTopic]: topic,
            [DEAD_LETTER_HEADERS.sourcePartition]: String(partition),
            [DEAD_LETTER_HEADERS.sourceOffset]: message.offset,
            [DEAD_LETTER_HEADERS.consumerGroup]: this.options.groupId,
            [DEAD_LETTER_HEADERS.attempts]: String(attempts),
            [DEAD_LETTER_HEADERS.failedAt]: new Date().toISOString(),
          },
        },
      ],
    });
  }
}

function copyHeaders(message: KafkaMessage): IHeaders {
  const headers: IHeaders = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
