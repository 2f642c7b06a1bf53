import { partnerAdvisoriesTopic, tlpRank, TOPICS, type Tlp } from '@csirt/contracts';
import type { CsafReleaseMessage } from '@csirt/csaf';
import { mayReceiveLabel, type Disclosure, type PartnerAgreement } from '../partners/partner-agreement';
import { DeliveryErrors } from './delivery.errors';

/** The handling terms a message carries (`CsafReleaseMessage.handling` without the label). */
export type HandlingTerms = Omit<CsafReleaseMessage['handling'], 'tlp'>;

/** One Kafka topic a release goes to, with the partners who can read it there. */
export interface DeliveryTarget {
  topic: string;
  /** Every partner the broker lets read `topic` (for a partner feed, that partner alone). */
  readers: PartnerAgreement[];
  /** The terms binding every reader of this topic. */
  terms: HandlingTerms;
}

export interface DeliveryPlan {
  targets: DeliveryTarget[];
  /** Codes of the partners addressed by name on their own feeds; empty for a community release. */
  recipients: string[];
  /** One document per release: anonymised when any reader's agreement forbids attribution. */
  anonymise: boolean;
  /** The terms written into the document itself: binding on every reader of the release. */
  documentTerms: HandlingTerms;
}

export interface ReleaseAddress {
  tlp: Tlp;
  audience: { community: boolean; partnerIds: readonly string[] };
  releasedAt: Date;
}

/** Least to most restrictive; combined terms take the most restrictive of their readers. */
const DISCLOSURE_ORDER: readonly Disclosure[] = ['MAY_DISCLOSE', 'AFTER_EMBARGO', 'WITH_SOURCE_CONSENT', 'MUST_NOT_DISCLOSE'];

const DAY_MS = 24 * 3600 * 1000;

/**
 * Decides where a release goes and on which terms. Pure: the caller loads the agreements.
 *
 * - CLEAR and GREEN released to the community go to `csirt.announcements.clear` or
 *   `.green`, read by every active partner whose ceiling allows the label (the broker's
 *   ACLs follow the same rule). Addressed by name only (no community), they go to each
 *   named partner's own feed instead, so the audience is not widened.
 * - AMBER, AMBER+STRICT and RED go to `csirt.partner.<code>.advisories` of each addressed
 *   partner only; asking for the community is refused.
 * - Every addressed partner is checked against its own agreement: unknown partners and
 *   ceilings below the label refuse the whole release; inactive partners get nothing.
 * - Terms shared by several readers (a community feed, a document sent to several
 *   partners) are the most restrictive of their agreements: the latest disclosure, the
 *   longest embargo, the permitted actions all of them allow, anonymised credits if any
 *   agreement says MUST_NOT.
 *
 * @throws DomainError ADVISORY.PARTNER_UNKNOWN, ADVISORY.PARTNER_CEILING_EXCEEDED, ADVISORY.COMMUNITY_ABOVE_GREEN
 */
export function planDelivery(
  release: ReleaseAddress,
  addressed: ReadonlyMap<string, PartnerAgreement>,
  community: readonly PartnerAgreement[],
): DeliveryPlan {
  const { tlp } = release;
  const named: PartnerAgreement[] = [];
  for (const partnerId of new Set(release.audience.partnerIds)) {
    const partner = addressed.get(partnerId);
    if (!partner) throw DeliveryErrors.partnerUnknown(partnerId);
    if (!partner.active) continue;
    if (tlpRank(tlp) > tlpRank(partner.tlpCeiling)) throw DeliveryErrors.partnerCeilingExceeded(partner, tlp);
    named.push(partner);
  }
  const communityTopic = tlp === 'CLEAR' ? TOPICS.communityClear : tlp === 'GREEN' ? TOPICS.communityGreen : undefined;
  if (release.audience.community && !communityTopic) throw DeliveryErrors.communityAboveGreen(tlp);

  const groups: Array<{ topic: string; readers: PartnerAgreement[] }> = [];
  if (release.audience.community && communityTopic) {
    groups.push({ topic: communityTopic, readers: community.filter((p) => mayReceiveLabel(p, tlp)) });
  } else {
    for (const partner of named) groups.push({ topic: partnerAdvisoriesTopic(partner.code), readers: [partner] });
  }
  const everyone = [...new Map(groups.flatMap((g) => g.readers).map((p) => [p.partnerId, p])).values()];
  const anonymise = everyone.some((p) => p.attribution === 'MUST_NOT');
  return {
    targets: groups.map((g) => ({ ...g, terms: combineTerms(g.readers, release, anonymise) })),
    recipients: release.audience.community ? [] : named.map((p) => p.code).sort(),
    anonymise,
    documentTerms: combineTerms(everyone, release, anonymise),
  };
}

/** The terms binding every one of `readers`: the most restrictive of their agreements. */
export function combineTerms(readers: readonly PartnerAgreement[], release: Pick<ReleaseAddress, 'tlp' | 'releasedAt'>, anonymise: boolean): HandlingTerms {
  const attribution = anonymise ? 'anonymised' : 'credited';
  if (readers.length === 0) {
    // Nobody reads it today; whoever is let in later is held to what the label says.
    return { disclosure: release.tlp === 'CLEAR' ? 'MAY_DISCLOSE' : 'MUST_NOT_DISCLOSE', embargoUntil: null, permittedActions: [], attribution };
  }
  const disclosure = readers.map((p) => p.disclosure).reduce((a, b) => (DISCLOSURE_ORDER.indexOf(b) > DISCLOSURE_ORDER.indexOf(a) ? b : a));
  const embargoDays = Math.max(0, ...readers.map((p) => (p.disclosure === 'AFTER_EMBARGO' ? (p.embargoDays ?? 0) : 0)));
  const [first, ...rest] = readers;
  const allowed = first.permittedActions.filter((action) => rest.every((p) => p.permittedActions.includes(action)));
  return {
    disclosure,
    embargoUntil: disclosure === 'AFTER_EMBARGO' ? new Date(release.releasedAt.getTime() + embargoDays * DAY_MS).toISOString() : null,
    permittedActions: allowed.length > 0 ? allowed : ['NONE'],
    attribution,
  };
}

const DISCLOSURE_TEXT: Record<Disclosure, string> = {
  MAY_DISCLOSE: 'recipients may disclose it',
  AFTER_EMBARGO: 'recipients may disclose it after the embargo',
  WITH_SOURCE_CONSENT: 'recipients may disclose it only with the source’s consent',
  MUST_NOT_DISCLOSE: 'recipients must not disclose it',
};

/** The sentence written into the document's distribution text (CSAF `/document/distribution/text`). */
export function termsSentence(terms: HandlingTerms): string {
  const actions = terms.permittedActions.length > 0 ? terms.permittedActions.join(', ') : 'as the label allows';
  const credits = terms.attribution === 'anonymised' ? ' Sources are anonymised at the recipients’ request.' : '';
  return `Under the information-exchange agreements of its recipients, ${DISCLOSURE_TEXT[terms.disclosure]}; permitted actions: ${actions}.${credits}`;
}
