import type { Observable, ObservableType } from '@csirt/contracts';

// Kinds whose values compare case-insensitively; URLs and the rest keep their case.
const CASE_INSENSITIVE: ReadonlySet<ObservableType> = new Set([
  'DOMAIN',
  'HOSTNAME',
  'EMAIL',
  'MD5',
  'SHA1',
  'SHA256',
  'CVE',
  'IPV6',
  'ASN',
]);

/** One observable in its canonical form: trimmed, lower-cased where case carries no meaning. */
export function normaliseObservable(observable: Observable): Observable {
  const value = observable.value.trim();
  return {
    type: observable.type,
    value: CASE_INSENSITIVE.has(observable.type) ? value.toLowerCase() : value,
  };
}

/** `existing` plus those of `added` not already there (by type and canonical value), in order. */
export function mergeObservables(
  existing: readonly Observable[],
  added: readonly Observable[],
): Observable[] {
  const seen = new Set<string>();
  const merged: Observable[] = [];
  for (const observable of [...existing, ...added]) {
    const canonical = normaliseObservable(observable);
    const key = `${canonical.type}\u0000${canonical.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(canonical);
  }
  return merged;
}

/** Union of two asset lists, trimmed, first spelling kept, compared case-insensitively. */
export function mergeAssets(existing: readonly string[], added: readonly string[]): string[] {
  const seen = new Set<string>();
  const merged: string[] = [];
  for (const asset of [...existing, ...added]) {
    const trimmed = asset.trim();
    const key = trimmed.toLowerCase();
    if (trimmed.length === 0 || seen.has(key)) continue;
    seen.add(key);
    merged.push(trimmed);
  }
  return merged;
}
