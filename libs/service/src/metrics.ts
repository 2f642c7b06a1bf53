import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { withTimeout } from '@csirt/db';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What `/metrics` answers: Prometheus' text format. */
export interface MetricsExposition {
  contentType: string;
  body: string;
}

/** Where a service's pipeline figures come from, read at each scrape. */
export interface PipelineProbes {
  outboxBacklog?: () => Promise<{ pending: number; oldestAgeMs: number | null }>;
  consumerLag?: () => ReadonlyMap<string, number>;
}

/** An error code may become a label only if it looks like one of ours: anything else is "OTHER", so a caller cannot grow the series. */
const LABEL_CODE = /^[A-Z][A-Z0-9_.]{0,63}$/;
const SCRAPE_TIMEOUT_MS = 2_000;

/**
 * A service's Prometheus metrics: request rate, latency and outcome by operation type, the
 * outbox backlog and its age, consumer lag per partition and consumed events by outcome
 * (dead letters among them), and Node's process figures. Labels hold only bounded
 * vocabularies (operation types, our error codes, topic names from the catalogue), never
 * an operation name, an id or any content: a metric says how much, never what, so TLP
 * does not come into it.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly duration: Histogram<'operation'>;
  private readonly events: Counter<'outcome'>;

  constructor(service: string, probes: PipelineProbes = {}) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'csirt_graphql_requests_total',
      help: 'GraphQL requests by operation type and outcome (ok, or the first error code).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.duration = new Histogram({
      name: 'csirt_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its response.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.events = new Counter({
      name: 'csirt_consumed_events_total',
      help: 'Kafka events by outcome: processed, duplicate (inbox), ignored, dead-lettered.',
      labelNames: ['outcome'],
      registers,
    });
    const { outboxBacklog, consumerLag } = probes;
    if (outboxBacklog) {
      // A scrape must answer even when the database does not: NaN says "unknown".
      const read = () => withTimeout(outboxBacklog(), SCRAPE_TIMEOUT_MS, 'outbox backlog');
      new Gauge({
        name: 'csirt_outbox_pending_messages',
        help: 'Outbox rows committed but not yet on Kafka.',
        registers,
        async collect() {
          this.set(
            await read().then(
              (backlog) => backlog.pending,
              () => Number.NaN,
            ),
          );
        },
      });
      new Gauge({
        name: 'csirt_outbox_oldest_pending_age_seconds',
        help: 'Age of the oldest outbox row not yet on Kafka (0 when none).',
        registers,
        async collect() {
          this.set(
            await read().then(
              (backlog) => (backlog.oldestAgeMs ?? 0) / 1000,
              () => Number.NaN,
            ),
          );
        },
      });
    }
    if (consumerLag) {
      new Gauge({
        name: 'csirt_consumer_lag_messages',
        help: 'Messages behind the end of each consumed partition, as of the last batch.',
        labelNames: ['topic', 'partition'],
        registers,
        collect() {
          this.reset();
          for (const [key, lag] of consumerLag()) {
            const [topic, partition] = key.split('#');
            this.set({ topic, partition }, lag);
          }
        },
      });
    }
  }

  /** Counts one consumed event; wire it to EventConsumer.onOutcome. */
  countEvent(outcome: string): void {
    this.events.inc({ outcome });
  }

  async expose(): Promise<MetricsExposition> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  /** An Apollo plugin that times and counts every request. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    const { requests, duration } = this;
    return {
      async requestDidStart() {
        const stop = duration.startTimer();
        return {
          async willSendResponse({ operation, errors, response }) {
            const kind = operation?.operation ?? 'unknown';
            const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
            const code = errors?.[0]?.extensions?.code ?? body?.errors?.[0]?.extensions?.code;
            const outcome =
              code === undefined ? 'ok' : typeof code === 'string' && LABEL_CODE.test(code) ? code : 'OTHER';
            requests.inc({ operation: kind, outcome });
            stop({ operation: kind });
          },
        };
      },
    };
  }
}
