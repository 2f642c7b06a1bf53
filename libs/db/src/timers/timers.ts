import type { DataSource, EntityManager } from 'typeorm';
import { systemClock, type Clock } from './clock';

/**
 * Durable timers: "do X for subject S at time T", kept in the service's own Postgres so a
 * restart, a crash or a second replica changes nothing. Timers are written in the caller's
 * transaction (a state change and the timer it starts commit together) and fired by
 * `TimerPoller`, which runs the kind's handler in a transaction of its own, so whatever
 * the handler writes (an outbox event, say) commits with the timer's "fired" mark.
 */
export interface TimerSpec {
  /** What the timer is for, e.g. `report.triage`; selects the handler. */
  kind: string;
  subjectId: string;
  dueAt: Date;
}

export interface DueTimer {
  id: string;
  kind: string;
  subjectId: string;
  dueAt: Date;
}

export type TimerState = 'RUNNING' | 'PAUSED' | 'FIRED' | 'CANCELLED' | 'FAILED';

export interface TimerStatus {
  kind: string;
  subjectId: string;
  state: TimerState;
  dueAt: Date | null;
  remainingMs: number | null;
  firedAt: Date | null;
}

/** Starts (or restarts, replacing the previous one) the timer of `kind` for `subjectId`. */
export async function scheduleTimer(manager: EntityManager, spec: TimerSpec): Promise<void> {
  await manager.query(
    `INSERT INTO durable_timer (kind, subject_id, due_at) VALUES ($1, $2, $3)
     ON CONFLICT (kind, subject_id) DO UPDATE SET due_at = EXCLUDED.due_at, remaining_ms = NULL,
       fired_at = NULL, cancelled_at = NULL, failed_at = NULL, attempts = 0, last_error = NULL`,
    [spec.kind, spec.subjectId, spec.dueAt],
  );
}

/** Stops a timer that has not fired. Returns whether there was one to stop. */
export async function cancelTimer(manager: EntityManager, kind: string, subjectId: string, at: Date): Promise<boolean> {
  const [, count] = await manager.query(
    `UPDATE durable_timer SET cancelled_at = $3
     WHERE kind = $1 AND subject_id = $2 AND fired_at IS NULL AND cancelled_at IS NULL AND failed_at IS NULL`,
    [kind, subjectId, at],
  );
  return count > 0;
}

/**
 * Holds a running timer, keeping the time it had left (never less than nothing: a timer
 * already due but not yet fired stays due, and fires at once on resume). Returns whether
 * a running timer was paused.
 */
export async function pauseTimer(manager: EntityManager, kind: string, subjectId: string, at: Date): Promise<boolean> {
  const [, count] = await manager.query(
    `UPDATE durable_timer
     SET remaining_ms = GREATEST(0, (EXTRACT(EPOCH FROM (due_at - $3::timestamptz)) * 1000)::bigint), due_at = NULL
     WHERE kind = $1 AND subject_id = $2 AND due_at IS NOT NULL
       AND fired_at IS NULL AND cancelled_at IS NULL AND failed_at IS NULL`,
    [kind, subjectId, at],
  );
  return count > 0;
}

/** Runs a paused timer again for the time it had left. Returns its new due time, if it was paused. */
export async function resumeTimer(manager: EntityManager, kind: string, subjectId: string, at: Date): Promise<Date | null> {
  const [rows] = await manager.query(
    `UPDATE durable_timer SET due_at = $3::timestamptz + remaining_ms * interval '1 millisecond', remaining_ms = NULL
     WHERE kind = $1 AND subject_id = $2 AND remaining_ms IS NOT NULL
       AND fired_at IS NULL AND cancelled_at IS NULL AND failed_at IS NULL
     RETURNING due_at`,
    [kind, subjectId, at],
  );
  return rows.length > 0 ? new Date(rows[0].due_at) : null;
}

/** The timers of one subject, for read models and the API. */
export async function timersOf(manager: EntityManager, subjectIds: string[], kinds?: string[]): Promise<TimerStatus[]> {
  const rows: RawTimer[] = await manager.query(
    `SELECT kind, subject_id, due_at, remaining_ms, fired_at, cancelled_at, failed_at FROM durable_timer
     WHERE subject_id = ANY($1) AND ($2::text[] IS NULL OR kind = ANY($2))`,
    [subjectIds, kinds ?? null],
  );
  return rows.map(toStatus);
}

interface RawTimer {
  kind: string;
  subject_id: string;
  due_at: Date | null;
  remaining_ms: string | null;
  fired_at: Date | null;
  cancelled_at: Date | null;
  failed_at: Date | null;
}

function toStatus(row: RawTimer): TimerStatus {
  const state: TimerState = row.fired_at
    ? 'FIRED'
    : row.cancelled_at
      ? 'CANCELLED'
      : row.failed_at
        ? 'FAILED'
        : row.due_at
          ? 'RUNNING'
          : 'PAUSED';
  return {
    kind: row.kind,
    subjectId: row.subject_id,
    state,
    dueAt: row.due_at,
    remainingMs: row.remaining_ms === null ? null : Number(row.remaining_ms),
    firedAt: row.fired_at,
  };
}

/** What happens when a timer of one kind is due; runs in the transaction that marks it fired. */
export type TimerHandler = (manager: EntityManager, timer: DueTimer, now: Date) => Promise<void>;

export interface TimerPollerLogger {
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export interface TimerPollerOptions {
  dataSource: DataSource;
  handlers: Record<string, TimerHandler>;
  clock?: Clock;
  pollIntervalMs?: number;
  /** Most timers fired per poll; the next poll takes the rest. */
  batchSize?: number;
  /** A handler failing this many times marks its timer FAILED (logged) rather than retrying forever. */
  maxAttempts?: number;
  log?: TimerPollerLogger;
  /** Called after a poll fired something (e.g. to wake the outbox relay). */
  afterFire?: () => void;
}

/**
 * Fires due timers, each exactly once, however many replicas poll at the same time: a
 * timer is claimed with `FOR UPDATE SKIP LOCKED` and marked fired in the same transaction
 * as its handler's writes, so a crash before commit leaves it due for the next poll and a
 * commit leaves it fired for everyone. Due means `due_at <= clock.now()`, so a timer that
 * fell due while no poller ran fires on the first poll after start.
 */
export class TimerPoller {
  private readonly clock: Clock;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = true;

  constructor(private readonly options: TimerPollerOptions) {
    this.clock = options.clock ?? systemClock;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 50;
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Fires what is due now; resolves with how many timers fired. Also what tests call. */
  async poll(): Promise<number> {
    // One poll at a time per poller; replicas are kept apart by the row locks.
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.fireDue();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.poll()
        .catch((error: Error) => this.options.log?.error('timer poll failed', { error: error.message }))
        .finally(() => this.schedule(this.pollIntervalMs));
    }, delay);
  }

  private async fireDue(): Promise<number> {
    const kinds = Object.keys(this.options.handlers);
    let fired = 0;
    for (let i = 0; i < this.batchSize; i++) {
      const outcome = await this.fireOne(kinds);
      if (outcome === 'none') break;
      if (outcome === 'fired') fired++;
    }
    if (fired > 0) this.options.afterFire?.();
    return fired;
  }

  /** Claims one due timer and runs its handler; a failure is recorded on the timer instead. */
  private async fireOne(kinds: string[]): Promise<'fired' | 'failed' | 'none'> {
    const now = this.clock.now();
    let claimed: DueTimer | undefined;
    try {
      return await this.options.dataSource.transaction(async (manager) => {
        const rows: { id: string; kind: string; subject_id: string; due_at: Date }[] = await manager.query(
          `SELECT id, kind, subject_id, due_at FROM durable_timer
           WHERE due_at <= $1 AND kind = ANY($2)
             AND fired_at IS NULL AND cancelled_at IS NULL AND failed_at IS NULL
           ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now, kinds],
        );
        if (rows.length === 0) return 'none' as const;
        const row = rows[0];
        claimed = { id: row.id, kind: row.kind, subjectId: row.subject_id, dueAt: row.due_at };
        await this.options.handlers[row.kind](manager, claimed, now);
        await manager.query(`UPDATE durable_timer SET fired_at = $2 WHERE id = $1`, [row.id, now]);
        return 'fired' as const;
      });
    } catch (error) {
      if (!claimed) throw error;
      await this.recordFailure(claimed, error as Error, now);
      return 'failed';
    }
  }

  /** Retries later (backing off), and gives up after maxAttempts so one bad timer blocks nothing. */
  private async recordFailure(timer: DueTimer, error: Error, now: Date): Promise<void> {
    this.options.log?.warn('timer handler failed', { kind: timer.kind, subjectId: timer.subjectId, error: error.message });
    const retryAt = new Date(now.getTime() + this.pollIntervalMs * 2);
    await this.options.dataSource.query(
      `UPDATE durable_timer SET attempts = attempts + 1, last_error = $2,
         failed_at = CASE WHEN attempts + 1 >= $3 THEN $4::timestamptz END,
         due_at = CASE WHEN attempts + 1 >= $3 THEN due_at ELSE $5::timestamptz END
       WHERE id = $1 AND fired_at IS NULL`,
      [timer.id, error.message.slice(0, 500), this.maxAttempts, now, retryAt],
    );
  }
}
