import { DomainError } from '@csirt/service';

export const AdvisoryErrors = {
  invalidInput: (field: string, message: string) => new DomainError('ADVISORY.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError('ADVISORY.NOT_FOUND', `advisory ${id} not found`, { id }),
  invalidTransition: (from: string, to: string) =>
    new DomainError('ADVISORY.INVALID_TRANSITION', `an advisory in status ${from} cannot become ${to}`, { from, to }),
  tlpTooRestrictive: (tlp: string) =>
    new DomainError(
      'ADVISORY.TLP_TOO_RESTRICTIVE',
      `a TLP:${tlp.replace('_', '+')} advisory cannot be published to partner CSIRTs; the ceiling is TLP:AMBER`,
      { tlp },
    ),
};
