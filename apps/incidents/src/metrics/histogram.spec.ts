import { durationBounds, estimateBreaches, estimateQuantile, lossLowerEdge, lossSlotOfEdge, RATIO } from './histogram';

/** The slot the migration's incident_metrics_duration_slot gives `seconds` (the SQL, restated for the test). */
const slotOf = (seconds: number) => (seconds < 60 ? 2 : 3 + Math.min(Math.floor(20 * Math.log10(seconds / 60)), 127));

function histogramOf(samples: number[], notReached = 0): number[] {
  const histogram = new Array<number>(130).fill(0);
  histogram[0] = notReached;
  for (const s of samples) histogram[slotOf(s) - 1] += 1;
  return histogram;
}

describe('duration histogram estimates', () => {
  it('keeps each slot between its bounds, contiguous and growing by RATIO', () => {
    for (let slot = 3; slot < 130; slot += 1) {
      const [lower, upper] = durationBounds(slot);
      expect(upper! / lower).toBeCloseTo(RATIO, 10);
      expect(durationBounds(slot + 1)[0]).toBeCloseTo(upper!, 6);
      expect(slotOf(lower * 1.0001)).toBe(slot);
    }
    expect(durationBounds(130)[1]).toBeNull();
  });

  it('estimates each quantile within RATIO of the sample of rank floor(p(n-1))', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let round = 0; round < 50; round += 1) {
      const n = 5 + Math.floor(random() * 300);
      const samples = Array.from({ length: n }, () => 60 * Math.exp(random() * 12)).sort((a, b) => a - b);
      for (const p of [0.5, 0.9, 0.95]) {
        const estimate = estimateQuantile(histogramOf(samples, 3), p)!;
        const sample = samples[Math.floor(p * (n - 1))];
        expect(estimate / sample).toBeLessThanOrEqual(RATIO);
        expect(sample / estimate).toBeLessThanOrEqual(RATIO);
      }
    }
  });

  it('answers null with nothing reached, and counts breaches on whole buckets exactly', () => {
    expect(estimateQuantile(histogramOf([], 4), 0.5)).toBeNull();
    const samples = [100, 200, 300, 5000, 7000, 9000];
    // 1000 s lies between buckets holding 300 and 5000: no bucket straddles a sample.
    expect(estimateBreaches(histogramOf(samples), durationBounds(slotOf(5000))[0])).toBe(3);
    expect(estimateBreaches(histogramOf(samples), 10)).toBe(6);
  });
});

describe('loss edges', () => {
  it('follow the 1-2-5 series and refuse anything else', () => {
    expect([2, 3, 4, 5, 6, 7].map(lossLowerEdge)).toEqual([1, 2, 5, 10, 20, 50]);
    expect(lossLowerEdge(1)).toBe(0);
    expect(lossSlotOfEdge(1000)).toBe(11);
    expect(lossSlotOfEdge(1_000_000_000_000)).toBe(38);
    expect(lossSlotOfEdge(3000)).toBeNull();
    expect(lossSlotOfEdge(0)).toBeNull();
  });
});
