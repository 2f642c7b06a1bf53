import { DomainError } from '@csirt/service';

/** Every refusal of the authoring use cases, each with a stable code (see the README's table). */
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
  /**
   * The partner community receives CLEAR and GREEN only; above, partners are named. The
   * same code as delivery's check of the release (delivery.errors.ts), here refused as the
   * author writes it, naming the field.
   */
  communityAboveGreen: (tlp: string) =>
    new DomainError(
      'ADVISORY.COMMUNITY_ABOVE_GREEN',
      `a TLP:${tlp.replace('_', '+')} advisory cannot go to the whole partner community; name the partners it is for`,
      { field: 'input.audience.community', tlp },
    ),
  noAudience: () =>
    new DomainError('ADVISORY.NO_AUDIENCE', 'the advisory names no audience: the partner community, partners or constituencies', {
      field: 'input.audience',
    }),
  customerNoticeRequired: () =>
    new DomainError(
      'ADVISORY.CUSTOMER_NOTICE_REQUIRED',
      'the audience names constituencies: write the customer notice (title, summary, body) for them',
      { field: 'input.customerNotice' },
    ),
  /** The teams directory never announced this constituency: nobody would receive the notice. */
  constituencyUnknown: (id: string, index: number) =>
    new DomainError('ADVISORY.CONSTITUENCY_UNKNOWN', `constituency ${id} is not known to the teams directory`, {
      field: `input.audience.constituencyIds.${index}`,
      id,
    }),
  incomplete: (field: string, message: string) => new DomainError('ADVISORY.INCOMPLETE', message, { field }),
  notApproved: (missing: string[]) =>
    new DomainError('ADVISORY.NOT_APPROVED', `the advisory is not approved for release: ${missing.join(' and ')} approval missing`, {
      missing,
    }),
  legalApprovalRequired: () =>
    new DomainError('ADVISORY.LEGAL_APPROVAL_REQUIRED', "the advisory is legally sensitive: legal counsel's approval is missing", {
      missing: ['LEGAL_COUNSEL'],
    }),
  approverNotQualified: (role: string) =>
    new DomainError('ADVISORY.APPROVER_NOT_QUALIFIED', `only an active person holding the ${role} role may give this approval`, { role }),
  selfApproval: () =>
    new DomainError('ADVISORY.SELF_APPROVAL', 'you wrote this content: someone else must approve it (four eyes)'),
  alreadyApproved: (role: string) =>
    new DomainError('ADVISORY.ALREADY_APPROVED', `this content already has its ${role} approval, or yours`, { role }),
  approvalNotNeeded: (role: string) =>
    new DomainError('ADVISORY.APPROVAL_NOT_NEEDED', `this advisory needs no ${role} approval`, { role }),
};
