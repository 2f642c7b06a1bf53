import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import type { MessagingLogger } from './logger';
import { kafkaHeadersFor } from './headers';
import type { EventEnvelope } from '@csirt/contracts';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  producer: Producer;
  log: MessagingLogger;
  /** Rows sent per Kafka batch. */
  batchSize?: number;
  /** How often to look for new rows when nobody nudges the relay. */
  pollIntervalMs?: number;
  /** Published rows are deleted after this long (they are only kept for forensics). */
  retainPublishedMs?: number;
}

interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  /** An internal event; null for a raw message. */
  envelope: EventEnvelope | null;
  raw_value: string | null;
  raw_headers: Record<string, string> | null;
}

// Any constant will do, as long as it is the same in every replica of a service. Each
// service has its own database, so the services do not contend for it.
const RELAY_LOCK_KEY = 7_302_117;

/**
 * Publishes committed outbox rows to Kafka, oldest first.
 *
 * Safe to run in every replica: a transaction-scoped advisory lock lets one relay work at
 * a time, which also keeps events in commit order per key (two relays taking alternate
 * batches could overtake each other). Rows are marked published in the same transaction
 * that holds the lock, after Kafka acknowledged them; if that commit fails the rows are
 * sent again, which is why delivery is at-least-once and every consumer has an inbox.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly retainPublishedMs: number;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private lastPrune = 0;
  private consecutiveFailures = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 200;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.retainPublishedMs = options.retainPublishedMs ?? 7 * 24 * 3600 * 1000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Asks the relay to look now instead of at its next poll (called after a commit). */
  nudge(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
  }

  /**
   * Publishes at most one batch. Returns how many rows it published; 0 when there was
   * nothing to do or another replica holds the lock.
   */
  async relayOnce(): Promise<number> {
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction('READ COMMITTED');
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [RELAY_LOCK_KEY]);
      if (!locked) {
        await runner.rollbackTransaction();
        return 0;
      }
      const rows: OutboxRow[] = await runner.query(
        `SELECT id, topic, message_key, envelope, raw_value, raw_headers FROM messaging_outbox
         WHERE published_at IS NULL ORDER BY seq LIMIT $1`,
        [this.batchSize],
      );
      if (rows.length === 0) {
        await runner.commitTransaction();
        return 0;
      }
      try {
        await this.options.producer.sendBatch({
          acks: -1,
          topicMessages: groupByTopic(rows),
        });
      } catch (error) {
        await runner.rollbackTransaction();
        await this.recordFailure(rows, error as Error);
        throw error;
      }
      await runner.query(
        `UPDATE messaging_outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL
         WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id)],
      );
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Publishes until the outbox is empty. For tests and for draining on shutdown. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.relayOnce();
      total += sent;
      if (sent === 0) return total;
    }
  }

  /** Rows not yet published, oldest first: the relay's backlog and its age. */
  async backlog(): Promise<{ pending: number; oldestAgeMs: number | null }> {
    const [row] = await this.options.dataSource.query(
      `SELECT count(*)::int AS pending, (extract(epoch FROM now() - min(created_at)) * 1000)::bigint AS oldest
       FROM messaging_outbox WHERE published_at IS NULL`,
    );
    return { pending: row.pending, oldestAgeMs: row.oldest === null ? null : Number(row.oldest) };
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sent = 0;
      try {
        sent = await this.relayOnce();
        this.consecutiveFailures = 0;
        await this.pruneIfDue();
      } catch (error) {
        this.consecutiveFailures += 1;
        this.options.log.warn('outbox relay failed; will retry', {
          error: (error as Error).message,
          consecutiveFailures: this.consecutiveFailures,
        });
      }
      if (!this.running) break;
      // A full batch means more is waiting: go again at once. Otherwise sleep until the
      // next poll or a nudge, backing off while Kafka or the database is failing.
      if (sent === this.batchSize) continue;
      const backoff = Math.min(this.pollIntervalMs * 2 ** this.consecutiveFailures, 10_000);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, backoff);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private async recordFailure(rows: OutboxRow[], error: Error): Promise<void> {
    try {
      await this.options.dataSource.query(
        `UPDATE messaging_outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`,
        [rows.map((row) => row.id), error.message.slice(0, 1000)],
      );
    } catch {
      // Bookkeeping only; the rows stay pending either way.
    }
  }

  private async pruneIfDue(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < 60_000) return;
    this.lastPrune = now;
    await this.options.dataSource.query(
      `DELETE FROM messaging_outbox WHERE published_at < now() - ($1::bigint * interval '1 millisecond')`,
      [this.retainPublishedMs],
    );
  }
}

function groupByTopic(rows: OutboxRow[]) {
  const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push(
      row.envelope
        ? { key: row.message_key, value: JSON.stringify(row.envelope), headers: kafkaHeadersFor(row.envelope) }
        : // A message for outside readers leaves exactly as enqueued: no envelope, no internal header.
          { key: row.message_key, value: row.raw_value ?? '', headers: row.raw_headers ?? {} },
    );
    byTopic.set(row.topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
