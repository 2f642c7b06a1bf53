import type { AdvisoryQuery, RemediationCategory, Tlp, UpdateAdvisoryInput } from '../generated/graphql';

type Advisory = NonNullable<AdvisoryQuery['advisory']>;

export const REMEDIATION_CATEGORIES: RemediationCategory[] = ['VENDOR_FIX', 'MITIGATION', 'WORKAROUND', 'NONE_AVAILABLE', 'NO_FIX_PLANNED'];

/**
 * The advisory edit form's fields as text. Lists are one item a line, parts split by "|" and
 * values within a part by ",", so a whole draft fits native inputs (keyboard, screen readers)
 * without a widget per item.
 */
export interface DraftFields {
  title: string;
  summary: string;
  body: string;
  severity: string;
  tlp: Tlp;
  legallySensitive: boolean;
  community: boolean;
  partnerIds: string[];
  constituencyIds: string[];
  noticeTitle: string;
  noticeSummary: string;
  noticeBody: string;
  cveIds: string;
  products: string;
  remediations: string;
  references: string;
  credits: string;
}

const join = (values: readonly string[]) => values.join(', ');
const list = (text: string) => text.split(',').map((value) => value.trim()).filter(Boolean);
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const parts = (line: string) => line.split('|').map((part) => part.trim());

/** The form's starting values: what the advisory holds now. */
export function fieldsOf(advisory: Advisory): DraftFields {
  return {
    title: advisory.title,
    summary: advisory.summary,
    body: advisory.body ?? '',
    severity: String(advisory.severity),
    tlp: advisory.tlp,
    legallySensitive: advisory.legallySensitive,
    community: advisory.audience.community,
    partnerIds: [...advisory.audience.partnerIds],
    constituencyIds: [...advisory.audience.constituencyIds],
    noticeTitle: advisory.customerNotice?.title ?? '',
    noticeSummary: advisory.customerNotice?.summary ?? '',
    noticeBody: advisory.customerNotice?.body ?? '',
    cveIds: advisory.cveIds.join('\n'),
    products: advisory.affectedProducts
      .map((p) => [p.vendor, p.product, join(p.affectedVersions), join(p.fixedVersions)].join(' | '))
      .join('\n'),
    remediations: advisory.remediations.map((r) => [r.category, r.details, r.url ?? ''].join(' | ')).join('\n'),
    references: advisory.references.map((r) => `${r.url} | ${r.summary}`).join('\n'),
    credits: advisory.credits.map((c) => [join(c.names), c.organization ?? '', c.summary ?? ''].join(' | ')).join('\n'),
  };
}

/** A line the form cannot read, said for people (the API checks everything else). */
export class DraftFieldError extends Error {}

/** The update to send; every field is sent, the API validates (and says what is wrong in words). */
export function updateOf(fields: DraftFields): UpdateAdvisoryInput {
  const notice = [fields.noticeTitle, fields.noticeSummary, fields.noticeBody].some((value) => value.trim());
  return {
    title: fields.title,
    summary: fields.summary,
    body: fields.body,
    severity: Number(fields.severity),
    tlp: fields.tlp,
    legallySensitive: fields.legallySensitive,
    audience: { community: fields.community, partnerIds: fields.partnerIds, constituencyIds: fields.constituencyIds },
    ...(notice ? { customerNotice: { title: fields.noticeTitle, summary: fields.noticeSummary, body: fields.noticeBody } } : {}),
    cveIds: lines(fields.cveIds),
    affectedProducts: lines(fields.products).map((line, index) => {
      const [vendor, product, affected = '', fixed = ''] = parts(line);
      if (!vendor || !product) throw new DraftFieldError(`Affected products, line ${index + 1}: give at least "vendor | product".`);
      return { vendor, product, affectedVersions: list(affected), fixedVersions: list(fixed) };
    }),
    remediations: lines(fields.remediations).map((line, index) => {
      const [category, details, url] = parts(line);
      if (!REMEDIATION_CATEGORIES.includes(category as RemediationCategory) || !details) {
        throw new DraftFieldError(
          `Remediations, line ${index + 1}: start with one of ${REMEDIATION_CATEGORIES.join(', ')}, then "| what to do".`,
        );
      }
      return { category: category as RemediationCategory, details, ...(url ? { url } : {}) };
    }),
    references: lines(fields.references).map((line, index) => {
      const [url, summary] = parts(line);
      if (!url || !summary) throw new DraftFieldError(`References, line ${index + 1}: give "URL | what is found there".`);
      return { url, summary };
    }),
    credits: lines(fields.credits).map((line) => {
      const [names = '', organization, summary] = parts(line);
      return { names: list(names), ...(organization ? { organization } : {}), ...(summary ? { summary } : {}) };
    }),
  };
}
