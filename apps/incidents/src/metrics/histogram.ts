/**
 * The rollup's buckets, read back (the migration 1732400040001 assigns them, and estimates
 * the quantiles, in SQL; these are the inverses the reader needs).
 *
 * Error bound of the quantiles (incident_metrics_quantile): the estimate and the sample of
 * rank floor(p·(n−1)) share a bucket, hence lie within a factor RATIO ≈ 1.122 of each other
 * (within 60 s under a minute); percentile_cont lies between that sample and the next. The
 * open-ended last bucket (over about 4 years) answers its lower edge.
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

/**
 * Estimated number of incidents whose duration exceeds `target` seconds, from a cumulative
 * histogram: all above the target's slot, and a share of those inside it proportional to
 * the part of the slot above the target (all of it in the open last slot). `below` and `at`
 * are the histogram at slot-1 and slot, `total` at the last slot.
 */
export function breachesBeyond(
  target: number,
  slot: number,
  below: number,
  at: number,
  total: number,
): number {
  const [lower, upper] = durationBounds(slot);
  const share = upper === null ? 1 : (upper - Math.max(target, lower)) / (upper - lower);
  return Math.round(total - at + share * (at - below));
}

/** Element-wise sum into `into` (histograms and per-complexity figures of one cell). */
export function addInto(into: number[], more: readonly number[]): void {
  for (let i = 0; i < more.length; i += 1) into[i] = (into[i] ?? 0) + more[i];
}
