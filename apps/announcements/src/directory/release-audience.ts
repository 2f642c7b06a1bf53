import type { Tlp } from '@csirt/contracts';
import { mayReceiveLabel, type PartnerAgreement } from '../partners/partner-agreement';

/** A partner CSIRT as its agreement stands (the `partner_agreement` read model). */
export type PartnerAgreementView = Pick<PartnerAgreement, 'partnerId' | 'code' | 'name' | 'active' | 'tlpCeiling'>;

/** What decides who a released CSAF document is for: its label and, at AMBER and above, its addressees. */
export interface ReleaseAddressing {
  tlp: Tlp;
  /**
   * Partner codes the release was addressed to by name (always at TLP:AMBER and above; at
   * CLEAR and GREEN when it was not released to the community). Empty: the community.
   */
  recipients: readonly string[];
}

/** Labels released to a community (every partner whose ceiling allows them) rather than to named partners. */
const COMMUNITY_LABELS: readonly Tlp[] = ['CLEAR', 'GREEN'];

/**
 * Was this release given to `partner`? An active agreement whose ceiling allows the label,
 * and the partner among the addressees when the release named them (as delivery's
 * `planDelivery` decided: a CLEAR or GREEN release addressed by name went to those
 * partners' own feeds, not to the community). The provider directory and the read receipts
 * both ask this, so a partner can fetch exactly what it may acknowledge.
 */
export function isReleasedTo(partner: PartnerAgreementView, release: ReleaseAddressing): boolean {
  if (!mayReceiveLabel(partner, release.tlp)) return false;
  if (release.recipients.length > 0) return release.recipients.includes(partner.code);
  return COMMUNITY_LABELS.includes(release.tlp);
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
