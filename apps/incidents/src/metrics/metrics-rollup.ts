import { readableLabels, type Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import { addInto, breachesBeyond } from './histogram';
import type { ServiceTargets } from './service-targets';

export const TIMES = ['acknowledge', 'contain', 'recover', 'close'] as const;
export type ServiceTime = (typeof TIMES)[number];
/** The times a constituency sets a target for, and its field. */
export const TARGETS: Partial<Record<ServiceTime, keyof ServiceTargets>> = {
  acknowledge: 'acknowledgeMinutes',
  contain: 'containMinutes',
  recover: 'recoverMinutes',
};

export interface TimeFigures {
  reached: number;
  seconds: number;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  /** Estimated count beyond the constituency's target; null without one. */
  breached: number | null;
}

/** The raw figures of one (month, constituency, class) cell. */
export interface RawCell {
  month: Date;
  constituencyId: string | null;
  rsitClass: string | null;
  incidents: number;
  times: Record<ServiceTime, TimeFigures>;
  /** Per complexity LOW, MEDIUM, HIGH, not judged. */
  complexityIncidents: number[];
  complexityClosed: number[];
  complexityCloseSeconds: number[];
  complexityEffortHours: number[];
  /** Per currency, the count in each asked loss bucket. */
  loss: Map<string, number[]>;
}

const numbers = (text: string): number[] => text.split(',').map(Number);

/**
 * The columns of a cell, `h(time)` being its cumulative histogram: ready quantiles from
 * `q(time, p)`, and the two elements around the target's slot for the breach estimate.
 */
function cellColumns(h: (time: ServiceTime) => string, q: (time: ServiceTime, p: string) => string): string {
  return TIMES.map((time) => {
    const target = TARGETS[time]
      ? `, t.${time}_target, t.${time}_slot, ${h(time)}[t.${time}_slot - 1] AS ${time}_below, ${h(time)}[t.${time}_slot] AS ${time}_at`
      : '';
    return `${h(time)}[130] - ${h(time)}[1] AS ${time}_reached, ${q(time, '50')} AS ${time}_p50,
      ${q(time, '90')} AS ${time}_p90, ${q(time, '95')} AS ${time}_p95${target}`;
  }).join(',\n');
}

// The constituencies' targets as slots, joined on the cell's constituency.
const TARGET_SLOTS = `LEFT JOIN (SELECT id, ack AS acknowledge_target, con AS contain_target, rec AS recover_target,
    incident_metrics_duration_slot(ack) AS acknowledge_slot,
    incident_metrics_duration_slot(con) AS contain_slot, incident_metrics_duration_slot(rec) AS recover_slot
  FROM unnest($4::text[], $5::float8[], $6::float8[], $7::float8[]) AS u(id, ack, con, rec)) t ON t.id = r.constituency_id`;

const ROLLUP = `
  SELECT (month::timestamp AT TIME ZONE 'UTC') AS month, constituency_id, rsit_class, incidents,
    acknowledge_seconds::float8 AS acknowledge_seconds, contain_seconds::float8 AS contain_seconds,
    recover_seconds::float8 AS recover_seconds, close_seconds::float8 AS close_seconds,
    ${cellColumns(
      (time) => `r.${time}`,
      (time, p) => `r.${time}_p${p}`,
    )},
    array_to_string(complexity_incidents, ',') AS complexity_incidents, array_to_string(complexity_closed, ',') AS complexity_closed,
    array_to_string(complexity_close_seconds, ',') AS complexity_close_seconds,
    array_to_string(complexity_effort_hours, ',') AS complexity_effort_hours
  FROM incident_metrics_rollup r ${TARGET_SLOTS}
  WHERE r.visibility = $1 AND r.month >= ($2::timestamptz AT TIME ZONE 'UTC') AND r.month < ($3::timestamptz AT TIME ZONE 'UTC')
    AND r.incidents > 0`;

/**
 * The TLP:RED incidents `$8` (the caller's names) reads, as cells of their own (counts, sums,
 * the part of the breach estimate, all additive), with the quantiles of the cell they join:
 * the caller's rollup row plus them, by the same estimator.
 */
const RED = `
  WITH red AS (
    SELECT (date_trunc('month', opened_at AT TIME ZONE 'UTC'))::date AS month, coalesce(constituency_id, '') AS constituency_id,
      coalesce(rsit_class, '') AS rsit_class, complexity, effort_hours, closed_at,
      extract(epoch FROM acknowledged_at - opened_at)::float8 AS acknowledge, extract(epoch FROM eradication_at - opened_at)::float8 AS contain,
      extract(epoch FROM post_incident_at - opened_at)::float8 AS recover, extract(epoch FROM closed_at - opened_at)::float8 AS close
    FROM incident i
    WHERE opened_at >= $2 AND opened_at < $3 AND merged_into_id IS NULL AND tlp = 'RED'
      AND EXISTS (SELECT 1 FROM incident_reader rd WHERE rd.incident_id = i.id AND rd.reader = ANY($8::text[]))),
  r AS (
    SELECT month, constituency_id, rsit_class, count(*)::int AS incidents,
      ${TIMES.map((time) => `incident_metrics_histogram(array_agg(incident_metrics_duration_slot(${time})), 130) AS ${time}, coalesce(sum(${time}), 0) AS ${time}_seconds`).join(',\n')},
      ARRAY[${['LOW', 'MEDIUM', 'HIGH'].map((c) => `count(*) FILTER (WHERE complexity = '${c}')`).join(', ')}, count(*) FILTER (WHERE complexity IS NULL)] AS complexity_incidents,
      ARRAY[${['LOW', 'MEDIUM', 'HIGH'].map((c) => `count(close) FILTER (WHERE complexity = '${c}')`).join(', ')}, count(close) FILTER (WHERE complexity IS NULL)] AS complexity_closed,
      ARRAY[${['LOW', 'MEDIUM', 'HIGH'].map((c) => `coalesce(sum(close) FILTER (WHERE complexity = '${c}'), 0)`).join(', ')}, coalesce(sum(close) FILTER (WHERE complexity IS NULL), 0)] AS complexity_close_seconds,
      ARRAY[${['LOW', 'MEDIUM', 'HIGH'].map((c) => `coalesce(sum(effort_hours::float8) FILTER (WHERE complexity = '${c}' AND close IS NOT NULL), 0)`).join(', ')},
        coalesce(sum(effort_hours::float8) FILTER (WHERE complexity IS NULL AND close IS NOT NULL), 0)] AS complexity_effort_hours
    FROM red GROUP BY 1, 2, 3)
  SELECT (r.month::timestamp AT TIME ZONE 'UTC') AS month, r.constituency_id, r.rsit_class, r.incidents,
    ${TIMES.map((time) => `r.${time}_seconds`).join(', ')},
    ${cellColumns(
      (time) => `r.${time}`,
      (time, p) =>
        `incident_metrics_quantile(incident_metrics_add(r.${time}, coalesce(o.${time}, array_fill(0, ARRAY[130]))), 0.${p})`,
    )},
    array_to_string(r.complexity_incidents, ',') AS complexity_incidents, array_to_string(r.complexity_closed, ',') AS complexity_closed,
    array_to_string(r.complexity_close_seconds, ',') AS complexity_close_seconds,
    array_to_string(r.complexity_effort_hours, ',') AS complexity_effort_hours
  FROM r ${TARGET_SLOTS}
  LEFT JOIN incident_metrics_rollup o ON o.visibility = $1 AND o.month = r.month AND o.constituency_id = r.constituency_id
    AND o.rsit_class = r.rsit_class`;

/** Loss rows: the cumulative counts at each asked edge (the SQL is given the slots, integers). */
function lossQuery(edges: readonly number[], red: boolean): string {
  const at = [...edges.map((slot) => `amounts[${slot - 1}]`), 'amounts[40]']
    .map((e, i) => `${e} AS c${i}`)
    .join(', ');
  if (!red)
    return `SELECT (month::timestamp AT TIME ZONE 'UTC') AS month, constituency_id, rsit_class, currency, ${at}
      FROM incident_loss_rollup WHERE visibility = $1 AND month >= ($2::timestamptz AT TIME ZONE 'UTC') AND month < ($3::timestamptz AT TIME ZONE 'UTC')`;
  return `SELECT month, constituency_id, rsit_class, currency, ${at} FROM (
      SELECT date_trunc('month', opened_at, 'UTC') AS month, coalesce(constituency_id, '') AS constituency_id,
        coalesce(rsit_class, '') AS rsit_class, loss_currency AS currency,
        incident_metrics_histogram(array_agg(incident_metrics_loss_slot(loss_amount)), 40) AS amounts
      FROM incident i
      WHERE opened_at >= $2 AND opened_at < $3 AND merged_into_id IS NULL AND tlp = 'RED' AND loss_currency IS NOT NULL
        AND loss_amount IS NOT NULL AND $1::int IS NOT NULL
        AND EXISTS (SELECT 1 FROM incident_reader rd WHERE rd.incident_id = i.id AND rd.reader = ANY($4::text[]))
      GROUP BY 1, 2, 3, 4) l`;
}

/**
 * The cells of the months in [from, to) as `caller` may see them: the rollup row of its
 * visibility level (one row per cell: levels are cumulative), plus, for a RED-cleared
 * caller, the TLP:RED incidents it is a named reader of, counted directly (the rule of
 * incident-visibility.ts; they are few, and cannot be rolled up as readers differ).
 * `lossEdges`: the loss slots the asked buckets start at (after the first).
 */
export async function readCells(
  manager: EntityManager,
  caller: Principal,
  query: { from: Date; to: Date; lossEdges: readonly number[]; targets: Map<string, ServiceTargets> },
): Promise<RawCell[]> {
  const cells = new Map<string, RawCell>();
  const keyOf = (row: { month: Date; constituency_id: string; rsit_class: string }) =>
    `${row.month.toISOString()}|${row.constituency_id}|${row.rsit_class}`;
  const targets = [...query.targets.entries()];
  const seconds = (key: keyof ServiceTargets) => targets.map(([, t]) => t[key] * 60);
  const params = [
    readableLabels(caller).length - 1,
    query.from,
    query.to,
    targets.map(([id]) => id),
    seconds('acknowledgeMinutes'),
    seconds('containMinutes'),
    seconds('recoverMinutes'),
  ];
  const me = [caller.subject, ...(caller.personId ? [caller.personId] : [])];
  const red = caller.clearance === 'RED';
  const [rows, redRows, losses, redLosses] = await Promise.all([
    manager.query(ROLLUP, params),
    red ? manager.query(RED, [...params, me]) : [],
    manager.query(lossQuery(query.lossEdges, false), params.slice(0, 3)),
    red ? manager.query(lossQuery(query.lossEdges, true), [...params.slice(0, 3), me]) : [],
  ]);
  for (const row of rows) cells.set(keyOf(row), cellOf(row));
  for (const row of redRows) {
    const mine = cellOf(row);
    const cell = cells.get(keyOf(row));
    if (cell) merge(cell, mine);
    else cells.set(keyOf(row), mine);
  }
  for (const row of [...losses, ...redLosses]) {
    const cell = cells.get(keyOf(row));
    if (!cell) continue; // a loss row of a cell whose incidents all left (kept at zero)
    const at = query.lossEdges
      .map((_, i) => row[`c${i}`] as number)
      .concat(row[`c${query.lossEdges.length}`]);
    const buckets = at.map((c, i) => c - (i === 0 ? 0 : at[i - 1]));
    const currency = row.currency.trim();
    addInto(
      cell.loss.get(currency) ??
        cell.loss
          .set(
            currency,
            buckets.map(() => 0),
          )
          .get(currency)!,
      buckets,
    );
  }
  return [...cells.values()]
    .filter((cell) => cell.incidents > 0)
    .sort(
      (a, b) =>
        a.month.getTime() - b.month.getTime() ||
        (a.constituencyId ?? '\uffff').localeCompare(b.constituencyId ?? '\uffff') ||
        (a.rsitClass ?? '\uffff').localeCompare(b.rsitClass ?? '\uffff'),
    );
}

function cellOf(row: any): RawCell {
  const figures = (time: ServiceTime): TimeFigures => ({
    reached: row[`${time}_reached`],
    seconds: row[`${time}_seconds`],
    p50: row[`${time}_p50`],
    p90: row[`${time}_p90`],
    p95: row[`${time}_p95`],
    breached:
      TARGETS[time] && row[`${time}_slot`] != null
        ? breachesBeyond(
            row[`${time}_target`],
            row[`${time}_slot`],
            row[`${time}_below`],
            row[`${time}_at`],
            row.incidents,
          )
        : null,
  });
  return {
    month: row.month,
    constituencyId: row.constituency_id === '' ? null : row.constituency_id,
    rsitClass: row.rsit_class === '' ? null : row.rsit_class,
    incidents: row.incidents,
    times: {
      acknowledge: figures('acknowledge'),
      contain: figures('contain'),
      recover: figures('recover'),
      close: figures('close'),
    },
    complexityIncidents: numbers(row.complexity_incidents),
    complexityClosed: numbers(row.complexity_closed),
    complexityCloseSeconds: numbers(row.complexity_close_seconds),
    complexityEffortHours: numbers(row.complexity_effort_hours),
    loss: new Map(),
  };
}

/** Adds the RED part of a cell; its quantiles were computed over both parts already. */
function merge(cell: RawCell, red: RawCell): void {
  cell.incidents += red.incidents;
  for (const time of TIMES) {
    const [mine, more] = [cell.times[time], red.times[time]];
    mine.reached += more.reached;
    mine.seconds += more.seconds;
    mine.breached =
      mine.breached === null || more.breached === null ? mine.breached : mine.breached + more.breached;
    Object.assign(mine, { p50: more.p50, p90: more.p90, p95: more.p95 });
  }
  addInto(cell.complexityIncidents, red.complexityIncidents);
  addInto(cell.complexityClosed, red.complexityClosed);
  addInto(cell.complexityCloseSeconds, red.complexityCloseSeconds);
  addInto(cell.complexityEffortHours, red.complexityEffortHours);
}
