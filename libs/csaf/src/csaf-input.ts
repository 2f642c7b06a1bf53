import { ANNOUNCEMENT_KINDS, TLP_LEVELS, type AnnouncementKind, type Severity, type Tlp } from '@csirt/contracts';
import { z } from 'zod';

/**
 * What `buildCsafDocument` needs to know about an announcement. Plain data, owned by this
 * library so no service's entities leak into it: there is deliberately no field for
 * internal ids, trace ids or author subjects, so none can reach a partner.
 */
export interface CsafAdvisoryInput {
  /** What the announcement is; written as a note, as CSAF has no field for it. */
  kind: AnnouncementKind;
  /** `/document/tracking/id`, unique per publisher, e.g. `CSIRT-2026-0042`; names the file. */
  trackingId: string;
  title: string;
  /** One or two sentences; the `summary` note and each vulnerability's description. */
  summary: string;
  /** The full text; the `details` note. */
  body: string;
  /** 1 low, 2 medium, 3 high, 4 critical; becomes `/document/aggregate_severity`. */
  severity: Severity;
  /** TLP 2.0 label; see `csafTlpLabel` for how it is written in CSAF 2.0. */
  tlp: Tlp;
  /** `draft`, `interim` or `final` (`/document/tracking/status`). */
  status: CsafStatus;
  publisher: CsafPublisherInput;
  /**
   * Every release, oldest first, the current one last. Numbers are assigned 1, 2, 3…
   * (integer versioning), and the initial and current release dates are taken from the
   * first and last entries, so the tracking block is consistent by construction.
   */
  revisionHistory: Array<{ date: string; summary: string }>;
  /** `CVE-YYYY-NNNN…`; each becomes one vulnerability. Duplicates are dropped. */
  cveIds?: string[];
  /** Products concerned. Any product makes the document a `csaf_security_advisory`. */
  affectedProducts?: CsafAffectedProduct[];
  remediations?: CsafRemediationInput[];
  references?: Array<{ url: string; summary: string }>;
  acknowledgements?: CsafAcknowledgementInput[];
  /** Sharing terms that travel with the document, written into the distribution text. */
  disclosure?: { embargoUntil?: string; terms?: string };
  /** Set when the announcement is withdrawn: the document says so in its title and notes. */
  withdrawal?: { reason: string };
  /** BCP 47 language of the text; `en` when absent. */
  lang?: string;
}

// The kinds are the platform's vocabulary (libs/contracts); re-exported for this library's users.
export { ANNOUNCEMENT_KINDS, type AnnouncementKind };

export const CSAF_STATUSES = ['draft', 'interim', 'final'] as const;
export type CsafStatus = (typeof CSAF_STATUSES)[number];

/** CSAF 2.0 `/document/publisher/category`; a CSIRT is usually a `coordinator`. */
export const PUBLISHER_CATEGORIES = ['coordinator', 'discoverer', 'other', 'translator', 'user', 'vendor'] as const;

export interface CsafPublisherInput {
  name: string;
  /** The publisher's URL (`/document/publisher/namespace`), e.g. `https://cert.example.org`. */
  namespace: string;
  category: (typeof PUBLISHER_CATEGORIES)[number];
  contactDetails?: string;
  issuingAuthority?: string;
}

export interface CsafAffectedProduct {
  vendor: string;
  product: string;
  /**
   * Affected versions: exact (`2.4.1`) or ranges (`< 2.4.2`, `vers:semver/<2.4.2`,
   * `all versions before 3`). Ranges are recognised as CSAF's test 6.1.31 does and placed
   * in a `product_version_range` branch. Empty: the product as a whole is affected.
   */
  affectedVersions?: string[];
  /** Versions that contain the fix; they are listed as `fixed`. */
  fixedVersions?: string[];
}

/** CSAF 2.0 remediation categories. */
export const REMEDIATION_CATEGORIES = ['mitigation', 'no_fix_planned', 'none_available', 'vendor_fix', 'workaround'] as const;

export interface CsafRemediationInput {
  category: (typeof REMEDIATION_CATEGORIES)[number];
  details: string;
  url?: string;
}

/**
 * Who is thanked. `anonymised` keeps the fact of a contribution and drops every name,
 * organisation, summary and URL the author typed, as the reporter asked.
 */
export interface CsafAcknowledgementInput {
  attribution: 'credited' | 'anonymised';
  names?: string[];
  organization?: string;
  summary?: string;
  urls?: string[];
}

/** Options that vary per audience, not per announcement. */
export interface BuildCsafOptions {
  /** A partner agreement that forbids attribution: every acknowledgement is anonymised. */
  anonymiseAcknowledgements?: boolean;
}

const text = z.string().trim().min(1).max(100_000);
const shortText = z.string().trim().min(1).max(1_000);
const url = z.url({ protocol: /^https?$/ }).max(2_048);
const isoDate = z.iso.datetime({ offset: true });

/** Runtime check of `CsafAdvisoryInput`; the one place input rules live. */
export const CsafAdvisoryInputSchema = z.object({
  kind: z.enum(ANNOUNCEMENT_KINDS),
  trackingId: z
    .string()
    .min(1)
    .max(200)
    .regex(/^\S(.*\S)?$/, 'no leading or trailing white space'),
  title: shortText,
  summary: text,
  body: text,
  severity: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  tlp: z.enum(TLP_LEVELS),
  status: z.enum(CSAF_STATUSES),
  publisher: z.object({
    name: shortText,
    namespace: url,
    category: z.enum(PUBLISHER_CATEGORIES),
    contactDetails: shortText.optional(),
    issuingAuthority: text.optional(),
  }),
  revisionHistory: z.array(z.object({ date: isoDate, summary: shortText })).min(1).max(1_000),
  cveIds: z
    .array(z.string().regex(/^CVE-[0-9]{4}-[0-9]{4,}$/, 'a CVE id such as CVE-2026-12345'))
    .max(1_000)
    .optional(),
  affectedProducts: z
    .array(
      z.object({
        vendor: shortText,
        product: shortText,
        affectedVersions: z.array(shortText).max(1_000).optional(),
        fixedVersions: z.array(shortText).max(1_000).optional(),
      }),
    )
    .max(1_000)
    .optional(),
  remediations: z
    .array(z.object({ category: z.enum(REMEDIATION_CATEGORIES), details: text, url: url.optional() }))
    .max(100)
    .optional(),
  references: z.array(z.object({ url, summary: shortText })).max(1_000).optional(),
  acknowledgements: z
    .array(
      z.object({
        attribution: z.enum(['credited', 'anonymised']),
        names: z.array(shortText).max(100).optional(),
        organization: shortText.optional(),
        summary: shortText.optional(),
        urls: z.array(url).max(100).optional(),
      }),
    )
    .max(100)
    .optional(),
  disclosure: z.object({ embargoUntil: isoDate.optional(), terms: text.optional() }).optional(),
  withdrawal: z.object({ reason: text }).optional(),
  lang: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or de-AT')
    .optional(),
}) satisfies z.ZodType<CsafAdvisoryInput>;
