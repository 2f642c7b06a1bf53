import type { Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import { AdvisoryErrors } from '../advisories/advisory.errors';
import { isReleasedTo } from '../directory/release-audience';
import { partnerByCode, releasesByTrackingId } from '../directory/released-documents';
import { recordAcknowledgement } from './acknowledgement.repository';
import { ReceiptErrors } from './receipt.errors';

export interface AcknowledgementReceipt {
  trackingId: string;
  version: number;
  firstAcknowledgedAt: Date;
  acknowledgedAt: Date;
  latestVersion: number;
}

const MAX_TRACKING_ID = 200;

/**
 * A partner CSIRT says it received an advisory. Only for an advisory whose current release
 * went to that partner; any other advisory is answered as a missing one, so a partner
 * cannot probe tracking ids it was not given.
 */
export async function acknowledgeAdvisory(
  manager: EntityManager,
  input: { caller: Principal; trackingId: string; version?: number | null },
): Promise<AcknowledgementReceipt> {
  const code = input.caller.partnerId;
  if (!code) throw ReceiptErrors.partnerTokenRequired();
  if (input.trackingId.length === 0 || input.trackingId.length > MAX_TRACKING_ID) {
    throw ReceiptErrors.invalidInput('trackingId', `a tracking id has 1 to ${MAX_TRACKING_ID} characters`);
  }
  if (input.version !== undefined && input.version !== null && input.version < 1) {
    throw ReceiptErrors.invalidInput('version', 'versions are numbered from 1');
  }
  const partner = await partnerByCode(manager, code);
  const releases = await releasesByTrackingId(manager, input.trackingId);
  const latest = releases.at(-1);
  if (!partner || !latest || !isReleasedTo(partner, latest)) throw AdvisoryErrors.notFound(input.trackingId);
  const revision = input.version ?? latest.revision;
  if (!releases.some((release) => release.revision === revision)) throw ReceiptErrors.unknownVersion(input.trackingId, revision, latest.revision);

  const record = await recordAcknowledgement(manager, { advisoryId: latest.advisoryId, partnerId: partner.partnerId, revision, by: input.caller.subject });
  return {
    trackingId: latest.trackingId,
    version: record.revision,
    firstAcknowledgedAt: record.firstAcknowledgedAt,
    acknowledgedAt: record.revisionAcknowledgedAt,
    latestVersion: latest.revision,
  };
}
