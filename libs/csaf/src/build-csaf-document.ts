import type { Severity } from '@csirt/contracts';
import { canonicalJson } from './canonical-json';
import { CSAF_ERROR, CsafError } from './csaf.errors';
import {
  CsafAdvisoryInputSchema,
  type AnnouncementKind,
  type BuildCsafOptions,
  type CsafAcknowledgementInput,
  type CsafAdvisoryInput,
} from './csaf-input';
import { csafTlpLabel, TLP_DEFINITION_URL, tlpDistributionSentence } from './csaf-tlp';

/** A CSAF 2.0 document as JSON data; serialise it with `canonicalJson` before signing. */
export type CsafDocument = {
  document: Record<string, unknown> & { category: string; tracking: CsafTracking; title: string };
  product_tree?: Record<string, unknown>;
  vulnerabilities?: Array<Record<string, unknown>>;
};

export interface CsafTracking {
  id: string;
  initial_release_date: string;
  current_release_date: string;
  status: string;
  version: string;
  revision_history: Array<{ date: string; number: string; summary: string }>;
}

const KIND_TEXT: Record<AnnouncementKind, string> = {
  THREAT_ALERT: 'Threat alert',
  VULNERABILITY_ADVISORY: 'Vulnerability advisory',
  INCIDENT_NOTIFICATION: 'Incident notification',
  TECHNOLOGY_WATCH: 'Technology watch',
  EDUCATION: 'Education and FAQ',
};

/** The affected range of a product for which only fixed versions were given. */
export const ALL_BUT_FIXED = 'all versions without the fix';

const SEVERITY_TEXT: Record<Severity, string> = { 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Critical' };

/** What an anonymised acknowledgement says instead of the names the author typed. */
export const ANONYMOUS_ACKNOWLEDGEMENT = 'A contributor who asked not to be named.';

/**
 * Builds an OASIS CSAF 2.0 document from an announcement. With affected products it is a
 * `csaf_security_advisory` (product tree, one vulnerability per CVE, product status and
 * remediations); otherwise `csaf_base`, whose CVEs and remediations are still stated.
 * The same input always gives an equal document; `canonicalJson` then gives equal bytes.
 *
 * @throws CsafError `CSAF.INVALID_INPUT` when the input breaks `CsafAdvisoryInputSchema`.
 */
export function buildCsafDocument(raw: CsafAdvisoryInput, options: BuildCsafOptions = {}): CsafDocument {
  const parsed = CsafAdvisoryInputSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CsafError(CSAF_ERROR.INVALID_INPUT, `${first?.path.join('.') || 'input'}: ${first?.message ?? 'invalid'}`);
  }
  const input = parsed.data;
  const products = productTree(input.affectedProducts ?? []);
  const cves = [...new Set(input.cveIds ?? [])];
  const revisions = revisionHistory(input.revisionHistory);
  const current = revisions[revisions.length - 1];
  const withdrawn = input.withdrawal !== undefined;

  const document: CsafDocument['document'] = {
    category: products.affectedIds.length > 0 ? 'csaf_security_advisory' : 'csaf_base',
    csaf_version: '2.0',
    title: withdrawn ? `WITHDRAWN: ${input.title}` : input.title,
    lang: input.lang ?? 'en',
    publisher: {
      category: input.publisher.category,
      name: input.publisher.name,
      namespace: input.publisher.namespace,
      contact_details: input.publisher.contactDetails,
      issuing_authority: input.publisher.issuingAuthority,
    },
    tracking: {
      id: input.trackingId,
      initial_release_date: revisions[0].date,
      current_release_date: current.date,
      status: input.status,
      version: current.number,
      revision_history: revisions,
    },
    distribution: {
      text: distributionText(input),
      tlp: { label: csafTlpLabel(input.tlp), url: TLP_DEFINITION_URL },
    },
    aggregate_severity: { text: SEVERITY_TEXT[input.severity] },
    notes: documentNotes(input, products.affectedIds.length === 0),
    references: nonEmpty(
      (input.references ?? []).map((r) => ({ category: 'external', summary: r.summary, url: r.url })),
    ),
    acknowledgments: nonEmpty(
      (input.acknowledgements ?? []).map((a) => acknowledgement(a, options.anonymiseAcknowledgements === true)),
    ),
  };

  const result: CsafDocument = { document };
  if (products.affectedIds.length > 0) {
    result.product_tree = { branches: products.branches };
    result.vulnerabilities = vulnerabilities(input, cves, products);
  } else if (cves.length > 0) {
    // Without products there is no product status to state; the CVEs are still named.
    result.vulnerabilities = cves.map((cve) => ({ cve, notes: [descriptionNote(input.summary)] }));
  }
  // A plain, key-sorted object with no undefined members: what validators and serialisers see alike.
  return JSON.parse(canonicalJson(result)) as CsafDocument;
}

function revisionHistory(entries: Array<{ date: string; summary: string }>): CsafTracking['revision_history'] {
  // Sorted by date before numbering, so numbers ascend with dates (CSAF tests 6.1.14, 6.1.16, 6.1.21).
  return entries
    .map((entry, index) => ({ ...entry, date: new Date(entry.date).toISOString(), index }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index)
    .map((entry, position) => ({ date: entry.date, number: String(position + 1), summary: entry.summary }));
}

function distributionText(input: CsafAdvisoryInput): string {
  const sentences = [tlpDistributionSentence(input.tlp)];
  if (input.disclosure?.embargoUntil) {
    sentences.push(`Embargoed until ${new Date(input.disclosure.embargoUntil).toISOString()}: do not disclose before then.`);
  }
  if (input.disclosure?.terms) sentences.push(input.disclosure.terms);
  return sentences.join(' ');
}

function documentNotes(input: CsafAdvisoryInput, withoutProducts: boolean): Array<Record<string, string>> {
  const notes: Array<Record<string, string>> = [];
  if (input.withdrawal) notes.push({ category: 'general', title: 'Withdrawn', text: input.withdrawal.reason });
  notes.push({ category: 'general', title: 'Announcement type', text: KIND_TEXT[input.kind] });
  notes.push({ category: 'summary', title: 'Summary', text: input.summary });
  notes.push({ category: 'details', title: 'Details', text: input.body });
  // Remediations need product ids in CSAF; without products they are stated as a note.
  if (withoutProducts) {
    for (const remediation of input.remediations ?? []) {
      const link = remediation.url ? ` (${remediation.url})` : '';
      notes.push({ category: 'general', title: `Remediation: ${remediation.category}`, text: `${remediation.details}${link}` });
    }
  }
  return notes;
}

function descriptionNote(summary: string): Record<string, string> {
  return { category: 'description', title: 'Description', text: summary };
}

function acknowledgement(ack: CsafAcknowledgementInput, anonymiseAll: boolean): Record<string, unknown> {
  if (anonymiseAll || ack.attribution === 'anonymised') return { summary: ANONYMOUS_ACKNOWLEDGEMENT };
  const credited = {
    names: nonEmpty(ack.names ?? []),
    organization: ack.organization,
    summary: ack.summary,
    urls: nonEmpty(ack.urls ?? []),
  };
  // CSAF requires at least one property; a credit with nothing in it thanks someone unnamed.
  return Object.values(credited).some((v) => v !== undefined) ? credited : { summary: ANONYMOUS_ACKNOWLEDGEMENT };
}

interface ProductTree {
  branches: Array<Record<string, unknown>>;
  affectedIds: string[];
  fixedIds: string[];
}

/**
 * vendor → product_name → product_version | product_version_range, with product ids
 * `CSAFPID-0001`… assigned in input order, so the same input names the same ids.
 */
function productTree(affected: NonNullable<CsafAdvisoryInput['affectedProducts']>): ProductTree {
  const tree: ProductTree = { branches: [], affectedIds: [], fixedIds: [] };
  const vendors = new Map<string, Map<string, { affected: string[]; fixed: string[] }>>();
  for (const entry of affected) {
    const products = vendors.get(entry.vendor) ?? new Map<string, { affected: string[]; fixed: string[] }>();
    vendors.set(entry.vendor, products);
    const versions = products.get(entry.product) ?? { affected: [], fixed: [] };
    products.set(entry.product, versions);
    versions.affected.push(...(entry.affectedVersions ?? []));
    versions.fixed.push(...(entry.fixedVersions ?? []));
  }
  let next = 1;
  const newId = () => `CSAFPID-${String(next++).padStart(4, '0')}`;
  for (const [vendor, products] of vendors) {
    const productBranches: Array<Record<string, unknown>> = [];
    for (const [name, versions] of products) {
      const affectedVersions = [...new Set(versions.affected)];
      const fixedVersions = [...new Set(versions.fixed)].filter((v) => !affectedVersions.includes(v));
      if (affectedVersions.length === 0 && fixedVersions.length === 0) {
        // The product as a whole is affected: the product_name branch is the leaf.
        const id = newId();
        tree.affectedIds.push(id);
        productBranches.push({ category: 'product_name', name, product: { name: `${vendor} ${name}`, product_id: id } });
        continue;
      }
      // A branch holds either a product or branches (CSAF schema), so "affected, fixed in 2.1"
      // is written as a range leaf beside the fixed versions.
      if (affectedVersions.length === 0) affectedVersions.push(ALL_BUT_FIXED);
      const branches = [
        ...affectedVersions.map((version) => versionBranch(vendor, name, version, newId, tree.affectedIds)),
        ...fixedVersions.map((version) => versionBranch(vendor, name, version, newId, tree.fixedIds)),
      ];
      productBranches.push({ category: 'product_name', name, branches });
    }
    tree.branches.push({ category: 'vendor', name: vendor, branches: productBranches });
  }
  return tree;
}

function versionBranch(vendor: string, product: string, version: string, newId: () => string, ids: string[]): Record<string, unknown> {
  const id = newId();
  ids.push(id);
  return {
    category: isVersionRange(version) ? 'product_version_range' : 'product_version',
    name: version,
    product: { name: `${vendor} ${product} ${version}`, product_id: id },
  };
}

/**
 * Whether a version string names a range. The same vocabulary as CSAF mandatory test
 * 6.1.31, which rejects such a string in a `product_version` branch, plus `vers:` ranges.
 */
export function isVersionRange(version: string): boolean {
  const lower = version.toLowerCase();
  if (lower.startsWith('vers:') || ['<', '>'].some((c) => lower.includes(c))) return true;
  const words = lower.split(/\s/);
  return ['after', 'all', 'before', 'earlier', 'later', 'prior', 'versions'].some((w) => words.includes(w));
}

function vulnerabilities(input: CsafAdvisoryInput, cves: string[], products: ProductTree): Array<Record<string, unknown>> {
  const productStatus = {
    known_affected: products.affectedIds,
    fixed: nonEmpty(products.fixedIds),
  };
  const remediations = nonEmpty(
    (input.remediations ?? []).map((r) => ({
      category: r.category,
      details: r.details,
      url: r.url,
      // A fix is applied to what is affected; CSAF test 6.1.29 wants every remediation tied to products.
      product_ids: products.affectedIds,
    })),
  );
  const common = { notes: [descriptionNote(input.summary)], product_status: productStatus, remediations };
  // No CVE yet (a zero-day, a misconfiguration): one vulnerability, named by the title.
  if (cves.length === 0) return [{ title: input.title, ...common }];
  return cves.map((cve) => ({ cve, ...common }));
}

function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}
