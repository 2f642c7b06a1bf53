import { randomUUID } from 'node:crypto';
import type { Tlp } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import type { AdvisoryRelease } from '../advisory-release';

/** Test helpers for delivery specs (real Postgres and Kafka; nothing here is mocked). */

export interface SeededPartner {
  partnerId: string;
  code: string;
}

/**
 * Makes the dev partner `code` (its Kafka principal exists on the test broker) known to
 * announcements with the given agreement, as teams' v2 event would. Upserts by code, as
 * several suites share the test database and the dev partners.
 */
export async function seedPartner(
  manager: EntityManager,
  code: string,
  agreement: {
    tlpCeiling: Tlp;
    disclosure?: string;
    embargoDays?: number | null;
    attribution?: 'MUST' | 'MAY' | 'MUST_NOT';
    permittedActions?: string[];
    active?: boolean;
  },
): Promise<SeededPartner> {
  const [row] = await manager.query(
    `INSERT INTO partner_agreement (partner_id, code, name, active, tlp_ceiling, permitted_actions, disclosure, embargo_days, attribution, agreement_version, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, now())
     ON CONFLICT (code) DO UPDATE SET active = EXCLUDED.active, tlp_ceiling = EXCLUDED.tlp_ceiling, permitted_actions = EXCLUDED.permitted_actions,
       disclosure = EXCLUDED.disclosure, embargo_days = EXCLUDED.embargo_days, attribution = EXCLUDED.attribution
     RETURNING partner_id`,
    [
      randomUUID(),
      code,
      `Partner CSIRT ${code}`,
      agreement.active ?? true,
      agreement.tlpCeiling,
      agreement.permittedActions ?? ['CONTACT_FOR_INSTRUCTION', 'INTERNALLY_VISIBLE_ACTIONS'],
      agreement.disclosure ?? 'MAY_DISCLOSE',
      agreement.embargoDays ?? null,
      agreement.attribution ?? 'MAY',
    ],
  );
  return { partnerId: row.partner_id, code };
}

/**
 * The agreements of the dev partners (principals on the test broker; their ACLs follow
 * infra/kafka/dev-partners.properties). Every suite seeds them with these same terms, as
 * suites run concurrently on one database: alpha may receive up to RED, waits for an
 * embargo and may not be credited; bravo stops at GREEN.
 */
export const DEV_PARTNER_AGREEMENTS = {
  alpha: { tlpCeiling: 'RED', disclosure: 'AFTER_EMBARGO', embargoDays: 14, attribution: 'MUST_NOT' },
  bravo: { tlpCeiling: 'GREEN', disclosure: 'MAY_DISCLOSE', attribution: 'MUST' },
} as const;

export function seedDevPartner(manager: EntityManager, code: keyof typeof DEV_PARTNER_AGREEMENTS): Promise<SeededPartner> {
  return seedPartner(manager, code, DEV_PARTNER_AGREEMENTS[code]);
}

/** A unique tracking id per call, so suites sharing topics tell their messages apart. */
export function newTrackingId(): string {
  return `CSIRT-2026-T${randomUUID().slice(0, 8).toUpperCase()}`;
}

/** A first publication (revision 1) of a vulnerability advisory with a credited and an anonymous contributor. */
export function releaseOf(tlp: Tlp, audience: Partial<AdvisoryRelease['audience']>, overrides: Partial<AdvisoryRelease> = {}): AdvisoryRelease {
  const releasedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
  return {
    advisoryId: randomUUID(),
    action: 'PUBLISHED',
    revision: 1,
    document: {
      kind: 'VULNERABILITY_ADVISORY',
      trackingId: newTrackingId(),
      title: 'Remote code execution in Example Gateway',
      summary: 'A crafted request lets an unauthenticated attacker run code on Example Gateway.',
      body: 'Example Gateway before 2.4.2 does not check the length of the Host header.',
      severity: 4,
      tlp,
      status: 'final',
      revisionHistory: [{ date: releasedAt.toISOString(), summary: 'Initial release.' }],
      cveIds: ['CVE-2026-12345'],
      affectedProducts: [{ vendor: 'Example Corp', product: 'Example Gateway', affectedVersions: ['< 2.4.2'], fixedVersions: ['2.4.2'] }],
      remediations: [{ category: 'vendor_fix', details: 'Update to 2.4.2.', url: 'https://example.com/gateway/2.4.2' }],
      acknowledgements: [
        { attribution: 'credited', names: ['Ada Lovelace'], organization: 'Analytical CERT' },
        { attribution: 'anonymised', names: ['Secret Person'] },
      ],
    },
    audience: { community: false, partnerIds: [], constituencyIds: [], ...audience },
    releasedAt,
    ...overrides,
  };
}

/** The next release of the same advisory: one more revision-history entry. */
export function nextRelease(previous: AdvisoryRelease, action: 'REVISED' | 'WITHDRAWN', summary: string): AdvisoryRelease {
  const releasedAt = new Date(previous.releasedAt.getTime() + 60_000);
  return {
    ...previous,
    action,
    revision: previous.revision + 1,
    releasedAt,
    document: {
      ...previous.document,
      revisionHistory: [...previous.document.revisionHistory, { date: releasedAt.toISOString(), summary }],
      ...(action === 'WITHDRAWN' ? { withdrawal: { reason: summary } } : {}),
    },
  };
}
