import type { Tlp } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import type { PartnerAgreementView, ReleaseAddressing } from './release-audience';

/** One row of `csaf_document`: a release exactly as it was signed. */
export interface ReleasedDocument extends ReleaseAddressing {
  advisoryId: string;
  revision: number;
  trackingId: string;
  action: 'PUBLISHED' | 'REVISED' | 'WITHDRAWN';
  fileName: string;
  yearFolder: string;
  releasedAt: Date;
}

export interface ReleasedDocumentContent extends ReleasedDocument {
  /** The exact text that was signed and hashed. */
  document: string;
  signature: string;
}

interface Row {
  advisory_id: string;
  revision: number;
  tracking_id: string;
  action: ReleasedDocument['action'];
  tlp: Tlp;
  file_name: string;
  year_folder: string;
  recipients: string[];
  released_at: Date;
  document?: string;
  signature?: string;
}

const COLUMNS = 'advisory_id, revision, tracking_id, action, tlp, file_name, year_folder, recipients, released_at';

// The current release of each document: a revision replaces its predecessor everywhere
// (a withdrawal too, whose last revision says withdrawn), and its label and addressees
// decide who sees it, whatever the earlier revisions said.
const LATEST = (columns: string, where = 'TRUE') =>
  `SELECT * FROM (SELECT DISTINCT ON (advisory_id) ${columns} FROM csaf_document WHERE ${where} ORDER BY advisory_id, revision DESC) latest`;

/** The current release of every document labelled one of `labels` (without its text). */
export async function latestReleases(manager: EntityManager, labels: readonly Tlp[]): Promise<ReleasedDocument[]> {
  // The label of the latest revision decides, so it is filtered after choosing it.
  const rows: Row[] = await manager.query(`${LATEST(COLUMNS)} WHERE tlp = ANY($1)`, [labels]);
  return rows.map(toReleased);
}

/** The signed text of these releases (advisory id and revision). */
export async function releaseContents(manager: EntityManager, releases: readonly ReleasedDocument[]): Promise<ReleasedDocumentContent[]> {
  const rows: Row[] = await manager.query(
    `SELECT ${COLUMNS}, document, signature FROM csaf_document
      WHERE (advisory_id, revision) IN (SELECT * FROM unnest($1::uuid[], $2::integer[]))`,
    [releases.map((r) => r.advisoryId), releases.map((r) => r.revision)],
  );
  return rows.map((row) => toReleased(row) as ReleasedDocumentContent);
}

/** The current release published under `<yearFolder>/<fileName>`, if any. */
export async function latestReleaseAt(manager: EntityManager, yearFolder: string, fileName: string): Promise<ReleasedDocumentContent | null> {
  // A document keeps its name and year folder through its revisions, so filtering before
  // choosing the latest revision is the same answer, without reading every document.
  const rows: Row[] = await manager.query(LATEST(`${COLUMNS}, document, signature`, 'year_folder = $1 AND file_name = $2'), [yearFolder, fileName]);
  // Two documents under one name would be a producer bug; serving neither is the safe answer.
  return rows.length === 1 ? (toReleased(rows[0]) as ReleasedDocumentContent) : null;
}

/** Every release of each advisory, oldest first. */
export async function releasesOf(manager: EntityManager, advisoryIds: readonly string[]): Promise<Map<string, ReleasedDocument[]>> {
  const rows: Row[] = await manager.query(`SELECT ${COLUMNS} FROM csaf_document WHERE advisory_id = ANY($1) ORDER BY advisory_id, revision`, [
    advisoryIds,
  ]);
  const byAdvisory = new Map<string, ReleasedDocument[]>();
  for (const row of rows) {
    const list = byAdvisory.get(row.advisory_id) ?? [];
    list.push(toReleased(row));
    byAdvisory.set(row.advisory_id, list);
  }
  return byAdvisory;
}

/** Every release of the document with this tracking id, oldest first. */
export async function releasesByTrackingId(manager: EntityManager, trackingId: string): Promise<ReleasedDocument[]> {
  const rows: Row[] = await manager.query(`SELECT ${COLUMNS} FROM csaf_document WHERE tracking_id = $1 ORDER BY revision`, [trackingId]);
  return rows.map(toReleased);
}

function toReleased(row: Row): ReleasedDocument | ReleasedDocumentContent {
  return {
    advisoryId: row.advisory_id,
    revision: row.revision,
    trackingId: row.tracking_id,
    action: row.action,
    tlp: row.tlp,
    fileName: row.file_name,
    yearFolder: row.year_folder,
    recipients: row.recipients,
    releasedAt: row.released_at,
    ...(row.document !== undefined ? { document: row.document, signature: row.signature } : {}),
  };
}

interface PartnerRow {
  partner_id: string;
  code: string;
  name: string;
  active: boolean;
  tlp_ceiling: Tlp;
}

const PARTNER_COLUMNS = 'partner_id, code, name, active, tlp_ceiling';

/** The partner whose tokens carry `partner_id` = `code`, if its agreement is known. */
export async function partnerByCode(manager: EntityManager, code: string): Promise<PartnerAgreementView | null> {
  const rows: PartnerRow[] = await manager.query(`SELECT ${PARTNER_COLUMNS} FROM partner_agreement WHERE code = $1`, [code]);
  return rows[0] ? toPartner(rows[0]) : null;
}

/** Every partner agreement, by code. */
export async function allPartners(manager: EntityManager): Promise<PartnerAgreementView[]> {
  const rows: PartnerRow[] = await manager.query(`SELECT ${PARTNER_COLUMNS} FROM partner_agreement ORDER BY code`);
  return rows.map(toPartner);
}

function toPartner(row: PartnerRow): PartnerAgreementView {
  return { partnerId: row.partner_id, code: row.code, name: row.name, active: row.active, tlpCeiling: row.tlp_ceiling };
}
