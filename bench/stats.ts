/** What the benchmarks share: percentiles of sorted samples, and a fixed-concurrency driver. */

/** The `p`th percentile (nearest rank) of samples already sorted ascending. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `task(0 … total-1)` with `concurrency` in flight; resolves when all are done. */
export async function runConcurrently(total: number, concurrency: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await task(next++);
    }),
  );
}
