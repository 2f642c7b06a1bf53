import { DomainError } from '@csirt/service';

/** Errors of the metrics query; `code` is stable and is what clients branch on. */
export const MetricsErrors = {
  invalidRange: (message: string) => new DomainError('METRICS.INVALID_RANGE', message, { field: 'range' }),
  notWholeMonths: () =>
    new DomainError(
      'METRICS.RANGE_NOT_WHOLE_MONTHS',
      'cells need a range from one month start (UTC) to another',
      { field: 'range' },
    ),
  invalidInput: (field: string, message: string) =>
    new DomainError('METRICS.INVALID_INPUT', message, { field }),
};
