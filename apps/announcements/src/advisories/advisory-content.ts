import { canRead, type Principal } from '@csirt/auth';
import { AnnouncementKindSchema, SeveritySchema, tlpRank, TlpSchema } from '@csirt/contracts';
import { CsafAdvisoryInputSchema } from '@csirt/csaf';
import { parseInput } from '@csirt/service';
import { z } from 'zod';
import { REMEDIATION_CATEGORIES, type Advisory, type AdvisoryKind, type AdvisoryReference, type AffectedProduct, type Credit, type CustomerNotice, type Remediation } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';

/**
 * The one home of the rules an advisory's content must follow. The limits are CSAF's own
 * (`CsafAdvisoryInputSchema` in libs/csaf, which builds the documents partners receive),
 * narrowed where a person reads the text (a title of at most 200 characters), so that
 * anything accepted here becomes a valid CSAF document.
 */
const csaf = CsafAdvisoryInputSchema.shape;
const csafProduct = csaf.affectedProducts.unwrap().element.shape;
const csafRemediation = csaf.remediations.unwrap().element.shape;
const csafCredit = csaf.acknowledgements.unwrap().element.shape;
const csafCve = csaf.cveIds.unwrap().element;

const title = z.string().trim().min(3).max(200);
const summary = z.string().trim().min(1).max(10_000);
const unique = <T>(values: T[]) => [...new Set(values)];

const ContentSchema = z.object({
  kind: AnnouncementKindSchema,
  title,
  summary,
  // Empty while a draft is written; submitting for review needs it (see assertComplete).
  body: z.union([z.literal(''), csaf.body]),
  severity: SeveritySchema,
  tlp: TlpSchema,
  legallySensitive: z.boolean(),
  audience: z.object({
    community: z.boolean(),
    partnerIds: z.array(z.uuid()).max(500).transform(unique),
    constituencyIds: z.array(z.uuid()).max(500).transform(unique),
  }),
  incidentIds: z.array(z.uuid()).max(50).transform(unique),
  readers: z.array(z.string().trim().min(1).max(200)).max(100).transform(unique),
  // Written as people paste them: trimmed and upper-cased before CSAF's pattern is applied.
  cveIds: z
    .array(z.string().transform((cve) => cve.trim().toUpperCase()).pipe(csafCve))
    .max(1_000)
    .transform(unique),
  affectedProducts: z
    .array(
      z.object({
        vendor: csafProduct.vendor,
        product: csafProduct.product,
        affectedVersions: csafProduct.affectedVersions.unwrap().default([]),
        fixedVersions: csafProduct.fixedVersions.unwrap().default([]),
      }),
    )
    .max(1_000),
  remediations: z
    .array(z.object({ category: z.enum(REMEDIATION_CATEGORIES), details: csafRemediation.details, url: csafRemediation.url.nullish().transform((u) => u ?? null) }))
    .max(100),
  references: csaf.references.unwrap(),
  credits: z
    .array(
      z
        .object({
          names: csafCredit.names.unwrap().default([]),
          organization: csafCredit.organization.nullish().transform((o) => o ?? null),
          summary: csafCredit.summary.nullish().transform((s) => s ?? null),
          urls: csafCredit.urls.unwrap().default([]),
          anonymised: z.boolean().default(false),
        })
        .refine((c) => c.names.length > 0 || c.organization !== null, { message: 'a credit names people or an organisation' }),
    )
    .max(100),
  customerNotice: z.object({ title, summary, body: csaf.body }).nullable(),
});

/** An advisory's content, validated and normalised. */
export type AdvisoryContent = {
  kind: AdvisoryKind;
  title: string;
  summary: string;
  body: string;
  severity: number;
  tlp: Advisory['tlp'];
  legallySensitive: boolean;
  audience: { community: boolean; partnerIds: string[]; constituencyIds: string[] };
  incidentIds: string[];
  /** Named internal readers (subjects or person ids); what makes a TLP:RED advisory readable. */
  readers: string[];
  cveIds: string[];
  affectedProducts: AffectedProduct[];
  remediations: Remediation[];
  references: AdvisoryReference[];
  credits: Credit[];
  customerNotice: CustomerNotice | null;
};

/** What a draft starts from before the author's input is laid over it. */
export const EMPTY_CONTENT: Omit<AdvisoryContent, 'kind' | 'title' | 'summary' | 'severity' | 'tlp'> = {
  body: '',
  legallySensitive: false,
  audience: { community: false, partnerIds: [], constituencyIds: [] },
  incidentIds: [],
  readers: [],
  cveIds: [],
  affectedProducts: [],
  remediations: [],
  references: [],
  credits: [],
  customerNotice: null,
};

/**
 * Checks content about to be written (a draft or an edit) and returns it normalised.
 * `writer`, when a person writes, may not give a label beyond their own clearance: a
 * draft its author could not read would be one nobody may publish or withdraw. A writer
 * is an author, hence a named recipient of a TLP:RED advisory (see advisoryRecipients).
 */
export function parseContent(content: unknown, writer?: Principal): AdvisoryContent {
  const parsed = parseInput(ContentSchema, content, AdvisoryErrors.invalidInput) as AdvisoryContent;
  if (writer && !canRead(writer, parsed.tlp, [writer.subject, ...parsed.readers])) throw AdvisoryErrors.tlpNotCleared(parsed.tlp);
  // Above GREEN nothing goes to partners as a group: the label names its recipients.
  if (parsed.audience.community && tlpRank(parsed.tlp) > tlpRank('GREEN')) throw AdvisoryErrors.communityAboveGreen(parsed.tlp);
  return parsed;
}

/** What review needs on top of well-formed content: a body, an audience, the customer wording. */
export function assertComplete(content: AdvisoryContent): void {
  if (content.body.trim() === '') throw AdvisoryErrors.incomplete('body', 'write the body before submitting for review');
  const { community, partnerIds, constituencyIds } = content.audience;
  if (!community && partnerIds.length === 0 && constituencyIds.length === 0) throw AdvisoryErrors.noAudience();
  if (constituencyIds.length > 0 && !content.customerNotice) throw AdvisoryErrors.customerNoticeRequired();
}

/** The content of a stored advisory, with its incident links. */
export function contentOf(advisory: Advisory, incidentIds: string[]): AdvisoryContent {
  return {
    kind: advisory.kind,
    title: advisory.title,
    summary: advisory.summary,
    body: advisory.body,
    severity: advisory.severity,
    tlp: advisory.tlp,
    legallySensitive: advisory.legallySensitive,
    audience: {
      community: advisory.audienceCommunity,
      partnerIds: advisory.audiencePartnerIds,
      constituencyIds: advisory.audienceConstituencyIds,
    },
    incidentIds,
    readers: advisory.readers,
    cveIds: advisory.cveIds,
    affectedProducts: advisory.affectedProducts,
    remediations: advisory.remediations,
    references: advisory.references,
    credits: advisory.credits,
    customerNotice: advisory.customerNotice,
  };
}

/** Writes content onto the entity (the incident links live in their own table). */
export function applyContent(advisory: Advisory, content: AdvisoryContent): void {
  advisory.kind = content.kind;
  advisory.title = content.title;
  advisory.summary = content.summary;
  advisory.body = content.body;
  advisory.severity = content.severity;
  advisory.tlp = content.tlp;
  advisory.legallySensitive = content.legallySensitive;
  advisory.audienceCommunity = content.audience.community;
  advisory.audiencePartnerIds = content.audience.partnerIds;
  advisory.audienceConstituencyIds = content.audience.constituencyIds;
  advisory.readers = content.readers;
  advisory.cveIds = content.cveIds;
  advisory.affectedProducts = content.affectedProducts;
  advisory.remediations = content.remediations;
  advisory.references = content.references;
  advisory.credits = content.credits;
  advisory.customerNotice = content.customerNotice;
}
