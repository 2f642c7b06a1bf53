import { countOrNull, MINIMUM_GROUP_SIZE, subCountOrNull, suppressSmallGroups } from './small-groups';

const byCount = (counts: number[]) =>
  suppressSmallGroups(
    counts.map((count, n) => ({ n, count })),
    (g) => g.count,
  ).map((g) => g.count);

describe('small-group suppression', () => {
  it('is five incidents', () => {
    expect(MINIMUM_GROUP_SIZE).toBe(5);
  });

  it('withholds every count below five, zero included, so "withheld" never means "one"', () => {
    expect([0, 1, 4, 5, 12].map(countOrNull)).toEqual([null, null, null, 5, 12]);
  });

  it('leaves out small groups and keeps the large ones', () => {
    expect(byCount([5, 7, 0])).toEqual([5, 7]);
    expect(byCount([3, 4, 10])).toEqual([10]);
  });

  it('leaves out the smallest large group too when what is hidden would be small', () => {
    // Hidden 1 alone: total - 10 - 6 would give it away, so the 6 goes as well.
    expect(byCount([1, 10, 6])).toEqual([10]);
    // Two small groups adding up to 5 or more are safe to leave out alone.
    expect(byCount([2, 3, 10, 6])).toEqual([10, 6]);
  });

  it('tells a threshold split of one incident apart from none: neither side is ever shown', () => {
    // One incident with a loss among nine without: below/atOrAbove/notComparable.
    expect(byCount([1, 0, 9])).toEqual([]);
    expect(byCount([0, 1, 9])).toEqual([]);
  });

  it('hides a sub-count when it or the rest of its group is small', () => {
    expect(subCountOrNull(0, 9)).toBeNull();
    expect(subCountOrNull(9, 9)).toBeNull();
    expect(subCountOrNull(5, 10)).toBe(5);
    expect(subCountOrNull(2, 10)).toBeNull();
    expect(subCountOrNull(8, 10)).toBeNull();
  });
});
