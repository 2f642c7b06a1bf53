import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { csafFileName } from '@csirt/csaf';
import { readIfExists, writeFileAtomic } from './atomic-files';
import type { AcknowledgementConfig } from './config';
import type { Logger } from './logger';

/**
 * The read receipt, as the platform's GraphQL API takes it: the partner is known by its
 * token (`partner_id` claim = its code), the release by (tracking id, version) from the
 * message. Only `__typename` is selected, so the program depends on nothing of the
 * result's shape but its existence.
 */
export const ACKNOWLEDGE_MUTATION =
  'mutation AcknowledgeAdvisory($trackingId: String!, $version: Int) { acknowledgeAdvisory(trackingId: $trackingId, version: $version) { __typename } }';

interface PendingAcknowledgement {
  trackingId: string;
  version: string;
  enqueuedAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
}

export type AcknowledgementResult =
  | { ok: true }
  /** Worth retrying soon: network, timeout, 429 or 5xx. */
  | { ok: false; transient: true; error: string }
  /** The API answered and said no (expired token, unknown advisory…): retried later, with backoff. */
  | { ok: false; transient: false; error: string; code?: string };

const QUICK_RETRIES = 3;
const QUICK_RETRY_DELAY_MS = 500;

/**
 * Sends the acknowledgements, from a queue on disk beside the mirror:
 *
 *     <root>/acknowledgements/pending/<file stem>@<version>.json   not yet accepted by the platform
 *     <root>/acknowledgements/done/<file stem>@<version>.json      accepted, with when
 *
 * A release is queued after it is stored, so an acknowledgement never claims a document
 * the partner does not have; the queue survives restarts, so a platform that is down (or a
 * token that has expired) delays receipts but loses none, and never blocks the storing of
 * further documents. Each attempt retries transient failures a few times at once, then
 * the entry waits `retryIntervalMs`, doubling up to `maxBackoffMs`.
 */
export class Acknowledger {
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private again = false;
  /** Set by `start`: a restart (often the partner fixing its token) retries everything at once. */
  private ignoreBackoff = false;

  constructor(
    private readonly root: string,
    private readonly config: AcknowledgementConfig,
    private readonly log: Logger,
  ) {}

  private get pendingFolder(): string {
    return join(this.root, 'acknowledgements', 'pending');
  }

  private get doneFolder(): string {
    return join(this.root, 'acknowledgements', 'done');
  }

  /** Queues a receipt unless it is queued or sent already; resolves whether it was new. */
  async enqueue(trackingId: string, version: string, now = new Date()): Promise<boolean> {
    const name = entryName(trackingId, version);
    if ((await readIfExists(join(this.doneFolder, name))) || (await readIfExists(join(this.pendingFolder, name)))) return false;
    const entry: PendingAcknowledgement = { trackingId, version, enqueuedAt: now.toISOString(), attempts: 0, nextAttemptAt: now.toISOString() };
    await writeFileAtomic(join(this.pendingFolder, name), `${JSON.stringify(entry, null, 2)}\n`);
    return true;
  }

  /** Retries what is pending every `retryIntervalMs` until `stop`. */
  start(): void {
    this.ignoreBackoff = true;
    this.timer = setInterval(() => this.kick(), this.config.retryIntervalMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flushing;
  }

  /** Starts sending what is due, without waiting; errors are logged, entries stay pending. */
  kick(): void {
    void this.flush().catch((error: Error) => this.log.error('acknowledgement queue failed', { error: error.message }));
  }

  /** Sends every due entry once; concurrent calls share one pass (and cause one more after it). */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.again = false;
          await this.sendDue();
        } while (this.again);
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  /** (tracking id, version) of the receipts not yet accepted. */
  async pending(): Promise<Array<{ trackingId: string; version: string; attempts: number; lastError?: string }>> {
    return (await this.readPending()).map(({ entry }) => entry);
  }

  private async sendDue(): Promise<void> {
    const now = Date.now();
    const ignoreBackoff = this.ignoreBackoff;
    this.ignoreBackoff = false;
    for (const { name, entry } of await this.readPending()) {
      if (!ignoreBackoff && Date.parse(entry.nextAttemptAt) > now) continue;
      const result = await this.sendWithQuickRetries(entry);
      const fields = { trackingId: entry.trackingId, version: entry.version };
      if (result.ok) {
        await writeFileAtomic(
          join(this.doneFolder, name),
          `${JSON.stringify({ trackingId: entry.trackingId, version: entry.version, acknowledgedAt: new Date().toISOString(), attempts: entry.attempts + 1 }, null, 2)}\n`,
        );
        await rm(join(this.pendingFolder, name), { force: true });
        this.log.info('advisory acknowledged', fields);
        continue;
      }
      const attempts = entry.attempts + 1;
      const wait = Math.min(this.config.retryIntervalMs * 2 ** (attempts - 1), this.config.maxBackoffMs);
      const next: PendingAcknowledgement = { ...entry, attempts, nextAttemptAt: new Date(Date.now() + wait).toISOString(), lastError: result.error };
      await writeFileAtomic(join(this.pendingFolder, name), `${JSON.stringify(next, null, 2)}\n`);
      const details = { ...fields, attempts, retryInMs: wait, error: result.error, ...(!result.transient && { code: result.code }) };
      if (result.transient) this.log.warn('acknowledgement failed; will retry', details);
      else this.log.error('acknowledgement refused by the platform; will retry', details);
    }
  }

  private async sendWithQuickRetries(entry: PendingAcknowledgement): Promise<AcknowledgementResult> {
    let result: AcknowledgementResult = { ok: false, transient: true, error: 'not sent' };
    for (let attempt = 1; attempt <= QUICK_RETRIES; attempt += 1) {
      result = await this.send(entry.trackingId, Number(entry.version));
      if (result.ok || !result.transient) return result;
      if (attempt < QUICK_RETRIES) await new Promise((resolve) => setTimeout(resolve, QUICK_RETRY_DELAY_MS * attempt));
    }
    return result;
  }

  /** One GraphQL request; never throws. */
  async send(trackingId: string, version: number): Promise<AcknowledgementResult> {
    let token: string;
    try {
      token = 'value' in this.config.token ? this.config.token.value : (await readFile(this.config.token.file, 'utf8')).trim();
    } catch (error) {
      return { ok: false, transient: true, error: `cannot read the API token file: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
    }
    let response: Response;
    try {
      response = await fetch(this.config.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ operationName: 'AcknowledgeAdvisory', query: ACKNOWLEDGE_MUTATION, variables: { trackingId, version } }),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (error) {
      return { ok: false, transient: true, error: `request failed: ${(error as Error).message}` };
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      return { ok: false, transient: true, error: `HTTP ${response.status}` };
    }
    let body: { data?: { acknowledgeAdvisory?: unknown } | null; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      return { ok: false, transient: true, error: `HTTP ${response.status} without a GraphQL answer` };
    }
    const error = body.errors?.[0];
    if (error) return { ok: false, transient: false, error: error.message ?? 'GraphQL error', code: error.extensions?.code };
    if (!response.ok || !body.data?.acknowledgeAdvisory) return { ok: false, transient: false, error: `HTTP ${response.status} without an acknowledgement` };
    return { ok: true };
  }

  private async readPending(): Promise<Array<{ name: string; entry: PendingAcknowledgement }>> {
    let names: string[];
    try {
      names = (await readdir(this.pendingFolder)).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries = [];
    for (const name of names.sort()) entries.push({ name, entry: JSON.parse(await readFile(join(this.pendingFolder, name), 'utf8')) as PendingAcknowledgement });
    return entries;
  }
}

function entryName(trackingId: string, version: string): string {
  return `${csafFileName(trackingId).replace(/\.json$/, '')}@${version}.json`;
}
