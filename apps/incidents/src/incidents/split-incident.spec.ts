import type { DomainError } from '@csirt/service';
import { reportsToSplit } from './split-incident.service';

/** The error `fn` throws, or null when it throws none. */
const errorOf = (fn: () => unknown): DomainError | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return error as DomainError;
  }
};

describe('reportsToSplit', () => {
  const held = ['a', 'b', 'c'];

  it('answers the named reports in the incident order, each once', () => {
    expect(reportsToSplit(held, ['c', 'a', 'c'])).toEqual(['a', 'c']);
  });

  it('refuses reports that are not the incident’s, naming each once', () => {
    expect(errorOf(() => reportsToSplit(held, ['a', 'x', 'x', 'y']))).toMatchObject({
      code: 'INCIDENT.SPLIT_UNKNOWN_REPORTS',
      details: { reportIds: ['x', 'y'] },
    });
  });

  it('refuses moving every report, which would leave the incident empty', () => {
    expect(errorOf(() => reportsToSplit(held, ['b', 'a', 'c']))?.code).toBe('INCIDENT.SPLIT_ALL_REPORTS');
    expect(errorOf(() => reportsToSplit(['a'], ['a']))?.code).toBe('INCIDENT.SPLIT_ALL_REPORTS');
  });
});
