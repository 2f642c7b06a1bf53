import { breachesBeyond, durationBounds, lossLowerEdge, lossSlotOfEdge, RATIO } from './histogram';

/** The slot the migration's incident_metrics_duration_slot gives `seconds` (the SQL, restated for the test). */
const slotOf = (seconds: number) =>
  seconds < 60 ? 2 : 3 + Math.min(Math.floor(20 * Math.log10(seconds / 60)), 127);

/** The cumulative histogram the rollup keeps (element i: how many in slots 1 … i). */
function cumulative(samples: number[], notReached = 0): number[] {
  const histogram = new Array<number>(130).fill(0);
  histogram[0] = notReached;
  for (const s of samples) histogram[slotOf(s) - 1] += 1;
  return histogram.map((_, i) => histogram.slice(0, i + 1).reduce((a, b) => a + b, 0));
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

  it('estimates breaches: exact on whole buckets, proportional inside the straddling one', () => {
    const samples = [100, 200, 300, 5000, 7000, 9000];
    const c = cumulative(samples, 2);
    const beyond = (target: number) => {
      const slot = slotOf(target);
      return breachesBeyond(target, slot, c[slot - 2], c[slot - 1], c[129]);
    };
    // The lower edge of 5000's bucket: every sample from 5000 up, none below.
    expect(beyond(durationBounds(slotOf(5000))[0])).toBe(3);
    expect(beyond(61)).toBe(6);
    expect(beyond(20000)).toBe(0);
    // Inside 5000's bucket, past 5000: the bucket's share above the target (here none of a whole sample).
    const [lower, upper] = durationBounds(slotOf(5000));
    expect(beyond(upper! - 1)).toBe(2);
    expect(beyond(lower + (upper! - lower) * 0.4)).toBe(3);
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
