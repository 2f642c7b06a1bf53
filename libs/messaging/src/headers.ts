import type { EventEnvelope } from '@csirt/contracts';

/**
 * Headers copied from the envelope so that brokers' tools, partner gateways and consumers
 * can route or drop a message (by type or TLP) without parsing its value.
 */
export function kafkaHeadersFor(envelope: EventEnvelope): Record<string, string> {
  return {
    'event-id': envelope.id,
    'event-type': envelope.type,
    'event-version': String(envelope.version),
    'event-source': envelope.source,
    tlp: envelope.tlp,
    ...(envelope.traceparent ? { traceparent: envelope.traceparent } : {}),
  };
}
