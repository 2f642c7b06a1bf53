import type { AnnouncementKind, Tlp } from '@csirt/contracts';
import type { ADVISORY_STATUSES } from '@csirt/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AdvisoryContent } from './advisory-content';

export type AdvisoryKind = AnnouncementKind;
export type AdvisoryStatus = (typeof ADVISORY_STATUSES)[number];

/** A product concerned and its versions (CSAF's product tree, as the author writes it). */
export interface AffectedProduct {
  vendor: string;
  product: string;
  affectedVersions: string[];
  fixedVersions: string[];
}
/** CSAF 2.0's remediation categories, upper-cased as GraphQL enums are (lower-cased again for CSAF). */
export const REMEDIATION_CATEGORIES = ['MITIGATION', 'NO_FIX_PLANNED', 'NONE_AVAILABLE', 'VENDOR_FIX', 'WORKAROUND'] as const;

export interface Remediation {
  category: (typeof REMEDIATION_CATEGORIES)[number];
  details: string;
  url: string | null;
}
export interface AdvisoryReference {
  url: string;
  summary: string;
}
/** People or organisations credited (not read receipts, which are "acknowledgements"). */
export interface Credit {
  names: string[];
  organization: string | null;
  summary: string | null;
  urls: string[];
  /** The contributor asked not to be named: the fact is kept, every name dropped. */
  anonymised: boolean;
}
/** The wording for constituencies (customers), written with more care than the partner advisory. */
export interface CustomerNotice {
  title: string;
  summary: string;
  body: string;
}

// Column types are spelled out: bundlers and tsx emit no decorator metadata to infer them from.
@Entity({ name: 'advisory' })
@Index('advisory_list', ['createdAt', 'id'])
export class Advisory {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Human-readable reference; also the CSAF tracking id partners see. */
  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'text' })
  kind: AdvisoryKind;

  @Column({ type: 'text' })
  status: AdvisoryStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'smallint' })
  severity: number;

  @Column({ type: 'text' })
  tlp: Tlp;

  /** Needs legal counsel's approval as well as the PR officer's. */
  @Column({ name: 'legally_sensitive', type: 'boolean' })
  legallySensitive: boolean;

  @Column({ name: 'audience_community', type: 'boolean' })
  audienceCommunity: boolean;

  @Column({ name: 'audience_partner_ids', type: 'uuid', array: true })
  audiencePartnerIds: string[];

  @Column({ name: 'audience_constituency_ids', type: 'uuid', array: true })
  audienceConstituencyIds: string[];

  @Column({ name: 'cve_ids', type: 'text', array: true })
  cveIds: string[];

  @Column({ name: 'affected_products', type: 'jsonb' })
  affectedProducts: AffectedProduct[];

  @Column({ type: 'jsonb' })
  remediations: Remediation[];

  @Column({ name: 'references', type: 'jsonb' })
  references: AdvisoryReference[];

  @Column({ type: 'jsonb' })
  credits: Credit[];

  @Column({ name: 'customer_notice', type: 'jsonb', nullable: true })
  customerNotice: CustomerNotice | null;

  /** One more with each edit; an approval is for one content version only. */
  @Column({ name: 'content_version', type: 'integer' })
  contentVersion: number;

  /** Token subjects of everyone who wrote the current content: none of them may approve it. */
  @Column({ name: 'author_subjects', type: 'text', array: true })
  authorSubjects: string[];

  /**
   * People inside the team named as readers (token subjects or person ids): TLP:RED is
   * for named recipients only, so a RED advisory is read by its authors and these alone.
   */
  @Column({ type: 'text', array: true })
  readers: string[];

  /** Number of the last release that went out (1 = first publication); null until published. */
  @Column({ name: 'released_revision', type: 'integer', nullable: true })
  releasedRevision: number | null;

  /** Id of the event that caused an automatic draft; unique, so one event drafts once. */
  @Column({ name: 'source_event_id', type: 'uuid', nullable: true, unique: true })
  sourceEventId: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'text', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by', type: 'text', nullable: true })
  withdrawnBy: string | null;

  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason: string | null;
}

/** Which incidents an advisory concerns. */
@Entity({ name: 'advisory_incident' })
export class AdvisoryIncident {
  @PrimaryColumn({ name: 'advisory_id', type: 'uuid' })
  advisoryId: string;

  @PrimaryColumn({ name: 'incident_id', type: 'uuid' })
  incidentId: string;
}

export type ApprovalRole = 'PR_OFFICER' | 'LEGAL_COUNSEL';

/** One person's approval of one content version, kept after it is voided. */
@Entity({ name: 'advisory_approval' })
export class AdvisoryApproval {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'advisory_id', type: 'uuid' })
  advisoryId: string;

  @Column({ name: 'content_version', type: 'integer' })
  contentVersion: number;

  /** The release number the approved content would go out as. */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'text' })
  role: ApprovalRole;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'person_name', type: 'text' })
  personName: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz' })
  approvedAt: Date;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'voided_reason', type: 'text', nullable: true })
  voidedReason: string | null;
}

export type ReleaseAction = 'PUBLISHED' | 'REVISED' | 'WITHDRAWN';

/** One release to the outside: the revision history partners see in CSAF. */
@Entity({ name: 'advisory_revision' })
export class AdvisoryRevision {
  @PrimaryColumn({ name: 'advisory_id', type: 'uuid' })
  advisoryId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  action: ReleaseAction;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'released_at', type: 'timestamptz' })
  releasedAt: Date;

  @Column({ name: 'released_by', type: 'text' })
  releasedBy: string;

  @Column({ name: 'content_version', type: 'integer' })
  contentVersion: number;

  /** The content as released; null for releases made before authoring kept it. */
  @Column({ type: 'jsonb', nullable: true })
  content: AdvisoryContent | null;
}
