import type { Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import type { IncidentComplexity } from '../incidents/incident.entity';
import { LOSS_SLOTS, lossLowerEdge, lossSlotOfEdge } from './histogram';
import { MetricsErrors } from './metrics.errors';
import { readCells, TARGETS, type RawCell, type ServiceTime } from './metrics-rollup';
import type { ServiceTargets, TargetsReader } from './service-targets';
import { countOrNull, subCountOrNull, suppressSmallGroups } from './small-groups';

export interface ServiceTimeStats {
  count: number | null;
  meanSeconds: number | null;
  p50Seconds: number | null;
  p90Seconds: number | null;
  p95Seconds: number | null;
  targetSeconds: number | null;
  breachRate: number | null;
}

export interface IncidentMetricsCell {
  month: Date;
  constituencyId: string | null;
  rsitClass: string | null;
  count: number;
  timeToAcknowledge: ServiceTimeStats;
  timeToContain: ServiceTimeStats;
  timeToRecover: ServiceTimeStats;
  timeToClose: ServiceTimeStats;
  loss: { currency: string; from: number; below: number | null; count: number }[];
  lossNotEstimated: number | null;
  resolutionByComplexity: {
    complexity: IncidentComplexity | null;
    count: number;
    closed: number | null;
    meanSecondsToClose: number | null;
    meanEffortHours: number | null;
  }[];
}

export const DEFAULT_LOSS_EDGES = [1000, 10_000, 100_000];
const COMPLEXITIES: (IncidentComplexity | null)[] = ['LOW', 'MEDIUM', 'HIGH', null];

const isMonthStart = (at: Date) =>
  at.getUTCDate() === 1 &&
  at.getUTCHours() === 0 &&
  at.getUTCMinutes() === 0 &&
  at.getUTCSeconds() === 0 &&
  at.getUTCMilliseconds() === 0;

/**
 * incidentMetrics.cells: the range (whole months) by month, constituency and RSIT class, from
 * the rollup, each figure as the small-group rule allows. `from < to` and the span are
 * checked by incidentMetrics before.
 */
export async function incidentMetricsCells(
  manager: EntityManager,
  caller: Principal,
  query: { from: Date; to: Date; lossBucketEdges?: readonly number[] | null },
  targetsOf: TargetsReader,
): Promise<IncidentMetricsCell[]> {
  if (!isMonthStart(query.from) || !isMonthStart(query.to)) throw MetricsErrors.notWholeMonths();
  const edges = lossSlots(query.lossBucketEdges ?? DEFAULT_LOSS_EDGES);
  const targets = await targetsOf(manager);
  const raw = await readCells(manager, caller, { from: query.from, to: query.to, lossEdges: edges, targets });
  return suppressSmallGroups(raw, (cell) => cell.incidents).map((cell) =>
    describe(cell, cell.constituencyId ? targets.get(cell.constituencyId) : undefined, edges),
  );
}

/** The loss slots at which the asked buckets start (after the first, which starts at 0). */
function lossSlots(edges: readonly number[]): number[] {
  const slots = edges.map(lossSlotOfEdge);
  const ascending = slots.every((slot, i) => slot !== null && (i === 0 || slot > (slots[i - 1] as number)));
  if (!ascending || edges.length > LOSS_SLOTS)
    throw MetricsErrors.invalidInput(
      'lossBucketEdges',
      'lossBucketEdges must ascend along the 1-2-5 series (1, 2, 5, 10, …, 10^12)',
    );
  return slots as number[];
}

function describe(cell: RawCell, targets: ServiceTargets | undefined, edges: number[]): IncidentMetricsCell {
  const time = (name: ServiceTime): ServiceTimeStats => {
    const figures = cell.times[name];
    const count = countOrNull(figures.reached);
    const key = TARGETS[name];
    const targetSeconds = key && targets ? targets[key] * 60 : null;
    if (count === null)
      return {
        count,
        meanSeconds: null,
        p50Seconds: null,
        p90Seconds: null,
        p95Seconds: null,
        targetSeconds,
        breachRate: null,
      };
    const breached = figures.breached === null ? null : subCountOrNull(figures.breached, count);
    return {
      count,
      meanSeconds: figures.seconds / count,
      p50Seconds: figures.p50,
      p90Seconds: figures.p90,
      p95Seconds: figures.p95,
      targetSeconds,
      breachRate: breached === null ? null : breached / count,
    };
  };
  // One partition of the cell's incidents: each (currency, bucket), and those with no estimate.
  const buckets = [...cell.loss.entries()].flatMap(([currency, counts]) =>
    [1, ...edges].map((start, i) => ({
      currency,
      from: lossLowerEdge(start),
      below: i < edges.length ? lossLowerEdge(edges[i]) : null,
      count: counts[i],
    })),
  );
  const notEstimated = {
    currency: '',
    from: 0,
    below: null,
    count: cell.incidents - buckets.reduce((sum, b) => sum + b.count, 0),
  };
  const shownLoss = suppressSmallGroups([...buckets, notEstimated], (bucket) => bucket.count);
  const complexities = COMPLEXITIES.map((complexity, i) => ({
    complexity,
    i,
    count: cell.complexityIncidents[i],
  }));
  return {
    month: cell.month,
    constituencyId: cell.constituencyId,
    rsitClass: cell.rsitClass,
    count: cell.incidents,
    timeToAcknowledge: time('acknowledge'),
    timeToContain: time('contain'),
    timeToRecover: time('recover'),
    timeToClose: time('close'),
    loss: shownLoss.filter((bucket) => bucket !== notEstimated),
    lossNotEstimated: shownLoss.includes(notEstimated) ? notEstimated.count : null,
    resolutionByComplexity: suppressSmallGroups(complexities, (row) => row.count).map(
      ({ complexity, i, count }) => {
        const closed = cell.complexityClosed[i];
        const closedFew = countOrNull(closed) === null;
        return {
          complexity,
          count,
          closed: subCountOrNull(closed, count),
          meanSecondsToClose: closedFew ? null : cell.complexityCloseSeconds[i] / closed,
          meanEffortHours: closedFew ? null : cell.complexityEffortHours[i] / closed,
        };
      },
    ),
  };
}
