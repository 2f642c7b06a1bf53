import { DomainError } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import type { IncidentComplexity } from '../incidents/incident.entity';

export type MetricsPeriod = 'DAY' | 'WEEK' | 'MONTH';

export interface MetricsQuery {
  from: Date;
  to: Date;
  groupBy: MetricsPeriod;
  lossThreshold?: { amount: number; currency: string } | null;
}

export interface DurationStats {
  count: number;
  meanSeconds: number | null;
  p50Seconds: number | null;
  p90Seconds: number | null;
  p95Seconds: number | null;
}

export interface IncidentMetricsResult {
  from: Date;
  to: Date;
  total: number;
  perPeriod: { periodStart: Date; opened: number; closed: number }[];
  bySeverity: { severity: number; count: number }[];
  byClassification: { rsitClass: string | null; count: number }[];
  lossBelowThreshold: {
    amount: number;
    currency: string;
    below: number;
    atOrAbove: number;
    notComparable: number;
  } | null;
  timeToAcknowledge: DurationStats;
  timeToContain: DurationStats;
  timeToRecover: DurationStats;
  timeToClose: DurationStats;
  resolutionByComplexity: {
    complexity: IncidentComplexity | null;
    count: number;
    closed: number;
    meanSecondsToClose: number | null;
    meanEffortHours: number | null;
  }[];
}

/** Where each duration ends; all start at opened_at. See IncidentMetrics in schema.graphql. */
const DURATIONS = {
  timeToAcknowledge: 'acknowledged_at',
  timeToContain: 'eradication_at',
  timeToRecover: 'post_incident_at',
  timeToClose: 'closed_at',
} as const;

const MAX_RANGE_MS = 10 * 366 * 24 * 3600 * 1000;

/**
 * Figures of incident handling over incidents opened in [from, to), computed in SQL over
 * the (opened_at, id) index. Merged-away incidents are left out: they live on in the
 * incident they were merged into and would otherwise count twice.
 */
export async function incidentMetrics(
  manager: EntityManager,
  query: MetricsQuery,
): Promise<IncidentMetricsResult> {
  const { from, to, groupBy, lossThreshold } = query;
  if (!(from.getTime() < to.getTime()))
    throw new DomainError('METRICS.INVALID_RANGE', 'range.from must be before range.to', { field: 'range' });
  if (to.getTime() - from.getTime() > MAX_RANGE_MS)
    throw new DomainError('METRICS.INVALID_RANGE', 'the range may span at most 10 years', { field: 'range' });
  if (lossThreshold && (!(lossThreshold.amount >= 0) || !/^[A-Z]{3}$/.test(lossThreshold.currency))) {
    throw new DomainError(
      'METRICS.INVALID_INPUT',
      'lossThreshold needs an amount of zero or more and an ISO 4217 currency',
      { field: 'lossThreshold' },
    );
  }
  const scope = `FROM incident WHERE opened_at >= $1 AND opened_at < $2 AND merged_into_id IS NULL`;
  const range = [from, to];

  const durationColumns = Object.entries(DURATIONS)
    .map(([name, end]) => {
      const seconds = `extract(epoch FROM ${end} - opened_at)::float8`;
      return `count(${end})::int AS "${name}_count", avg(${seconds}) AS "${name}_mean",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds}) AS "${name}_p50",
        percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds}) AS "${name}_p90",
        percentile_cont(0.95) WITHIN GROUP (ORDER BY ${seconds}) AS "${name}_p95"`;
    })
    .join(',\n');
  const lossColumns = lossThreshold
    ? `, count(*) FILTER (WHERE loss_currency = $4 AND loss_amount < $3)::int AS loss_below,
         count(*) FILTER (WHERE loss_currency = $4 AND loss_amount >= $3)::int AS loss_at_or_above`
    : '';
  const [totals] = await manager.query(
    `SELECT count(*)::int AS total, ${durationColumns} ${lossColumns} ${scope}`,
    lossThreshold ? [...range, lossThreshold.amount, lossThreshold.currency] : range,
  );

  const perPeriod: { period_start: Date; opened: number; closed: number }[] = await manager.query(
    `SELECT date_trunc($3, opened_at, 'UTC') AS period_start, count(*)::int AS opened,
            count(*) FILTER (WHERE status = 'CLOSED')::int AS closed
     ${scope} GROUP BY 1 ORDER BY 1`,
    [...range, groupBy.toLowerCase()],
  );
  const bySeverity: { severity: number; count: number }[] = await manager.query(
    `SELECT severity::int AS severity, count(*)::int AS count ${scope} GROUP BY severity ORDER BY severity`,
    range,
  );
  const byClassification: { rsit_class: string | null; count: number }[] = await manager.query(
    `SELECT rsit_class, count(*)::int AS count ${scope} GROUP BY rsit_class ORDER BY count DESC, rsit_class NULLS LAST`,
    range,
  );
  const byComplexity: {
    complexity: IncidentComplexity | null;
    count: number;
    closed: number;
    mean_close: number | null;
    mean_effort: number | null;
  }[] = await manager.query(
    `SELECT complexity, count(*)::int AS count, count(closed_at)::int AS closed,
              avg(extract(epoch FROM closed_at - opened_at)::float8) AS mean_close,
              avg(effort_hours::float8) FILTER (WHERE closed_at IS NOT NULL) AS mean_effort
       ${scope} GROUP BY complexity
       ORDER BY array_position(ARRAY['LOW','MEDIUM','HIGH'], complexity) NULLS LAST`,
    range,
  );

  const stats = (name: keyof typeof DURATIONS): DurationStats => ({
    count: totals[`${name}_count`],
    meanSeconds: totals[`${name}_mean`],
    p50Seconds: totals[`${name}_p50`],
    p90Seconds: totals[`${name}_p90`],
    p95Seconds: totals[`${name}_p95`],
  });
  return {
    from,
    to,
    total: totals.total,
    perPeriod: perPeriod.map((row) => ({
      periodStart: row.period_start,
      opened: row.opened,
      closed: row.closed,
    })),
    bySeverity,
    byClassification: byClassification.map((row) => ({ rsitClass: row.rsit_class, count: row.count })),
    lossBelowThreshold: lossThreshold
      ? {
          ...lossThreshold,
          below: totals.loss_below,
          atOrAbove: totals.loss_at_or_above,
          notComparable: totals.total - totals.loss_below - totals.loss_at_or_above,
        }
      : null,
    timeToAcknowledge: stats('timeToAcknowledge'),
    timeToContain: stats('timeToContain'),
    timeToRecover: stats('timeToRecover'),
    timeToClose: stats('timeToClose'),
    resolutionByComplexity: byComplexity.map((row) => ({
      complexity: row.complexity,
      count: row.count,
      closed: row.closed,
      meanSecondsToClose: row.mean_close,
      meanEffortHours: row.mean_effort,
    })),
  };
}
