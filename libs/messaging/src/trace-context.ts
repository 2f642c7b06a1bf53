import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
} from '@opentelemetry/api';

/**
 * W3C trace context across the platform's asynchronous hops. A request's span is active
 * (AsyncLocalStorage) while its use case runs, so an event written to the outbox carries
 * the span's `traceparent`; the relay copies it to a Kafka header; a consumer continues
 * the trace from it. Without a registered tracer provider (libs/service startTracing)
 * every call here is a no-op.
 */
const TRACER = 'csirt-platform';

/** The active span's `traceparent`, to store with an event; undefined when none is active. */
export function activeTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/**
 * Runs `work` in a new span, child of the trace context in `carrier` (incoming HTTP
 * headers, an event's traceparent) or of nothing. The span records failure and ends when
 * `work` settles.
 */
export function inSpan<T>(
  name: string,
  options: {
    kind: 'server' | 'consumer' | 'internal';
    carrier?: Record<string, unknown>;
    attributes?: Attributes;
  },
  work: () => Promise<T>,
): Promise<T> {
  const parent = options.carrier ? propagation.extract(ROOT_CONTEXT, options.carrier) : context.active();
  const kind = { server: SpanKind.SERVER, consumer: SpanKind.CONSUMER, internal: SpanKind.INTERNAL }[
    options.kind
  ];
  return trace
    .getTracer(TRACER)
    .startActiveSpan(name, { kind, attributes: options.attributes }, parent, async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    });
}

/** The trace id of the active span, for log lines; undefined when none is active. */
export function activeTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span.spanContext().traceId : undefined;
}
