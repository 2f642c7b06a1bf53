import { formatTlp, type Tlp } from '@csirt/contracts';

/** The TLP labels CSAF 2.0 knows (`/document/distribution/tlp/label`). */
export const CSAF_TLP_LABELS = ['WHITE', 'GREEN', 'AMBER', 'RED'] as const;
export type CsafTlpLabel = (typeof CSAF_TLP_LABELS)[number];

/**
 * CSAF 2.0 was written against TLP 1.0, so its schema accepts WHITE, GREEN, AMBER and RED
 * only. TLP 2.0's CLEAR is TLP 1.0's WHITE renamed, so it maps one to one. AMBER+STRICT has
 * no TLP 1.0 equivalent: AMBER is the nearest label the schema allows, and the stricter
 * TLP 2.0 label is written in the distribution text (see `distributionText`) so a reader
 * still sees "do not share beyond your own organisation". Mapping it up to RED instead
 * would tell recipients they may not act on it inside their organisation, which is wrong.
 */
const CSAF_LABEL_OF: Record<Tlp, CsafTlpLabel> = {
  CLEAR: 'WHITE',
  GREEN: 'GREEN',
  AMBER: 'AMBER',
  AMBER_STRICT: 'AMBER',
  RED: 'RED',
};

export function csafTlpLabel(tlp: Tlp): CsafTlpLabel {
  return CSAF_LABEL_OF[tlp];
}

/** The URL CSAF's schema gives as the default TLP definition. */
export const TLP_DEFINITION_URL = 'https://www.first.org/tlp/';

/**
 * The first sentence of `/document/distribution/text`: always the TLP 2.0 label, because
 * the CSAF label alone cannot say AMBER+STRICT or CLEAR.
 */
export function tlpDistributionSentence(tlp: Tlp): string {
  return `${formatTlp(tlp)} (FIRST TLP 2.0; labelled ${csafTlpLabel(tlp)} for CSAF 2.0, which uses TLP 1.0 labels).`;
}
