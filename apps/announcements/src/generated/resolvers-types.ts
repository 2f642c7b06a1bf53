import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Advisory as AdvisoryEntity, AdvisoryApproval as AdvisoryApprovalEntity, AdvisoryRevision as AdvisoryRevisionEntity } from '../advisories/advisory.entity';
import { IncidentRef, AnnouncementsContext } from '../context';
import { ReporterNotification } from '../notifications/reporter-notification';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date and time with offset, e.g. 2026-11-23T10:15:00Z. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Information for a constituency or partner CSIRTs: an advisory, a notification, a watch item. */
export type Advisory = {
  __typename?: 'Advisory';
  /** Read receipts: for each partner CSIRT the advisory was released to, whether and since when it acknowledged it, and since when it has been waiting; by partner code. Empty before the first release, and for partner tokens. */
  acknowledgements: Array<AdvisoryAcknowledgementStatus>;
  /** Products concerned and their versions. */
  affectedProducts: Array<AffectedProduct>;
  /** Every approval given, oldest first, voided ones included. */
  approvals: Array<AdvisoryApproval>;
  /** Who it is for. */
  audience: Audience;
  /** Drafted automatically from an incident event rather than by a person. */
  autoDrafted: Scalars['Boolean']['output'];
  /** Full text (partner wording); empty while a draft is being written. */
  body: Scalars['String']['output'];
  /** One more with each edit. */
  contentVersion: Scalars['Int']['output'];
  /** When the draft was created. */
  createdAt: Scalars['DateTime']['output'];
  /** People and organisations credited. */
  credits: Array<Credit>;
  /** The latest CSAF 2.0 document released to partner CSIRTs for this advisory (its publication, a revision or its withdrawal), exactly as signed and delivered; null before its first release to partners. */
  csaf?: Maybe<CsafRelease>;
  /** The wording for constituencies; required when the audience names constituencies. */
  customerNotice?: Maybe<CustomerNotice>;
  /** CVE ids, e.g. CVE-2026-12345. */
  cveIds: Array<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Incidents it concerns that the caller may read. */
  incidents: Array<Incident>;
  /** What the advisory is for. */
  kind: AdvisoryKind;
  /** Needs legal counsel's approval as well as the PR officer's. */
  legallySensitive: Scalars['Boolean']['output'];
  /** Approvals the current content still needs before it may go out; empty when approved. */
  missingApprovals: Array<ApprovalRole>;
  /** When it was first published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who first published it (token subject). */
  publishedBy?: Maybe<Scalars['String']['output']>;
  /** People inside the team named as readers (token subjects or person ids). TLP:RED is for named recipients: a RED advisory is read by its authors and these alone (approvers and publishers included). */
  readers: Array<Scalars['String']['output']>;
  /** Human-readable reference, e.g. ADV-2026-00012; also the CSAF tracking id partners see. */
  reference: Scalars['String']['output'];
  /** Links to more information. */
  references: Array<AdvisoryReferenceLink>;
  /** Number of the last release that went out; null until published. */
  releasedRevision?: Maybe<Scalars['Int']['output']>;
  /** What to do about it. */
  remediations: Array<Remediation>;
  /** Releases so far, oldest first. */
  revisions: Array<AdvisoryRevision>;
  /** Severity 1 (low) to 4 (critical). */
  severity: Scalars['Int']['output'];
  /** Where it is in its workflow. */
  status: AdvisoryStatus;
  /** One-paragraph summary (partner wording). */
  summary: Scalars['String']['output'];
  /** Headline (partner wording). */
  title: Scalars['String']['output'];
  /** TLP label. */
  tlp: Tlp;
  /** When the content was last edited. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was withdrawn. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was withdrawn. */
  withdrawnReason?: Maybe<Scalars['String']['output']>;
};

/** A partner CSIRT's read receipt for an advisory, as the partner sees it. */
export type AdvisoryAcknowledgement = {
  __typename?: 'AdvisoryAcknowledgement';
  /** When the partner acknowledged `version`. */
  acknowledgedAt: Scalars['DateTime']['output'];
  /** When the partner first acknowledged the advisory, whichever version; never changes. */
  firstAcknowledgedAt: Scalars['DateTime']['output'];
  /** The newest version released; equal to `version` when the partner is up to date. */
  latestVersion: Scalars['Int']['output'];
  /** CSAF tracking id of the advisory (`/document/tracking/id`). */
  trackingId: Scalars['String']['output'];
  /** The newest version (`/document/tracking/version`: 1, 2, …) the partner has acknowledged. */
  version: Scalars['Int']['output'];
};

/** Whether one partner CSIRT an advisory was released to has acknowledged it. */
export type AdvisoryAcknowledgementStatus = {
  __typename?: 'AdvisoryAcknowledgementStatus';
  /** Whether it has acknowledged any version. */
  acknowledged: Scalars['Boolean']['output'];
  /** When it acknowledged that version; null while it never has. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The newest version it has acknowledged; null while it never has. */
  acknowledgedVersion?: Maybe<Scalars['Int']['output']>;
  /** When it first acknowledged the advisory; null while it never has. */
  firstAcknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The partner (teams service). */
  partner: PartnerCsirt;
  /** The partner's code: its Kafka principal, its topics and the `partner_id` claim of its tokens. */
  partnerCode: Scalars['String']['output'];
  /** Whether it has acknowledged the newest version. */
  upToDate: Scalars['Boolean']['output'];
  /** Since when a version released to it has waited for its acknowledgement (the oldest such release); null when up to date. */
  waitingSince?: Maybe<Scalars['DateTime']['output']>;
};

/** One person's approval of one version of the content. Voided approvals stay on record. */
export type AdvisoryApproval = {
  __typename?: 'AdvisoryApproval';
  /** When. */
  approvedAt: Scalars['DateTime']['output'];
  /** The approver's token subject. */
  approvedBy: Scalars['String']['output'];
  /** What the approver said. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The content version approved (one more with each edit). */
  contentVersion: Scalars['Int']['output'];
  /** Approval id. */
  id: Scalars['ID']['output'];
  /** The approver's person id in the teams service. */
  personId: Scalars['ID']['output'];
  /** The approver's name, as the teams service had it then. */
  personName: Scalars['String']['output'];
  /** The release number the approved content was to go out as (1 = first publication). */
  revision: Scalars['Int']['output'];
  /** The capacity approved in. */
  role: ApprovalRole;
  /** When the approval stopped counting because the content was edited; null while it stands. */
  voidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was voided. */
  voidedReason?: Maybe<Scalars['String']['output']>;
};

/** A page of advisories. */
export type AdvisoryConnection = {
  __typename?: 'AdvisoryConnection';
  /** The advisories on this page. */
  edges: Array<AdvisoryEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** One advisory in a list. */
export type AdvisoryEdge = {
  __typename?: 'AdvisoryEdge';
  /** Opaque position of this advisory in the list. */
  cursor: Scalars['String']['output'];
  /** The advisory. */
  node: Advisory;
};

/** Filters for the advisory list; all given filters must match. */
export type AdvisoryFilter = {
  /** Only advisories about this incident (none when the caller may not read the incident). */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only advisories of this kind. */
  kind?: InputMaybe<AdvisoryKind>;
  /** Only advisories in this status. */
  status?: InputMaybe<AdvisoryStatus>;
};

/** What an announcement is for (one vocabulary with the CSAF documents partners receive). */
export type AdvisoryKind =
  /** Education and awareness, FAQs. */
  | 'EDUCATION'
  /** Notice of an incident that affects the recipients. */
  | 'INCIDENT_NOTIFICATION'
  /** Technology watch: trends and developments. */
  | 'TECHNOLOGY_WATCH'
  /** A threat seen against the constituency. */
  | 'THREAT_ALERT'
  /** A vulnerability and what to do about it. */
  | 'VULNERABILITY_ADVISORY';

/** A link to more information. */
export type AdvisoryReferenceInput = {
  /** What is found there. */
  summary: Scalars['String']['input'];
  /** An http(s) URL. */
  url: Scalars['String']['input'];
};

/** A link to more information. */
export type AdvisoryReferenceLink = {
  __typename?: 'AdvisoryReferenceLink';
  /** What is found there. */
  summary: Scalars['String']['output'];
  /** Absolute http(s) URL. */
  url: Scalars['String']['output'];
};

/** One release to the outside: the first publication, a revision or the withdrawal. */
export type AdvisoryRevision = {
  __typename?: 'AdvisoryRevision';
  /** Published, revised or withdrawn. */
  action: Scalars['String']['output'];
  /** When it was released. */
  date: Scalars['DateTime']['output'];
  /** 1, 2, 3… (the CSAF document's version). */
  number: Scalars['Int']['output'];
  /** Who released it (token subject). */
  releasedBy: Scalars['String']['output'];
  /** What this release changed. */
  summary: Scalars['String']['output'];
};

/**
 * Where an advisory is in its workflow: DRAFT → IN_REVIEW → APPROVED → PUBLISHED → REVISED… → WITHDRAWN.
 * Any edit returns it to DRAFT and voids its standing approvals; `releasedRevision` says what is already out.
 */
export type AdvisoryStatus =
  /** Every approval the current content needs is given; ready to publish or revise. */
  | 'APPROVED'
  /** Being written (or a revision of a published advisory being prepared); seen only inside the team. */
  | 'DRAFT'
  /** Submitted; waiting for the approvals it needs. */
  | 'IN_REVIEW'
  /** Released once (revision 1). */
  | 'PUBLISHED'
  /** Released again as a new revision. */
  | 'REVISED'
  /** Taken back after publication; recipients were told, with the reason. */
  | 'WITHDRAWN';

/** A product concerned and its versions. */
export type AffectedProduct = {
  __typename?: 'AffectedProduct';
  /** Affected versions, exact (2.4.1) or ranges (< 2.4.2); empty: the product as a whole. */
  affectedVersions: Array<Scalars['String']['output']>;
  /** Versions that contain the fix. */
  fixedVersions: Array<Scalars['String']['output']>;
  /** Product name. */
  product: Scalars['String']['output'];
  /** Vendor name. */
  vendor: Scalars['String']['output'];
};

/** A product concerned. */
export type AffectedProductInput = {
  /** Affected versions or ranges. */
  affectedVersions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Fixed versions. */
  fixedVersions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Product, 1 to 1000 characters. */
  product: Scalars['String']['input'];
  /** Vendor, 1 to 1000 characters. */
  vendor: Scalars['String']['input'];
};

/** The capacity a person approves in: domain roles held in the teams service. */
export type ApprovalRole =
  /** Legal counsel: needed as well when the advisory is legally sensitive. */
  | 'LEGAL_COUNSEL'
  /** Public relations officer: every advisory leaving the organisation needs one. */
  | 'PR_OFFICER';

/** Who an advisory is for. */
export type Audience = {
  __typename?: 'Audience';
  /** Every partner CSIRT whose agreement allows the label (TLP:CLEAR and GREEN only). */
  community: Scalars['Boolean']['output'];
  /** Constituencies addressed (teams' constituency ids); they receive the customer notice. */
  constituencyIds: Array<Scalars['ID']['output']>;
  /** Partner CSIRTs addressed by name (teams' partner ids); the only partner recipients at TLP:AMBER and above. */
  partnerIds: Array<Scalars['ID']['output']>;
};

/** Who an advisory is for; fields left out keep their value on update. */
export type AudienceInput = {
  /** Every partner whose agreement allows the label; TLP:CLEAR and GREEN only (ADVISORY.COMMUNITY_ABOVE_GREEN). */
  community?: InputMaybe<Scalars['Boolean']['input']>;
  /** Constituencies by teams' constituency id; needs a customer notice to submit (ADVISORY.CUSTOMER_NOTICE_REQUIRED). */
  constituencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Partner CSIRTs by teams' partner id. */
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** People or organisations credited in the advisory (not read receipts, which are acknowledgements). */
export type Credit = {
  __typename?: 'Credit';
  /** The contributor asked not to be named: partners see that someone contributed, and no name. */
  anonymised: Scalars['Boolean']['output'];
  /** People credited. */
  names: Array<Scalars['String']['output']>;
  /** Organisation credited. */
  organization?: Maybe<Scalars['String']['output']>;
  /** What they contributed. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Their pages. */
  urls: Array<Scalars['String']['output']>;
};

/** Someone credited: names or an organisation. */
export type CreditInput = {
  /** Keep the contribution, drop every name. */
  anonymised?: InputMaybe<Scalars['Boolean']['input']>;
  /** People credited. */
  names?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Organisation credited. */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** What they contributed. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Their pages (http(s)). */
  urls?: InputMaybe<Array<Scalars['String']['input']>>;
};

/**
 * One CSAF 2.0 document as released to partner CSIRTs: the exact text that was signed and
 * hashed, with its detached OpenPGP signature, as partners received it on Kafka and as the
 * provider directory serves it.
 */
export type CsafRelease = {
  __typename?: 'CsafRelease';
  /** What caused this release. */
  action: CsafReleaseAction;
  /** The document as signed: UTF-8 JSON text, byte for byte. */
  document: Scalars['String']['output'];
  /** When it was released. */
  releasedAt: Scalars['DateTime']['output'];
  /** SHA-256 of document, hex. */
  sha256: Scalars['String']['output'];
  /** SHA-512 of document, hex. */
  sha512: Scalars['String']['output'];
  /** Detached, ASCII-armoured OpenPGP signature over document. */
  signature: Scalars['String']['output'];
  /** Fingerprint of the signing key (listed in provider-metadata.json). */
  signingKeyFingerprint: Scalars['String']['output'];
  /** TLP label of the document (CSAF writes TLP:CLEAR as WHITE). */
  tlp: Tlp;
  /** /document/tracking/id: the advisory's reference. */
  trackingId: Scalars['String']['output'];
  /** Where the provider directory serves it (.asc, .sha256 and .sha512 beside it); null for releases recorded without one. */
  url?: Maybe<Scalars['String']['output']>;
  /** /document/tracking/version: 1 for the first publication, one more per revision and the withdrawal. */
  version: Scalars['Int']['output'];
};

/** What a release to partners was: the action that caused it. */
export type CsafReleaseAction =
  /** First publication. */
  | 'PUBLISHED'
  /** A revision of a published advisory. */
  | 'REVISED'
  /** The withdrawal of a published advisory. */
  | 'WITHDRAWN';

/** The wording for constituencies (customers): worded with more care than the partner advisory. */
export type CustomerNotice = {
  __typename?: 'CustomerNotice';
  /** Full text for customers. */
  body: Scalars['String']['output'];
  /** Summary for customers. */
  summary: Scalars['String']['output'];
  /** Headline for customers. */
  title: Scalars['String']['output'];
};

/** The wording for constituencies. */
export type CustomerNoticeInput = {
  /** Full text, at most 100,000 characters. */
  body: Scalars['String']['input'];
  /** Summary, at most 10,000 characters. */
  summary: Scalars['String']['input'];
  /** Headline, 3 to 200 characters. */
  title: Scalars['String']['input'];
};

/** A new advisory draft. Limits are those of the CSAF documents partners receive. */
export type DraftAdvisoryInput = {
  /** Products concerned. */
  affectedProducts?: InputMaybe<Array<AffectedProductInput>>;
  /** Who it is for; required to submit for review. */
  audience?: InputMaybe<AudienceInput>;
  /** Full text, at most 100,000 characters; required to submit for review. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** People and organisations credited. */
  credits?: InputMaybe<Array<CreditInput>>;
  /** The wording for constituencies. */
  customerNotice?: InputMaybe<CustomerNoticeInput>;
  /** CVE ids (case and spaces are normalised). */
  cveIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Incidents it concerns; each must be one the author may read (ADVISORY.INCIDENT_NOT_FOUND otherwise). */
  incidentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the advisory is for. */
  kind: AdvisoryKind;
  /** Needs legal counsel's approval as well. */
  legallySensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Named internal readers (token subjects or person ids); needed for a TLP:RED advisory to be approved and published by others. */
  readers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Links to more information. */
  references?: InputMaybe<Array<AdvisoryReferenceInput>>;
  /** What to do. */
  remediations?: InputMaybe<Array<RemediationInput>>;
  /** Severity 1 (low) to 4 (critical). */
  severity: Scalars['Int']['input'];
  /** Summary, at most 10,000 characters. */
  summary: Scalars['String']['input'];
  /** Headline, 3 to 200 characters. */
  title: Scalars['String']['input'];
  /** TLP label, within the author's clearance. */
  tlp: Tlp;
};

/** An incident, owned by the incidents service; this service adds its advisories. */
export type Incident = {
  __typename?: 'Incident';
  /** Advisories about this incident that the caller may read, newest first; none while the caller may not read the incident. */
  advisories: Array<Advisory>;
  /** Incident id. */
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** A partner CSIRT's read receipt. Only with a partner's token (claim `partner_id`; ACKNOWLEDGEMENT.PARTNER_TOKEN_REQUIRED otherwise), for an advisory released to that partner (ADVISORY.NOT_FOUND otherwise, as for a missing one). `version` defaults to the newest and must have been released (ACKNOWLEDGEMENT.UNKNOWN_VERSION). Idempotent: the first acknowledgement's time is kept; a newer version is recorded, an older one changes nothing. */
  acknowledgeAdvisory: AdvisoryAcknowledgement;
  /** One approval of the content under review, by an active person holding `role` who did not write it; the last one needed makes it APPROVED. */
  approveAdvisory: Advisory;
  /** Starts a draft. Requires PUBLISHER, cleared for the label given (ADVISORY.TLP_NOT_CLEARED otherwise; the author is a named reader of a TLP:RED draft). */
  draftAdvisory: Advisory;
  /** Publishes an APPROVED advisory (revision 1) to its audience (ADVISORY.NOT_APPROVED / ADVISORY.LEGAL_APPROVAL_REQUIRED otherwise). Requires PUBLISHER cleared for its label (ADVISORY.NOT_FOUND otherwise, as for a missing one). */
  publishAdvisory: Advisory;
  /** Releases the approved edit of a published advisory as its next revision, with what changed. */
  reviseAdvisory: Advisory;
  /** DRAFT → IN_REVIEW; the content must be complete (body, audience, customer notice for constituencies). */
  submitAdvisoryForReview: Advisory;
  /** Edits an advisory in any status but WITHDRAWN (automatic drafts included); it returns to DRAFT and its standing approvals are voided. */
  updateAdvisory: Advisory;
  /** Withdraws a published advisory and tells its recipients why. A cleared PUBLISHER alone may do it (an emergency needs no approval). */
  withdrawAdvisory: Advisory;
};


export type MutationAcknowledgeAdvisoryArgs = {
  trackingId: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationApproveAdvisoryArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  role: ApprovalRole;
};


export type MutationDraftAdvisoryArgs = {
  input: DraftAdvisoryInput;
};


export type MutationPublishAdvisoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviseAdvisoryArgs = {
  id: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
};


export type MutationSubmitAdvisoryForReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateAdvisoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAdvisoryInput;
};


export type MutationWithdrawAdvisoryArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/**
 * A notification addressed to one person alone, e.g. the submitter of a report when the
 * incident it became part of closes. Carries only what that person may read.
 */
export type Notification = {
  __typename?: 'Notification';
  /** Text for the recipient. */
  body: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of announcement it is (INCIDENT_NOTIFICATION for a closure). */
  kind: AdvisoryKind;
  /** Intake's id of the report it is about. */
  reportId: Scalars['ID']['output'];
  /** The report's reference, as its submitter knows it. */
  reportReference: Scalars['String']['output'];
  /** Headline. */
  title: Scalars['String']['output'];
};

/** Position in a paginated list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A partner CSIRT, owned by the teams service; referenced here by id only. */
export type PartnerCsirt = {
  __typename?: 'PartnerCsirt';
  /** Partner id (teams service). */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Advisories the caller may read, newest first. */
  advisories: AdvisoryConnection;
  /** One advisory, if it exists and the caller is cleared for its TLP label. */
  advisory?: Maybe<Advisory>;
  /** The caller's own notifications (addressed to its token subject), newest first, at most `first` (default 20, at most 100). Any signed-in role; nobody reads another's. */
  myNotifications: Array<Notification>;
};


export type QueryAdvisoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdvisoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAdvisoryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What to do about it. */
export type Remediation = {
  __typename?: 'Remediation';
  /** Kind of remediation. */
  category: RemediationCategory;
  /** What to do. */
  details: Scalars['String']['output'];
  /** Where to read more or get the fix. */
  url?: Maybe<Scalars['String']['output']>;
};

/** CSAF 2.0 remediation categories. */
export type RemediationCategory =
  /** Reduces the risk without fixing the flaw. */
  | 'MITIGATION'
  /** No fix exists yet. */
  | 'NONE_AVAILABLE'
  /** The vendor will not fix it. */
  | 'NO_FIX_PLANNED'
  /** A fix from the vendor. */
  | 'VENDOR_FIX'
  /** A change in configuration or use that avoids the flaw. */
  | 'WORKAROUND';

/** A remediation. */
export type RemediationInput = {
  /** Kind of remediation. */
  category: RemediationCategory;
  /** What to do. */
  details: Scalars['String']['input'];
  /** An http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** FIRST Traffic Light Protocol 2.0 label: who may see a piece of information. */
export type Tlp =
  /** The recipients' organisation and its clients who need to know. */
  | 'AMBER'
  /** The recipients' organisation only. */
  | 'AMBER_STRICT'
  /** Public; no restriction on disclosure. */
  | 'CLEAR'
  /** The recipients' community, not public channels. */
  | 'GREEN'
  /** Named recipients only. */
  | 'RED';

/** Changes to an advisory; fields left out (or null) keep their value, lists given replace the old ones. */
export type UpdateAdvisoryInput = {
  /** Products concerned. */
  affectedProducts?: InputMaybe<Array<AffectedProductInput>>;
  /** Who it is for. */
  audience?: InputMaybe<AudienceInput>;
  /** Full text, at most 100,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** People and organisations credited. */
  credits?: InputMaybe<Array<CreditInput>>;
  /** The wording for constituencies. */
  customerNotice?: InputMaybe<CustomerNoticeInput>;
  /** CVE ids. */
  cveIds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Incidents it concerns (links the editor may not read are kept). */
  incidentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the advisory is for. */
  kind?: InputMaybe<AdvisoryKind>;
  /** Needs legal counsel's approval as well. */
  legallySensitive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Named internal readers (replaces the list). */
  readers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Links to more information. */
  references?: InputMaybe<Array<AdvisoryReferenceInput>>;
  /** What to do. */
  remediations?: InputMaybe<Array<RemediationInput>>;
  /** Severity 1 (low) to 4 (critical). */
  severity?: InputMaybe<Scalars['Int']['input']>;
  /** Summary, at most 10,000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Headline, 3 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** TLP label, within the editor's clearance. */
  tlp?: InputMaybe<Tlp>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Advisory: Advisory;
  Incident: Incident;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Advisory:
    ( { __typename: 'Advisory' }
    & GraphQLRecursivePick<FederationTypes['Advisory'], {"id":true}> );
  Incident:
    ( { __typename: 'Incident' }
    & GraphQLRecursivePick<FederationTypes['Incident'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Advisory: ResolverTypeWrapper<AdvisoryEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdvisoryAcknowledgement: ResolverTypeWrapper<AdvisoryAcknowledgement>;
  AdvisoryAcknowledgementStatus: ResolverTypeWrapper<AdvisoryAcknowledgementStatus>;
  AdvisoryApproval: ResolverTypeWrapper<AdvisoryApprovalEntity>;
  AdvisoryConnection: ResolverTypeWrapper<Omit<AdvisoryConnection, 'edges'> & { edges: Array<ResolversTypes['AdvisoryEdge']> }>;
  AdvisoryEdge: ResolverTypeWrapper<Omit<AdvisoryEdge, 'node'> & { node: ResolversTypes['Advisory'] }>;
  AdvisoryFilter: AdvisoryFilter;
  AdvisoryKind: AdvisoryKind;
  AdvisoryReferenceInput: AdvisoryReferenceInput;
  AdvisoryReferenceLink: ResolverTypeWrapper<AdvisoryReferenceLink>;
  AdvisoryRevision: ResolverTypeWrapper<AdvisoryRevisionEntity>;
  AdvisoryStatus: AdvisoryStatus;
  AffectedProduct: ResolverTypeWrapper<AffectedProduct>;
  AffectedProductInput: AffectedProductInput;
  ApprovalRole: ApprovalRole;
  Audience: ResolverTypeWrapper<Audience>;
  AudienceInput: AudienceInput;
  Credit: ResolverTypeWrapper<Credit>;
  CreditInput: CreditInput;
  CsafRelease: ResolverTypeWrapper<CsafRelease>;
  CsafReleaseAction: CsafReleaseAction;
  CustomerNotice: ResolverTypeWrapper<CustomerNotice>;
  CustomerNoticeInput: CustomerNoticeInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftAdvisoryInput: DraftAdvisoryInput;
  Incident: ResolverTypeWrapper<IncidentRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<ReporterNotification>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerCsirt: ResolverTypeWrapper<PartnerCsirt>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Remediation: ResolverTypeWrapper<Remediation>;
  RemediationCategory: RemediationCategory;
  RemediationInput: RemediationInput;
  Tlp: Tlp;
  UpdateAdvisoryInput: UpdateAdvisoryInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Advisory: AdvisoryEntity;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AdvisoryAcknowledgement: AdvisoryAcknowledgement;
  AdvisoryAcknowledgementStatus: AdvisoryAcknowledgementStatus;
  AdvisoryApproval: AdvisoryApprovalEntity;
  AdvisoryConnection: Omit<AdvisoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AdvisoryEdge']> };
  AdvisoryEdge: Omit<AdvisoryEdge, 'node'> & { node: ResolversParentTypes['Advisory'] };
  AdvisoryFilter: AdvisoryFilter;
  AdvisoryReferenceInput: AdvisoryReferenceInput;
  AdvisoryReferenceLink: AdvisoryReferenceLink;
  AdvisoryRevision: AdvisoryRevisionEntity;
  AffectedProduct: AffectedProduct;
  AffectedProductInput: AffectedProductInput;
  Audience: Audience;
  AudienceInput: AudienceInput;
  Credit: Credit;
  CreditInput: CreditInput;
  CsafRelease: CsafRelease;
  CustomerNotice: CustomerNotice;
  CustomerNoticeInput: CustomerNoticeInput;
  DateTime: Scalars['DateTime']['output'];
  DraftAdvisoryInput: DraftAdvisoryInput;
  Incident: IncidentRef;
  Mutation: Record<PropertyKey, never>;
  Notification: ReporterNotification;
  PageInfo: PageInfo;
  PartnerCsirt: PartnerCsirt;
  Query: Record<PropertyKey, never>;
  Remediation: Remediation;
  RemediationInput: RemediationInput;
  UpdateAdvisoryInput: UpdateAdvisoryInput;
}>;

export type AdvisoryResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Advisory'] = ResolversParentTypes['Advisory'], FederationReferenceType extends FederationReferenceTypes['Advisory'] = FederationReferenceTypes['Advisory']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Advisory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgements?: Resolver<Array<ResolversTypes['AdvisoryAcknowledgementStatus']>, ParentType, ContextType>;
  affectedProducts?: Resolver<Array<ResolversTypes['AffectedProduct']>, ParentType, ContextType>;
  approvals?: Resolver<Array<ResolversTypes['AdvisoryApproval']>, ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  autoDrafted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  credits?: Resolver<Array<ResolversTypes['Credit']>, ParentType, ContextType>;
  csaf?: Resolver<Maybe<ResolversTypes['CsafRelease']>, ParentType, ContextType>;
  customerNotice?: Resolver<Maybe<ResolversTypes['CustomerNotice']>, ParentType, ContextType>;
  cveIds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AdvisoryKind'], ParentType, ContextType>;
  legallySensitive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missingApprovals?: Resolver<Array<ResolversTypes['ApprovalRole']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  readers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['AdvisoryReferenceLink']>, ParentType, ContextType>;
  releasedRevision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remediations?: Resolver<Array<ResolversTypes['Remediation']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['AdvisoryRevision']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdvisoryStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  withdrawnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AdvisoryAcknowledgementResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryAcknowledgement'] = ResolversParentTypes['AdvisoryAcknowledgement']> = ResolversObject<{
  acknowledgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstAcknowledgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  latestVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trackingId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AdvisoryAcknowledgementStatusResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryAcknowledgementStatus'] = ResolversParentTypes['AdvisoryAcknowledgementStatus']> = ResolversObject<{
  acknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  firstAcknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerCsirt'], ParentType, ContextType>;
  partnerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upToDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  waitingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type AdvisoryApprovalResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryApproval'] = ResolversParentTypes['AdvisoryApproval']> = ResolversObject<{
  approvedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  approvedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ApprovalRole'], ParentType, ContextType>;
  voidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  voidedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AdvisoryConnectionResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryConnection'] = ResolversParentTypes['AdvisoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AdvisoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AdvisoryEdgeResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryEdge'] = ResolversParentTypes['AdvisoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType>;
}>;

export type AdvisoryReferenceLinkResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryReferenceLink'] = ResolversParentTypes['AdvisoryReferenceLink']> = ResolversObject<{
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AdvisoryRevisionResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AdvisoryRevision'] = ResolversParentTypes['AdvisoryRevision']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releasedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AffectedProductResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['AffectedProduct'] = ResolversParentTypes['AffectedProduct']> = ResolversObject<{
  affectedVersions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fixedVersions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AudienceResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Audience'] = ResolversParentTypes['Audience']> = ResolversObject<{
  community?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  constituencyIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  partnerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type CreditResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Credit'] = ResolversParentTypes['Credit']> = ResolversObject<{
  anonymised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CsafReleaseResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['CsafRelease'] = ResolversParentTypes['CsafRelease']> = ResolversObject<{
  action?: Resolver<ResolversTypes['CsafReleaseAction'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha512?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signingKeyFingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  trackingId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerNoticeResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['CustomerNotice'] = ResolversParentTypes['CustomerNotice']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IncidentResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident'], FederationReferenceType extends FederationReferenceTypes['Incident'] = FederationReferenceTypes['Incident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Incident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  advisories?: Resolver<Array<ResolversTypes['Advisory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeAdvisory?: Resolver<ResolversTypes['AdvisoryAcknowledgement'], ParentType, ContextType, RequireFields<MutationAcknowledgeAdvisoryArgs, 'trackingId'>>;
  approveAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationApproveAdvisoryArgs, 'id' | 'role'>>;
  draftAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationDraftAdvisoryArgs, 'input'>>;
  publishAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationPublishAdvisoryArgs, 'id'>>;
  reviseAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationReviseAdvisoryArgs, 'id' | 'summary'>>;
  submitAdvisoryForReview?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationSubmitAdvisoryForReviewArgs, 'id'>>;
  updateAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationUpdateAdvisoryArgs, 'id' | 'input'>>;
  withdrawAdvisory?: Resolver<ResolversTypes['Advisory'], ParentType, ContextType, RequireFields<MutationWithdrawAdvisoryArgs, 'id' | 'reason'>>;
}>;

export type NotificationResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AdvisoryKind'], ParentType, ContextType>;
  reportId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reportReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartnerCsirtResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['PartnerCsirt'] = ResolversParentTypes['PartnerCsirt']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  advisories?: Resolver<ResolversTypes['AdvisoryConnection'], ParentType, ContextType, Partial<QueryAdvisoriesArgs>>;
  advisory?: Resolver<Maybe<ResolversTypes['Advisory']>, ParentType, ContextType, RequireFields<QueryAdvisoryArgs, 'id'>>;
  myNotifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, Partial<QueryMyNotificationsArgs>>;
}>;

export type RemediationResolvers<ContextType = AnnouncementsContext, ParentType extends ResolversParentTypes['Remediation'] = ResolversParentTypes['Remediation']> = ResolversObject<{
  category?: Resolver<ResolversTypes['RemediationCategory'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AnnouncementsContext> = ResolversObject<{
  Advisory?: AdvisoryResolvers<ContextType>;
  AdvisoryAcknowledgement?: AdvisoryAcknowledgementResolvers<ContextType>;
  AdvisoryAcknowledgementStatus?: AdvisoryAcknowledgementStatusResolvers<ContextType>;
  AdvisoryApproval?: AdvisoryApprovalResolvers<ContextType>;
  AdvisoryConnection?: AdvisoryConnectionResolvers<ContextType>;
  AdvisoryEdge?: AdvisoryEdgeResolvers<ContextType>;
  AdvisoryReferenceLink?: AdvisoryReferenceLinkResolvers<ContextType>;
  AdvisoryRevision?: AdvisoryRevisionResolvers<ContextType>;
  AffectedProduct?: AffectedProductResolvers<ContextType>;
  Audience?: AudienceResolvers<ContextType>;
  Credit?: CreditResolvers<ContextType>;
  CsafRelease?: CsafReleaseResolvers<ContextType>;
  CustomerNotice?: CustomerNoticeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Incident?: IncidentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerCsirt?: PartnerCsirtResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Remediation?: RemediationResolvers<ContextType>;
}>;

