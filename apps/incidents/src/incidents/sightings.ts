import type { Observable } from '@csirt/contracts';

/**
 * An indicator as this service receives it from the gateway: its key and, for the overall
 * first and last seen, the report side's pair that intake resolved for the same caller
 * (`@requires`). Representations are JSON: the dates arrive as strings, unchecked.
 */
export interface IndicatorRef extends Observable {
  reportsFirstSeen?: unknown;
  reportsLastSeen?: unknown;
}

/** When the incidents a caller may read that carry one indicator were first and last opened. */
export interface SeenRange {
  first: Date | null;
  last: Date | null;
}

/** A date the representation carried, or null when it carried none (or none that parses). */
export function representedDate(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The earlier (or later, with `pick: 'last'`) of two optional instants. */
export function bound(a: Date | null, b: Date | null, pick: 'first' | 'last'): Date | null {
  if (!a || !b) return a ?? b;
  const aFirst = a.getTime() <= b.getTime();
  return pick === 'first' ? (aFirst ? a : b) : aFirst ? b : a;
}
