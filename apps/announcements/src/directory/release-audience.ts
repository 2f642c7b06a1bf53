import { tlpRank, type Tlp } from '@csirt/contracts';

/** A partner CSIRT as its agreement stands (the `partner_agreement` read model). */
export interface PartnerAgreementView {
  /** Teams' partner id. */
  partnerId: string;
  /** The partner's external id: the `partner_id` claim of its tokens. */
  code: string;
  name: string;
  active: boolean;
  tlpCeiling: Tlp;
}

/** What decides who a released CSAF document is for: its label and, at AMBER and above, its addressees. */
export interface ReleaseAddressing {
  tlp: Tlp;
  /** Partner codes the release was addressed to; only meaningful at TLP:AMBER and above. */
  recipients: readonly string[];
}

/** Labels released to a community (every partner whose ceiling allows them) rather than to named partners. */
const COMMUNITY_LABELS: readonly Tlp[] = ['CLEAR', 'GREEN'];

/**
 * Was this release given to `partner`? An active agreement whose ceiling allows the label,
 * and, at AMBER and above, the partner among the addressees. The provider directory and the
 * read receipts both ask this, so a partner can fetch exactly what it may acknowledge.
 */
export function isReleasedTo(partner: PartnerAgreementView, release: ReleaseAddressing): boolean {
  if (!partner.active || tlpRank(release.tlp) > tlpRank(partner.tlpCeiling)) return false;
  return COMMUNITY_LABELS.includes(release.tlp) || release.recipients.includes(partner.code);
}

/**
 * May this reader fetch the document from the provider directory? TLP:CLEAR is public;
 * everything else is for the partners it was released to. `partner` is null for an
 * anonymous caller and for any caller whose token speaks for no known partner.
 */
export function mayFetchFromDirectory(partner: PartnerAgreementView | null, release: ReleaseAddressing): boolean {
  if (release.tlp === 'CLEAR') return true;
  return partner !== null && isReleasedTo(partner, release);
}
