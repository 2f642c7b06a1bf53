import { z } from 'zod';
import { TlpSchema, type Tlp } from './vocabulary';

/**
 * The envelope every event travels in, on every topic. It is deliberately small; what an
 * event says lives in `data`, whose shape is fixed by `type` and `version`.
 */
export interface EventEnvelope<TType extends string = string, TData = unknown> {
  /** Unique id of this event (UUID). Consumers deduplicate on it: redelivery is harmless. */
  id: string;
  /** What happened, as `<service>.<aggregate>.<past-tense-verb>`, e.g. `intake.report.escalated`. */
  type: TType;
  /** Version of the `data` contract for this type. Bumped on any breaking change. */
  version: number;
  /** The service that emitted the event (`intake`, `incidents`, `teams`, `announcements`). */
  source: string;
  /** Id of the aggregate the event is about; also the Kafka message key, so order is kept per aggregate. */
  subject: string;
  /** When the state change happened (ISO 8601, UTC). */
  time: string;
  /**
   * Handling label of `data`. A consumer must not pass the content on to anyone not cleared
   * for it; the relay also refuses to put anything above the topic's ceiling on a topic.
   */
  tlp: Tlp;
  /** W3C trace context of the request that caused the event, when there was one. */
  traceparent?: string;
  /** The payload, validated against the contract for `type`@`version`. */
  data: TData;
}

export const EnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z]+(\.[a-z-]+){2,}$/),
  version: z.number().int().positive(),
  source: z.string().min(1),
  subject: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  tlp: TlpSchema,
  traceparent: z.string().optional(),
  data: z.unknown(),
});
