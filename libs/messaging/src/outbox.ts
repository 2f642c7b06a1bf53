import { randomUUID } from 'node:crypto';
import {
  TOPIC_TLP_CEILING,
  tlpRank,
  topicTlpCeiling,
  type EventContract,
  type EventData,
  type EventEnvelope,
  type Tlp,
} from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import { activeTraceparent } from './trace-context';

export interface EventToPublish<C extends EventContract> {
  contract: C;
  /** Aggregate id: the Kafka key, so one aggregate's events stay in order. */
  subject: string;
  data: EventData<C>;
  /** Handling label of `data`. */
  tlp: Tlp;
  traceparent?: string;
  time?: Date;
}

function traceparentOf(event: { traceparent?: string }): string | undefined {
  return event.traceparent ?? activeTraceparent();
}

export class OutboxContractError extends Error {
  readonly code = 'OUTBOX.CONTRACT_VIOLATION';
}

/**
 * Writes an event to the outbox through `manager`, which must be the manager of the
 * transaction that makes the state change. Both commit together or neither does; the
 * relay publishes it afterwards. The payload is validated here, at the producer, so a
 * broken event fails the use case instead of poisoning consumers.
 */
export async function enqueueEvent<C extends EventContract>(
  manager: EntityManager,
  source: string,
  event: EventToPublish<C>,
): Promise<EventEnvelope<C['type'], EventData<C>>> {
  const { contract } = event;
  if (!manager.queryRunner?.isTransactionActive) {
    throw new OutboxContractError(`${contract.type}: the outbox must be written inside the state change's transaction`);
  }
  const parsed = contract.schema.safeParse(event.data);
  if (!parsed.success) {
    throw new OutboxContractError(`${contract.type}@${contract.version} payload invalid: ${parsed.error.message}`);
  }
  const ceiling = TOPIC_TLP_CEILING[contract.topic];
  if (!ceiling) throw new OutboxContractError(`${contract.topic} has no TLP ceiling: add it to TOPIC_TLP_CEILING`);
  if (tlpRank(event.tlp) > tlpRank(ceiling)) {
    throw new OutboxContractError(`${contract.type} is TLP:${event.tlp}, above the TLP:${ceiling} ceiling of ${contract.topic}`);
  }
  const envelope: EventEnvelope<C['type'], EventData<C>> = {
    id: randomUUID(),
    type: contract.type,
    version: contract.version,
    source,
    subject: event.subject,
    time: (event.time ?? new Date()).toISOString(),
    tlp: event.tlp,
    // The caller's trace continues through Kafka: given, or the active span's.
    ...(traceparentOf(event) ? { traceparent: traceparentOf(event) } : {}),
    data: parsed.data as EventData<C>,
  };
  await manager.query(
    `INSERT INTO messaging_outbox (id, topic, message_key, event_type, envelope) VALUES ($1, $2, $3, $4, $5)`,
    [envelope.id, contract.topic, envelope.subject, `${contract.type}@${contract.version}`, JSON.stringify(envelope)],
  );
  return envelope;
}

/**
 * A message for readers outside the platform (a partner CSIRT's CSAF release): sent as
 * given, with only the headers given, never wrapped in the internal envelope.
 */
export interface RawMessageToPublish {
  topic: string;
  /** The Kafka key, e.g. a CSAF tracking id, so one document's releases stay in order. */
  key: string;
  value: string;
  /** The `content-type` header: what the reader parses `value` as. */
  contentType: string;
  /** Handling label of `value`, checked against the topic's ceiling (`topicTlpCeiling`). */
  tlp: Tlp;
}

/**
 * Writes a raw message to the outbox through `manager`, inside the state change's
 * transaction, after the same TLP check every event passes. `kind` names it in the
 * outbox's `event_type` column (for operators), never on the wire.
 */
export async function enqueueRawMessage(manager: EntityManager, kind: string, message: RawMessageToPublish): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new OutboxContractError(`${kind}: the outbox must be written inside the state change's transaction`);
  }
  const ceiling = topicTlpCeiling(message.topic);
  if (!ceiling) throw new OutboxContractError(`${message.topic} has no TLP ceiling: add it to TOPIC_TLP_CEILING`);
  if (tlpRank(message.tlp) > tlpRank(ceiling)) {
    throw new OutboxContractError(`${kind} is TLP:${message.tlp}, above the TLP:${ceiling} ceiling of ${message.topic}`);
  }
  if (!message.key || !message.contentType) throw new OutboxContractError(`${kind}: a raw message needs a key and a content type`);
  const id = randomUUID();
  await manager.query(
    `INSERT INTO messaging_outbox (id, topic, message_key, event_type, raw_value, raw_headers) VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, message.topic, message.key, kind, message.value, JSON.stringify({ 'content-type': message.contentType })],
  );
  return id;
}

/** An outbox bound to one service, so call sites do not repeat the source name. */
export class Outbox {
  constructor(readonly source: string) {}

  enqueue<C extends EventContract>(manager: EntityManager, event: EventToPublish<C>) {
    return enqueueEvent(manager, this.source, event);
  }

  enqueueRaw(manager: EntityManager, kind: string, message: RawMessageToPublish) {
    return enqueueRawMessage(manager, kind, message);
  }
}
