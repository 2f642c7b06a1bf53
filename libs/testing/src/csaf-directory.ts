import { createHash, randomUUID } from 'node:crypto';
import {
  buildCsafDocument,
  canonicalJson,
  csafFileName,
  csafYearFolder,
  loadPublicKeys,
  loadSigningKey,
  verifyCsafSignature,
  verifyHashes,
  type CsafAdvisoryInput,
  type CsafSigningKey,
} from '@csirt/csaf';
import type { Tlp } from '@csirt/contracts';
import * as openpgp from 'openpgp';

/**
 * Seeding and mirroring a CSAF provider directory in tests: releases built and signed with
 * libs/csaf exactly as delivery stores them in `csaf_document`, partner agreements as the
 * teams read model holds them, and a downloader that mirrors a directory the way CSAF
 * tooling does (metadata → keys → feeds → each document, its signature and hashes).
 */

/** Runs one SQL statement: a pg Client's or a TypeORM manager's `query`. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<unknown>;

/** A fresh OpenPGP signing key, as tools/csaf/generate-signing-key.mjs makes one. */
export async function createTestSigningKey(name = 'CSIRT test CSAF key'): Promise<CsafSigningKey> {
  const { privateKey } = await openpgp.generateKey({ userIDs: [{ name }], format: 'armored' });
  return loadSigningKey(privateKey);
}

export interface TestPartner {
  partnerId: string;
  code: string;
  tlpCeiling: Tlp;
  active: boolean;
}

/** Inserts a `partner_agreement` row. */
export async function insertPartnerAgreement(query: SqlQuery, partner: Partial<TestPartner> & { code: string; tlpCeiling: Tlp }): Promise<TestPartner> {
  const row: TestPartner = { partnerId: randomUUID(), active: true, ...partner };
  await query(
    `INSERT INTO partner_agreement (partner_id, code, name, active, tlp_ceiling, permitted_actions, disclosure, embargo_days, attribution, agreement_version, changed_at)
     VALUES ($1, $2, $3, $4, $5, '{}', 'MAY_DISCLOSE', NULL, 'MAY', 1, now())`,
    [row.partnerId, row.code, `Partner ${row.code}`, row.active, row.tlpCeiling],
  );
  return row;
}

export interface TestRelease {
  advisoryId: string;
  trackingId: string;
  tlp: Tlp;
  /** 1 for the first publication; the document's revision history has this many entries. */
  revision: number;
  action: 'PUBLISHED' | 'REVISED' | 'WITHDRAWN';
  recipients: string[];
  releasedAt: Date;
  /** Year of the first release (the document's year folder). */
  year: number;
}

/** The stored row of one release, and the exact text that was signed. */
export interface SeededRelease extends TestRelease {
  fileName: string;
  yearFolder: string;
  document: string;
  signature: string;
}

/** Builds, signs and inserts one release into `csaf_document`. */
export async function insertCsafRelease(query: SqlQuery, key: CsafSigningKey, spec: Partial<TestRelease> & { trackingId: string; tlp: Tlp }): Promise<SeededRelease> {
  const release: TestRelease = {
    advisoryId: randomUUID(),
    revision: 1,
    action: 'PUBLISHED',
    recipients: [],
    releasedAt: new Date(),
    year: 2026,
    ...spec,
  };
  const input: CsafAdvisoryInput = {
    kind: 'VULNERABILITY_ADVISORY',
    trackingId: release.trackingId,
    title: `Advisory ${release.trackingId}`,
    summary: `What ${release.trackingId} is about.`,
    body: 'Apply the vendor fix.',
    severity: 3,
    tlp: release.tlp,
    status: 'final',
    publisher: { name: 'Test CSIRT', namespace: 'https://csirt.example.org', category: 'coordinator' },
    revisionHistory: Array.from({ length: release.revision }, (_, index) => ({
      date: new Date(Date.UTC(release.year, 0, 10 + index, 9)).toISOString(),
      summary: index === 0 ? 'Initial release.' : `Revision ${index + 1}.`,
    })),
    ...(release.action === 'WITHDRAWN' ? { withdrawal: { reason: 'Published in error.' } } : {}),
  };
  const document = canonicalJson(buildCsafDocument(input));
  const bytes = Buffer.from(document, 'utf8');
  const signature = await key.sign(bytes);
  const tracking = JSON.parse(document).document.tracking as { initial_release_date: string };
  const seeded: SeededRelease = {
    ...release,
    fileName: csafFileName(release.trackingId),
    yearFolder: csafYearFolder(tracking.initial_release_date),
    document,
    signature,
  };
  await query(
    `INSERT INTO csaf_document (advisory_id, revision, tracking_id, action, tlp, file_name, year_folder, document, signature,
       signing_key_fingerprint, sha256, sha512, recipients, released_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      seeded.advisoryId,
      seeded.revision,
      seeded.trackingId,
      seeded.action,
      seeded.tlp,
      seeded.fileName,
      seeded.yearFolder,
      document,
      signature,
      key.fingerprint.toLowerCase(),
      createHash('sha256').update(bytes).digest('hex'),
      createHash('sha512').update(bytes).digest('hex'),
      seeded.recipients,
      seeded.releasedAt,
    ],
  );
  return seeded;
}

/** What one mirror run fetched and checked. */
export interface MirrorResult {
  metadata: Record<string, unknown>;
  /** Status of each feed listed in the metadata, by TLP label. */
  feeds: Record<string, number>;
  /** Documents fetched whose signature and both hashes verified, by tracking id: their version. */
  documents: Map<string, { url: string; version: string; status: string }>;
  /** What did not verify or could not be fetched, one line each. */
  failures: string[];
}

/**
 * Mirrors a provider directory like csaf_downloader: reads `provider-metadata.json`, loads
 * the public keys it lists, reads each ROLIE feed (a feed refused with 401/403 is skipped,
 * as the tool does), and fetches every entry with its `.asc`, `.sha256` and `.sha512`,
 * verifying the signature against the listed keys and both hashes. `rewrite` maps the
 * directory's public URLs to where the test can reach it.
 */
export async function mirrorCsafDirectory(
  metadataUrl: string,
  options: { headers?: Record<string, string>; rewrite?: (url: string) => string } = {},
): Promise<MirrorResult> {
  const get = (url: string) => fetch((options.rewrite ?? ((u) => u))(url), { headers: options.headers ?? {} });
  const failures: string[] = [];
  const metadataResponse = await get(metadataUrl);
  if (metadataResponse.status !== 200) throw new Error(`provider-metadata.json answered ${metadataResponse.status}`);
  const metadata = (await metadataResponse.json()) as {
    public_openpgp_keys: Array<{ url: string; fingerprint: string }>;
    distributions: Array<{ rolie?: { feeds: Array<{ tlp_label: string; url: string }> } }>;
  };
  const armoredKeys: string[] = [];
  for (const key of metadata.public_openpgp_keys) {
    const response = await get(key.url);
    if (response.status === 200) armoredKeys.push(await response.text());
    else failures.push(`key ${key.fingerprint}: ${response.status}`);
  }
  const ring = await loadPublicKeys(armoredKeys);
  const feeds: Record<string, number> = {};
  const documents: MirrorResult['documents'] = new Map();
  for (const feed of metadata.distributions.flatMap((d) => d.rolie?.feeds ?? [])) {
    const response = await get(feed.url);
    feeds[feed.tlp_label] = response.status;
    if (response.status !== 200) continue;
    const rolie = (await response.json()) as { feed: { entry: Array<{ id: string; link: Array<{ rel: string; href: string }> }> } };
    for (const entry of rolie.feed.entry) {
      const link = (rel: string, suffix = '') => entry.link.find((l) => l.rel === rel && l.href.endsWith(suffix))?.href;
      const url = link('self');
      const files = await Promise.all([url, link('signature'), link('hash', '.sha256'), link('hash', '.sha512')].map((href) => (href ? get(href) : undefined)));
      if (!url || files.some((f) => f?.status !== 200)) {
        failures.push(`${entry.id}: ${files.map((f) => f?.status ?? 'no link').join(',')}`);
        continue;
      }
      const [documentFile, signatureFile, sha256File, sha512File] = files as Response[];
      const bytes = new Uint8Array(await documentFile.arrayBuffer());
      const signature = await verifyCsafSignature(bytes, await signatureFile.text(), ring);
      const hashes = verifyHashes(bytes, { sha256: await sha256File.text(), sha512: await sha512File.text() });
      if (!signature.valid || !hashes.valid) {
        failures.push(`${entry.id}: signature ${signature.valid ? 'ok' : signature.reason}, hashes ${hashes.valid ? 'ok' : hashes.reason}`);
        continue;
      }
      const tracking = JSON.parse(Buffer.from(bytes).toString('utf8')).document.tracking as { id: string; version: string; status: string };
      if (tracking.id !== entry.id) failures.push(`${entry.id}: the document says ${tracking.id}`);
      documents.set(tracking.id, { url, version: tracking.version, status: tracking.status });
    }
  }
  return { metadata, feeds, documents, failures };
}
