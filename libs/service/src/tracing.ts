import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

let provider: BasicTracerProvider | undefined;

/**
 * OpenTelemetry for this process: W3C trace context, spans kept across async calls
 * (AsyncLocalStorage), and, when `otlpEndpoint` is set (OTEL_EXPORTER_OTLP_ENDPOINT), spans
 * exported over OTLP/HTTP to `<endpoint>/v1/traces`. Without an endpoint spans are still
 * made, so trace ids reach logs and events, but nothing leaves the process. Once per
 * process: the first service started names the resource (tests run several in one).
 */
export function startTracing(service: string, otlpEndpoint?: string): void {
  if (provider) return;
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    // A second between exports keeps traces fresh without a request per span.
    spanProcessors: otlpEndpoint
      ? [
          new BatchSpanProcessor(
            new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/$/, '')}/v1/traces` }),
            { scheduledDelayMillis: 1_000 },
          ),
        ]
      : [],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
}

/** Sends what is still buffered; called when the process stops. */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}
