import type { Principal } from '@csirt/auth';
import { MetricsErrors } from './metrics.errors';
import type { EntityManager } from 'typeorm';
import type { IncidentComplexity } from '../incidents/incident.entity';
import { readableCondition } from '../incidents/incident-visibility';
import { incidentMetricsCells, type IncidentMetricsCell } from './incident-metrics-cells';
import type { TargetsReader } from './service-targets';
import {
  countOrNull,
  isSmall,
  MINIMUM_GROUP_SIZE,
  subCountOrNull,
  suppressSmallGroups,
} from './small-groups';

export type MetricsPeriod = 'DAY' | 'WEEK' | 'MONTH';

export interface MetricsQuery {
  from: Date;
  to: Date;
  groupBy: MetricsPeriod;
  lossThreshold?: { amount: number; currency: string } | null;
}

export interface DurationStats {
  count: number | null;
  meanSeconds: number | null;
  p50Seconds: number | null;
  p90Seconds: number | null;
  p95Seconds: number | null;
}

export interface IncidentMetricsResult {
  from: Date;
  to: Date;
  minimumGroupSize: number;
  total: number | null;
  perPeriod: { periodStart: Date; opened: number; closed: number | null }[];
  bySeverity: { severity: number; count: number }[];
  byClassification: { rsitClass: string | null; count: number }[];
  lossBelowThreshold: {
    amount: number;
    currency: string;
    below: number | null;
    atOrAbove: number | null;
    notComparable: number | null;
  } | null;
  timeToAcknowledge: DurationStats;
  timeToContain: DurationStats;
  timeToRecover: DurationStats;
  timeToClose: DurationStats;
  resolutionByComplexity: {
    complexity: IncidentComplexity | null;
    count: number;
    closed: number | null;
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

/** Refuses a malformed range or threshold before any figure is computed. */
export function checkMetricsQuery({ from, to, lossThreshold }: MetricsQuery): void {
  if (!(from.getTime() < to.getTime()))
    throw MetricsErrors.invalidRange('range.from must be before range.to');
  if (to.getTime() - from.getTime() > MAX_RANGE_MS)
    throw MetricsErrors.invalidRange('the range may span at most 10 years');
  if (lossThreshold && (!(lossThreshold.amount >= 0) || !/^[A-Z]{3}$/.test(lossThreshold.currency))) {
    throw MetricsErrors.invalidInput(
      'lossThreshold',
      'lossThreshold needs an amount of zero or more and an ISO 4217 currency',
    );
  }
}

/**
 * What Query.incidentMetrics returns: each part is computed when a field asks for it, so a
 * client reading only `cells` (from the rollup) does not pay for the scan of the range.
 */
export interface IncidentMetricsParent {
  from: Date;
  to: Date;
  minimumGroupSize: number;
  summary: () => Promise<IncidentMetricsResult>;
  cells: (lossBucketEdges: readonly number[] | null | undefined) => Promise<IncidentMetricsCell[]>;
}

export function incidentMetricsParent(
  manager: EntityManager,
  caller: Principal,
  query: MetricsQuery,
  targetsOf: TargetsReader,
): IncidentMetricsParent {
  checkMetricsQuery(query);
  let summary: Promise<IncidentMetricsResult> | undefined;
  return {
    from: query.from,
    to: query.to,
    minimumGroupSize: MINIMUM_GROUP_SIZE,
    summary: () => (summary ??= incidentMetrics(manager, caller, query)),
    cells: (lossBucketEdges) =>
      incidentMetricsCells(manager, caller, { from: query.from, to: query.to, lossBucketEdges }, targetsOf),
  };
}

/**
 * Figures of incident handling over the incidents opened in [from, to) that the caller may
 * read, computed in SQL over the (opened_at, id) index. Merged-away incidents are left out:
 * they live on in the incident they were merged into and would otherwise count twice. No
 * figure describes fewer than MINIMUM_GROUP_SIZE incidents (see small-groups.ts).
 */
export async function incidentMetrics(
  manager: EntityManager,
  caller: Principal,
  query: MetricsQuery,
): Promise<IncidentMetricsResult> {
  checkMetricsQuery(query);
  const { from, to, groupBy, lossThreshold } = query;
  // The scope's own parameters come first; each query numbers its extra ones after them.
  const range: unknown[] = [from, to];
  const readable = readableCondition(caller, 'incident', (value) => {
    range.push(value);
    return `$${range.length}`;
  });
  const scope = `FROM incident WHERE opened_at >= $1 AND opened_at < $2 AND merged_into_id IS NULL AND ${readable}`;
  const extra = (n: number) => `$${range.length + n}`;

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
    ? `, count(*) FILTER (WHERE loss_currency = ${extra(2)} AND loss_amount < ${extra(1)})::int AS loss_below,
         count(*) FILTER (WHERE loss_currency = ${extra(2)} AND loss_amount >= ${extra(1)})::int AS loss_at_or_above`
    : '';
  const [totals] = await manager.query(
    `SELECT count(*)::int AS total, ${durationColumns} ${lossColumns} ${scope}`,
    lossThreshold ? [...range, lossThreshold.amount, lossThreshold.currency] : range,
  );

  const perPeriod: { period_start: Date; opened: number; closed: number }[] = await manager.query(
    `SELECT date_trunc(${extra(1)}, opened_at, 'UTC') AS period_start, count(*)::int AS opened,
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

  const total: number = totals.total;
  const empty: DurationStats = {
    count: null,
    meanSeconds: null,
    p50Seconds: null,
    p90Seconds: null,
    p95Seconds: null,
  };
  if (isSmall(total)) {
    // Too few readable incidents for any figure: say only that the answer is withheld.
    return {
      from,
      to,
      minimumGroupSize: MINIMUM_GROUP_SIZE,
      total: null,
      perPeriod: [],
      bySeverity: [],
      byClassification: [],
      lossBelowThreshold: lossThreshold
        ? { ...lossThreshold, below: null, atOrAbove: null, notComparable: null }
        : null,
      timeToAcknowledge: empty,
      timeToContain: empty,
      timeToRecover: empty,
      timeToClose: empty,
      resolutionByComplexity: [],
    };
  }
  const stats = (name: keyof typeof DURATIONS): DurationStats =>
    isSmall(totals[`${name}_count`])
      ? empty
      : {
          count: totals[`${name}_count`],
          meanSeconds: totals[`${name}_mean`],
          p50Seconds: totals[`${name}_p50`],
          p90Seconds: totals[`${name}_p90`],
          p95Seconds: totals[`${name}_p95`],
        };
  const loss = () => {
    if (!lossThreshold) return null;
    const parts = [
      totals.loss_below,
      totals.loss_at_or_above,
      total - totals.loss_below - totals.loss_at_or_above,
    ];
    const shown = new Set(suppressSmallGroups([0, 1, 2], (n) => parts[n]));
    const part = (n: number) => (shown.has(n) ? parts[n] : null);
    return { ...lossThreshold, below: part(0), atOrAbove: part(1), notComparable: part(2) };
  };
  return {
    from,
    to,
    minimumGroupSize: MINIMUM_GROUP_SIZE,
    total,
    perPeriod: suppressSmallGroups(perPeriod, (row) => row.opened).map((row) => ({
      periodStart: row.period_start,
      opened: row.opened,
      closed: subCountOrNull(row.closed, row.opened),
    })),
    bySeverity: suppressSmallGroups(bySeverity, (row) => row.count),
    byClassification: suppressSmallGroups(byClassification, (row) => row.count).map((row) => ({
      rsitClass: row.rsit_class,
      count: row.count,
    })),
    lossBelowThreshold: loss(),
    timeToAcknowledge: stats('timeToAcknowledge'),
    timeToContain: stats('timeToContain'),
    timeToRecover: stats('timeToRecover'),
    timeToClose: stats('timeToClose'),
    resolutionByComplexity: suppressSmallGroups(byComplexity, (row) => row.count).map((row) => {
      // The means describe the closed ones: withheld when those are too few.
      const closedFew = countOrNull(row.closed) === null;
      return {
        complexity: row.complexity,
        count: row.count,
        closed: subCountOrNull(row.closed, row.count),
        meanSecondsToClose: closedFew ? null : row.mean_close,
        meanEffortHours: closedFew ? null : row.mean_effort,
      };
    }),
  };
}
