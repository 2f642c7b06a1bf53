import { readableLabels, type Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import { addInto, DURATION_SLOTS, LOSS_SLOTS } from './histogram';

export const TIMES = ['acknowledge', 'contain', 'recover', 'close'] as const;
export type ServiceTime = (typeof TIMES)[number];

/** The raw figures of one (month, constituency, class) cell, as the rollup holds them. */
export interface RawCell {
  month: Date;
  constituencyId: string | null;
  rsitClass: string | null;
  incidents: number;
  histograms: Record<ServiceTime, number[]>;
  seconds: Record<ServiceTime, number>;
  /** Per complexity LOW, MEDIUM, HIGH, not judged. */
  complexityIncidents: number[];
  complexityClosed: number[];
  complexityCloseSeconds: number[];
  complexityEffortHours: number[];
  /** Loss histogram per currency. */
  loss: Map<string, number[]>;
}

const numbers = (text: string): number[] => text.split(',').map(Number);

// Arrays come back as text and are split here: much cheaper than pg's array parser.
const CELL_COLUMNS = `(month::timestamp AT TIME ZONE 'UTC') AS month, constituency_id, rsit_class, incidents,
  array_to_string(acknowledge, ',') AS acknowledge, array_to_string(contain, ',') AS contain,
  array_to_string(recover, ',') AS recover, array_to_string(close, ',') AS close,
  acknowledge_seconds::float8 AS acknowledge_seconds, contain_seconds::float8 AS contain_seconds,
  recover_seconds::float8 AS recover_seconds, close_seconds::float8 AS close_seconds,
  array_to_string(complexity_incidents, ',') AS complexity_incidents, array_to_string(complexity_closed, ',') AS complexity_closed,
  array_to_string(complexity_close_seconds, ',') AS complexity_close_seconds,
  array_to_string(complexity_effort_hours, ',') AS complexity_effort_hours`;

// TLP:RED incidents the caller reads by name, with the same slots the trigger computes.
const RED_CELLS = `
  SELECT date_trunc('month', opened_at, 'UTC') AS month, coalesce(constituency_id, '') AS constituency_id,
    coalesce(rsit_class, '') AS rsit_class, 1 AS incidents,
    incident_metrics_duration_slot(extract(epoch FROM acknowledged_at - opened_at)::float8) AS acknowledge,
    incident_metrics_duration_slot(extract(epoch FROM eradication_at - opened_at)::float8) AS contain,
    incident_metrics_duration_slot(extract(epoch FROM post_incident_at - opened_at)::float8) AS recover,
    incident_metrics_duration_slot(extract(epoch FROM closed_at - opened_at)::float8) AS close,
    coalesce(extract(epoch FROM acknowledged_at - opened_at)::float8, 0) AS acknowledge_seconds,
    coalesce(extract(epoch FROM eradication_at - opened_at)::float8, 0) AS contain_seconds,
    coalesce(extract(epoch FROM post_incident_at - opened_at)::float8, 0) AS recover_seconds,
    coalesce(extract(epoch FROM closed_at - opened_at)::float8, 0) AS close_seconds,
    coalesce(array_position(ARRAY['LOW','MEDIUM','HIGH'], complexity), 4) AS complexity,
    effort_hours::float8 AS effort_hours, loss_currency, incident_metrics_loss_slot(loss_amount) AS loss_slot
  FROM incident i
  WHERE opened_at >= $1 AND opened_at < $2 AND merged_into_id IS NULL AND tlp = 'RED'
    AND EXISTS (SELECT 1 FROM incident_reader r WHERE r.incident_id = i.id AND r.reader = ANY($3::text[]))`;

function emptyCell(month: Date, constituencyId: string, rsitClass: string): RawCell {
  const histogram = () => new Array<number>(DURATION_SLOTS).fill(0);
  return {
    month,
    constituencyId: constituencyId === '' ? null : constituencyId,
    rsitClass: rsitClass === '' ? null : rsitClass,
    incidents: 0,
    histograms: { acknowledge: histogram(), contain: histogram(), recover: histogram(), close: histogram() },
    seconds: { acknowledge: 0, contain: 0, recover: 0, close: 0 },
    complexityIncidents: [0, 0, 0, 0],
    complexityClosed: [0, 0, 0, 0],
    complexityCloseSeconds: [0, 0, 0, 0],
    complexityEffortHours: [0, 0, 0, 0],
    loss: new Map(),
  };
}

/**
 * The cells of the months in [from, to) as `caller` may see them: the rollup row of its
 * visibility level (one row per cell: levels are cumulative), plus, for a RED-cleared
 * caller, the TLP:RED incidents it is a named reader of, counted directly (the rule of
 * incident-visibility.ts; they are few, and cannot be rolled up as readers differ).
 */
export async function readCells(manager: EntityManager, caller: Principal, from: Date, to: Date): Promise<RawCell[]> {
  const cells = new Map<string, RawCell>();
  const cellOf = (month: Date, constituency: string, rsitClass: string) => {
    const key = `${month.toISOString()}|${constituency}|${rsitClass}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = emptyCell(month, constituency, rsitClass)));
    return cell;
  };
  const visibility = readableLabels(caller).length - 1;
  if (visibility >= 0) {
    const rows = await manager.query(
      `SELECT ${CELL_COLUMNS} FROM incident_metrics_rollup
       WHERE visibility = $1 AND month >= ($2::timestamptz AT TIME ZONE 'UTC') AND month < ($3::timestamptz AT TIME ZONE 'UTC') AND incidents > 0`,
      [visibility, from, to],
    );
    for (const row of rows) {
      const cell = cellOf(row.month, row.constituency_id, row.rsit_class);
      cell.incidents += row.incidents;
      for (const time of TIMES) {
        addInto(cell.histograms[time], numbers(row[time]));
        cell.seconds[time] += row[`${time}_seconds`];
      }
      addInto(cell.complexityIncidents, numbers(row.complexity_incidents));
      addInto(cell.complexityClosed, numbers(row.complexity_closed));
      addInto(cell.complexityCloseSeconds, numbers(row.complexity_close_seconds));
      addInto(cell.complexityEffortHours, numbers(row.complexity_effort_hours));
    }
    const losses = await manager.query(
      `SELECT (month::timestamp AT TIME ZONE 'UTC') AS month, constituency_id, rsit_class, currency,
         array_to_string(amounts, ',') AS amounts FROM incident_loss_rollup
       WHERE visibility = $1 AND month >= ($2::timestamptz AT TIME ZONE 'UTC') AND month < ($3::timestamptz AT TIME ZONE 'UTC')`,
      [visibility, from, to],
    );
    for (const row of losses) addLoss(cellOf(row.month, row.constituency_id, row.rsit_class), row.currency, numbers(row.amounts));
  }
  if (caller.clearance === 'RED') {
    const me = [caller.subject, ...(caller.personId ? [caller.personId] : [])];
    for (const row of await manager.query(RED_CELLS, [from, to, me])) {
      const cell = cellOf(row.month, row.constituency_id, row.rsit_class);
      cell.incidents += 1;
      for (const time of TIMES) {
        cell.histograms[time][row[time] - 1] += 1;
        cell.seconds[time] += row[`${time}_seconds`];
      }
      const x = row.complexity - 1;
      cell.complexityIncidents[x] += 1;
      if (row.close > 1) {
        cell.complexityClosed[x] += 1;
        cell.complexityCloseSeconds[x] += row.close_seconds;
        cell.complexityEffortHours[x] += row.effort_hours;
      }
      if (row.loss_currency && row.loss_slot) {
        const amounts = new Array<number>(LOSS_SLOTS).fill(0);
        amounts[row.loss_slot - 1] = 1;
        addLoss(cell, row.loss_currency, amounts);
      }
    }
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

function addLoss(cell: RawCell, currency: string, amounts: number[]): void {
  const into = cell.loss.get(currency) ?? new Array<number>(LOSS_SLOTS).fill(0);
  addInto(into, amounts);
  cell.loss.set(currency, into);
}
