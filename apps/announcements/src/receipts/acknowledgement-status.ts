import { isReleasedTo, type PartnerAgreementView } from '../directory/release-audience';
import type { ReleasedDocument } from '../directory/released-documents';

/** One `advisory_acknowledgement` row. */
export interface AcknowledgementRecord {
  advisoryId: string;
  partnerId: string;
  firstAcknowledgedAt: Date;
  revision: number;
  revisionAcknowledgedAt: Date;
}

/** Advisory.acknowledgements, one entry per partner. */
export interface AcknowledgementStatus {
  partner: { id: string };
  partnerCode: string;
  acknowledged: boolean;
  upToDate: boolean;
  firstAcknowledgedAt: Date | null;
  acknowledgedVersion: number | null;
  acknowledgedAt: Date | null;
  waitingSince: Date | null;
}

/**
 * Who an advisory's current release went to, and where each of them stands. The
 * addressees are decided as for delivery and the directory (`isReleasedTo`, from the
 * newest release and each partner's agreement today); a partner that acknowledged and is no
 * longer an addressee (its agreement changed) is still listed: it did receive the advisory.
 * `releases` oldest first.
 */
export function acknowledgementStatusesOf(
  releases: readonly ReleasedDocument[],
  partners: readonly PartnerAgreementView[],
  acknowledgements: readonly AcknowledgementRecord[],
): AcknowledgementStatus[] {
  const latest = releases.at(-1);
  if (!latest) return [];
  const byPartner = new Map(acknowledgements.map((ack) => [ack.partnerId, ack]));
  return partners
    .filter((partner) => isReleasedTo(partner, latest) || byPartner.has(partner.partnerId))
    .map((partner) => {
      const ack = byPartner.get(partner.partnerId);
      const acknowledged = ack?.revision ?? 0;
      const upToDate = acknowledged >= latest.revision;
      // The oldest release it has not acknowledged that was meant for it; the newest one
      // at least, which is why it is listed.
      const waiting = releases.find((release) => release.revision > acknowledged && isReleasedTo(partner, release)) ?? latest;
      return {
        partner: { id: partner.partnerId },
        partnerCode: partner.code,
        acknowledged: ack !== undefined,
        upToDate,
        firstAcknowledgedAt: ack?.firstAcknowledgedAt ?? null,
        acknowledgedVersion: ack?.revision ?? null,
        acknowledgedAt: ack?.revisionAcknowledgedAt ?? null,
        waitingSince: upToDate ? null : waiting.releasedAt,
      };
    })
    .sort((a, b) => a.partnerCode.localeCompare(b.partnerCode));
}
