/**
 * The rollup's buckets, read back (the migration 1732400040001 assigns them in SQL; these
 * are their inverses). Pure: estimates from counts per bucket.
 *
 * Durations: slot 1 not reached, slot 2 [0, 60) s, slot 3 + k [60·R^k, 60·R^(k+1)) s with
 * R = 10^(1/20) ≈ 1.122, the last slot (130) open-ended. Losses: slot 1 [0, 1), then the
 * 1-2-5 series, slot 40 open-ended.
 */
export const DURATION_SLOTS = 130;
export const LOSS_SLOTS = 40;
export const RATIO = 10 ** (1 / 20);

/** [lower, upper) seconds of a duration slot (2 … 130); upper null for the last. */
export function durationBounds(slot: number): [number, number | null] {
  if (slot === 2) return [0, 60];
  const k = slot - 3;
  return [60 * 10 ** (k / 20), slot === DURATION_SLOTS ? null : 60 * 10 ** ((k + 1) / 20)];
}

/** Lower edge of a loss slot (1 … 40). */
export function lossLowerEdge(slot: number): number {
  if (slot === 1) return 0;
  const j = slot - 2;
  return [1, 2, 5][j % 3] * 10 ** Math.floor(j / 3);
}

/** The loss slot whose lower edge is `edge`, or null when `edge` is not on the 1-2-5 series. */
export function lossSlotOfEdge(edge: number): number | null {
  for (let slot = 2; slot <= LOSS_SLOTS; slot += 1) if (lossLowerEdge(slot) === edge) return slot;
  return null;
}

/** How many reached the end point (slot 1 holds those that did not). */
export function reached(histogram: readonly number[]): number {
  return histogram.reduce((sum, n, i) => (i === 0 ? sum : sum + n), 0);
}

/**
 * Estimated `p` quantile of the reached durations: the bucket holding the sample of rank
 * t = p·(n−1) (0-based), interpolated linearly by rank inside it. The estimate and the
 * sample of rank floor(t) share a bucket, hence lie within a factor RATIO of each other
 * (within 60 s under a minute); the open-ended last bucket answers its lower edge.
 */
export function estimateQuantile(histogram: readonly number[], p: number): number | null {
  const n = reached(histogram);
  if (n === 0) return null;
  const t = p * (n - 1);
  let before = 0;
  for (let slot = 2; slot <= histogram.length; slot += 1) {
    const count = histogram[slot - 1];
    if (count > 0 && t < before + count) {
      const [lower, upper] = durationBounds(slot);
      if (upper === null) return lower;
      return lower + ((upper - lower) * (t - before)) / count;
    }
    before += count;
  }
  return null;
}

/** Estimated number of reached durations longer than `target` seconds (uniform inside the straddling bucket). */
export function estimateBreaches(histogram: readonly number[], target: number): number {
  let breached = 0;
  for (let slot = 2; slot <= histogram.length; slot += 1) {
    const count = histogram[slot - 1];
    if (count === 0) continue;
    const [lower, upper] = durationBounds(slot);
    if (lower >= target) breached += count;
    else if (upper === null || upper > target) breached += upper === null ? count : (count * (upper - target)) / (upper - lower);
  }
  return Math.round(breached);
}

/** Element-wise sum into `into` (histograms and per-complexity figures of one cell). */
export function addInto(into: number[], more: readonly number[]): void {
  for (let i = 0; i < more.length; i += 1) into[i] = (into[i] ?? 0) + more[i];
}
