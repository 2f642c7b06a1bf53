import { DomainError } from '@csirt/service';

export const PartnerErrors = {
  invalidInput: (field: string, message: string) =>
    new DomainError('PARTNER.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError('PARTNER.NOT_FOUND', `partner CSIRT ${id} not found`, { id }),
  nameTaken: (name: string) =>
    new DomainError('PARTNER.NAME_TAKEN', `a partner CSIRT named ${name} is registered`, { field: 'name' }),
  codeTaken: (code: string) =>
    new DomainError('PARTNER.CODE_TAKEN', `a partner CSIRT with code ${code} is registered`, { field: 'code' }),
  redNeedsRecipients: () =>
    new DomainError(
      'PARTNER.RED_REQUIRES_NAMED_RECIPIENTS',
      'an agreement that lets a partner receive TLP:RED must name at least one recipient',
      { field: 'agreement.namedRecipients' },
    ),
};
