import { DomainError } from '@csirt/service';

export const AdvisoryErrors = {
  invalidInput: (field: string, message: string) => new DomainError('ADVISORY.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError('ADVISORY.NOT_FOUND', `advisory ${id} not found`, { id }),
  invalidTransition: (from: string, to: string) =>
    new DomainError('ADVISORY.INVALID_TRANSITION', `an advisory in status ${from} cannot become ${to}`, { from, to }),
  tlpNotCleared: (tlp: string) =>
    new DomainError('ADVISORY.TLP_NOT_CLEARED', `you may not label an advisory TLP:${tlp.replace('_', '+')}: you could not read it yourself`, {
      field: 'input.tlp',
      tlp,
    }),
  tlpTooRestrictive: (tlp: string) =>
    new DomainError(
      'ADVISORY.TLP_TOO_RESTRICTIVE',
      `a TLP:${tlp.replace('_', '+')} advisory cannot be published to partner CSIRTs; the ceiling is TLP:AMBER`,
      { tlp },
    ),
};
