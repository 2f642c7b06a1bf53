import { bound, representedDate } from './sightings';

describe('sightings: combining the report and incident sides', () => {
  const early = new Date('2026-01-01T00:00:00Z');
  const late = new Date('2026-06-01T00:00:00Z');

  it('takes the earlier for first seen and the later for last seen', () => {
    expect(bound(early, late, 'first')).toBe(early);
    expect(bound(late, early, 'first')).toBe(early);
    expect(bound(early, late, 'last')).toBe(late);
    expect(bound(late, early, 'last')).toBe(late);
  });

  it('uses the side that saw it when the other did not, and null when neither did', () => {
    expect(bound(null, late, 'first')).toBe(late);
    expect(bound(early, null, 'last')).toBe(early);
    expect(bound(null, null, 'first')).toBeNull();
  });

  it('reads the represented report-side dates, ignoring what does not parse', () => {
    expect(representedDate('2026-01-01T00:00:00.000Z')).toEqual(early);
    expect(representedDate(null)).toBeNull();
    expect(representedDate(undefined)).toBeNull();
    expect(representedDate('yesterday')).toBeNull();
    expect(representedDate(42)).toBeNull();
  });
});
