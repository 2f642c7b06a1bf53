import { randomUUID } from 'node:crypto';
import {
  TOPIC_TLP_CEILING,
  tlpRank,
  type EventContract,
  type EventData,
  type EventEnvelope,
  type Tlp,
} from '@csirt/contracts';
import type { EntityManager } from 'typeorm';

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
    ...(event.traceparent ? { traceparent: event.traceparent } : {}),
    data: parsed.data as EventData<C>,
  };
  await manager.query(
    `INSERT INTO messaging_outbox (id, topic, message_key, event_type, envelope) VALUES ($1, $2, $3, $4, $5)`,
    [envelope.id, contract.topic, envelope.subject, `${contract.type}@${contract.version}`, JSON.stringify(envelope)],
  );
  return envelope;
}

/** An outbox bound to one service, so call sites do not repeat the source name. */
export class Outbox {
  constructor(readonly source: string) {}

  enqueue<C extends EventContract>(manager: EntityManager, event: EventToPublish<C>) {
    return enqueueEvent(manager, this.source, event);
  }
}
