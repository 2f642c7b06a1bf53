import { enqueueRawMessage } from '@csirt/messaging';
import {
  buildCsafDocument,
  CSAF_ERROR,
  CSAF_RELEASE_CONTENT_TYPE,
  CSAF_RELEASE_FORMAT,
  CSAF_RELEASE_FORMAT_VERSION,
  CsafError,
  csafFileName,
  csafHashFiles,
  csafTlpLabel,
  csafYearFolder,
  encodeCsafReleaseMessage,
  loadSigningKey,
  publishCsafDocument,
  tlpFolder,
  type CsafPublisherInput,
  type CsafReleaseAction,
  type CsafSigningKey,
} from '@csirt/csaf';
import type { EntityManager } from 'typeorm';
import { activeAgreements, agreementsByIds } from '../partners/partner-agreement';
import type { AdvisoryRelease, ReleaseDelivery } from './advisory-release';
import { planDelivery, termsSentence } from './delivery-plan';
import { DeliveryErrors } from './delivery.errors';

/** What delivery needs from the service's configuration (environment.ts `CSAF_*`). */
export interface PartnerDeliveryConfig {
  /** The CSAF `/document/publisher` of every document. */
  publisher: CsafPublisherInput;
  /** Public URL of the provider directory (`CSAF_BASE_URL`), e.g. `https://cert.example.org/.well-known/csaf`. */
  baseUrl: string;
  /** The current signing key; its public half is listed in provider-metadata.json. */
  signingKey: CsafSigningKey;
}

/**
 * Delivery as configured by the `CSAF_*` variables (environment.ts
 * `readCsafDeliveryEnvironment`). Unlocks the signing key now, so a wrong key or
 * passphrase stops the service at start, not at the first publication.
 */
export async function createPartnerDelivery(env: {
  baseUrl: string;
  publisher: CsafPublisherInput;
  armoredSigningKey: string;
  signingKeyPassphrase?: string;
}): Promise<PartnerDelivery> {
  const signingKey = await loadSigningKey(env.armoredSigningKey, env.signingKeyPassphrase);
  return new PartnerDelivery({ publisher: env.publisher, baseUrl: env.baseUrl, signingKey });
}

/** `event_type` of partner messages in the outbox (for operators; never sent). */
export const CSAF_RELEASE_OUTBOX_KIND = 'csaf.release';

const ACTION: Record<AdvisoryRelease['action'], CsafReleaseAction> = {
  PUBLISHED: 'published',
  REVISED: 'revised',
  WITHDRAWN: 'withdrawn',
};

/**
 * Releases announcements to partner CSIRTs over Kafka, inside the authoring transaction:
 * decides the topics and terms per partner (`planDelivery`), builds one CSAF 2.0 document
 * for the release, signs and hashes its exact bytes, stores it in `csaf_document` (which
 * the provider directory serves) and writes one `CsafReleaseMessage` per topic to the
 * outbox. Everything commits with the state change or not at all; the relay then sends
 * each message once per topic (an interrupted publish is sent after restart, and
 * partners drop a redelivery by tracking id and version).
 *
 * A release nobody outside receives (constituencies only) stores and sends nothing.
 */
export class PartnerDelivery implements ReleaseDelivery {
  constructor(private readonly config: PartnerDeliveryConfig) {}

  /** The key that signs what is released now; the provider directory lists its public half. */
  get signingKey(): Pick<CsafSigningKey, 'fingerprint' | 'armoredPublicKey'> {
    return this.config.signingKey;
  }

  async deliver(manager: EntityManager, release: AdvisoryRelease): Promise<void> {
    const tlp = release.document.tlp;
    const addressed = await agreementsByIds(manager, release.audience.partnerIds);
    const community = release.audience.community ? await activeAgreements(manager) : [];
    const plan = planDelivery({ tlp, audience: release.audience, releasedAt: release.releasedAt }, addressed, community);
    if (plan.targets.length === 0) return;

    const authorTerms = release.document.disclosure;
    const embargoUntil = plan.documentTerms.embargoUntil ?? authorTerms?.embargoUntil;
    let document;
    try {
      document = buildCsafDocument(
        {
          ...release.document,
          publisher: this.config.publisher,
          disclosure: {
            ...(embargoUntil ? { embargoUntil } : {}),
            terms: [authorTerms?.terms, termsSentence(plan.documentTerms)].filter(Boolean).join(' '),
          },
        },
        { anonymiseAcknowledgements: plan.anonymise },
      );
    } catch (error) {
      if (error instanceof CsafError && error.code === CSAF_ERROR.INVALID_INPUT) throw DeliveryErrors.csafInvalid(error.message);
      throw error;
    }
    const tracking = document.document.tracking;
    if (tracking.version !== String(release.revision)) {
      // A programming error in the caller, not the author's: the numbering must agree.
      throw new Error(`release revision ${release.revision} but its revision history makes version ${tracking.version}`);
    }

    const published = await publishCsafDocument(document, this.config.signingKey);
    const text = new TextDecoder().decode(published.bytes);
    const fileName = csafFileName(tracking.id);
    const yearFolder = csafYearFolder(tracking.initial_release_date);
    const hashes = csafHashFiles(published.bytes, fileName);
    const sha256 = hashes.sha256.split(' ')[0];
    const sha512 = hashes.sha512.split(' ')[0];
    const url = `${this.config.baseUrl.replace(/\/+$/, '')}/${tlpFolder(csafTlpLabel(tlp))}/${yearFolder}/${fileName}`;
    const releasedAt = release.releasedAt.toISOString();

    await manager.query(
      `INSERT INTO csaf_document (advisory_id, revision, tracking_id, action, tlp, file_name, year_folder, document, signature,
         signing_key_fingerprint, sha256, sha512, recipients, released_at, url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        release.advisoryId,
        release.revision,
        tracking.id,
        release.action,
        tlp,
        fileName,
        yearFolder,
        text,
        published.signature,
        this.config.signingKey.fingerprint,
        sha256,
        sha512,
        plan.recipients,
        releasedAt,
        url,
      ],
    );

    for (const target of plan.targets) {
      const value = encodeCsafReleaseMessage({
        format: CSAF_RELEASE_FORMAT,
        formatVersion: CSAF_RELEASE_FORMAT_VERSION,
        action: ACTION[release.action],
        trackingId: tracking.id,
        version: tracking.version,
        tlp,
        fileName,
        url,
        document: text,
        signature: published.signature,
        signingKeyFingerprint: this.config.signingKey.fingerprint.toLowerCase(),
        sha256,
        sha512,
        handling: { tlp, ...target.terms },
        releasedAt,
      });
      await enqueueRawMessage(manager, CSAF_RELEASE_OUTBOX_KIND, {
        topic: target.topic,
        key: tracking.id,
        value,
        contentType: CSAF_RELEASE_CONTENT_TYPE,
        tlp,
      });
    }
  }
}
