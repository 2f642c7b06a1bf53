import { formatTlp, type Tlp } from '@csirt/contracts';
import { DomainError } from '@csirt/service';

/** Why a release may not go out as addressed. Raised inside the authoring transaction, so nothing is released. */
export const DeliveryErrors = {
  /** An addressed partner's agreement does not allow the label (checked per partner, at publish time). */
  partnerCeilingExceeded: (partner: { code: string; tlpCeiling: Tlp }, tlp: Tlp) =>
    new DomainError(
      'ADVISORY.PARTNER_CEILING_EXCEEDED',
      `partner ${partner.code} may receive up to ${formatTlp(partner.tlpCeiling)} under its agreement; this release is ${formatTlp(tlp)}`,
      { partner: partner.code, ceiling: partner.tlpCeiling, tlp },
    ),
  /** An addressed partner this service has never heard of from teams. */
  partnerUnknown: (partnerId: string) =>
    new DomainError('ADVISORY.PARTNER_UNKNOWN', `partner ${partnerId} is not known to announcements (no agreement received from teams)`, {
      partnerId,
    }),
  /** The community feeds carry TLP:CLEAR and GREEN only; above that, name the partners. */
  communityAboveGreen: (tlp: Tlp) =>
    new DomainError(
      'ADVISORY.COMMUNITY_ABOVE_GREEN',
      `a ${formatTlp(tlp)} release cannot go to the partner community; address it to named partners`,
      { tlp },
    ),
  /** The announcement cannot become a valid CSAF document (libs/csaf `CSAF.INVALID_INPUT`); the message names the field. */
  csafInvalid: (message: string) => new DomainError('ADVISORY.CSAF_INVALID', `the announcement cannot be released as CSAF: ${message}`),
};
