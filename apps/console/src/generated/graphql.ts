/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters for the advisory list; all given filters must match. */
export type AdvisoryFilter = {
  /** Only advisories about this incident (none when the caller may not read the incident). */
  incidentId?: string | number | null | undefined;
  /** Only advisories of this kind. */
  kind?: AdvisoryKind | null | undefined;
  /** Only advisories in this status. */
  status?: AdvisoryStatus | null | undefined;
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
  summary: string;
  /** An http(s) URL. */
  url: string;
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

/** A product concerned. */
export type AffectedProductInput = {
  /** Affected versions or ranges. */
  affectedVersions?: Array<string> | null | undefined;
  /** Fixed versions. */
  fixedVersions?: Array<string> | null | undefined;
  /** Product, 1 to 1000 characters. */
  product: string;
  /** Vendor, 1 to 1000 characters. */
  vendor: string;
};

/** The capacity a person approves in: domain roles held in the teams service. */
export type ApprovalRole =
  /** Legal counsel: needed as well when the advisory is legally sensitive. */
  | 'LEGAL_COUNSEL'
  /** Public relations officer: every advisory leaving the organisation needs one. */
  | 'PR_OFFICER';

/** Whether the source of shared information is credited. */
export type Attribution =
  /** The source may be credited. */
  | 'MAY'
  /** The source must be credited. */
  | 'MUST'
  /** The source must not be credited. */
  | 'MUST_NOT';

/** Who an advisory is for; fields left out keep their value on update. */
export type AudienceInput = {
  /** Every partner whose agreement allows the label; TLP:CLEAR and GREEN only (ADVISORY.COMMUNITY_ABOVE_GREEN). */
  community?: boolean | null | undefined;
  /** Constituencies by teams' constituency id; needs a customer notice to submit (ADVISORY.CUSTOMER_NOTICE_REQUIRED). */
  constituencyIds?: Array<string | number> | null | undefined;
  /** Partner CSIRTs by teams' partner id. */
  partnerIds?: Array<string | number> | null | undefined;
};

/**
 * Authority of a team over its constituency (teams service): FULL acts on its behalf, SHARED
 * with its contact's consent, NONE only advises, INDIRECT presses its management to act.
 */
export type Authority =
  /** May take any action on the constituency's behalf. */
  | 'FULL'
  /** Can press the constituency's management, which acts. */
  | 'INDIRECT'
  /** Advisory only: recommendations, no actions. */
  | 'NONE'
  /** Shares in decisions: actions need the constituency contact's consent. */
  | 'SHARED';

/** Kinds of constituency. */
export type ConstituencyKind =
  /** Customers; notices to them need extra care in wording. */
  | 'CUSTOMERS'
  /** The organisation's own employees. */
  | 'EMPLOYEES'
  /** The users of a network (e.g. a research network). */
  | 'NETWORK'
  /** Business partners. */
  | 'PARTNERS'
  /** Everyone in a geographic region. */
  | 'REGION';

/** A new task. */
export type CreateTaskInput = {
  /** Person id (teams service) of the assignee. */
  assigneeId?: string | number | null | undefined;
  /** Details, at most 10,000 characters. */
  description?: string | null | undefined;
  /** When it is due. */
  dueAt?: string | null | undefined;
  /** The incident it belongs to. */
  incidentId: string | number;
  /** What it is for. */
  kind: TaskKind;
  /** ACTION (default) or RECOMMENDATION. Under NONE authority an ACTION is refused (`TASK.ACTION_NOT_AUTHORISED`). */
  purpose?: TaskPurpose | null | undefined;
  /** INDIRECT authority: whom at the constituency's management the action is raised with, at most 200 characters. */
  raisedWith?: string | null | undefined;
  /** What to do, 3 to 200 characters. */
  title: string;
};

/** Someone credited: names or an organisation. */
export type CreditInput = {
  /** Keep the contribution, drop every name. */
  anonymised?: boolean | null | undefined;
  /** People credited. */
  names?: Array<string> | null | undefined;
  /** Organisation credited. */
  organization?: string | null | undefined;
  /** What they contributed. */
  summary?: string | null | undefined;
  /** Their pages (http(s)). */
  urls?: Array<string> | null | undefined;
};

/** What a release to partners was: the action that caused it. */
export type CsafReleaseAction =
  /** First publication. */
  | 'PUBLISHED'
  /** A revision of a published advisory. */
  | 'REVISED'
  /** The withdrawal of a published advisory. */
  | 'WITHDRAWN';

/** The wording for constituencies. */
export type CustomerNoticeInput = {
  /** Full text, at most 100,000 characters. */
  body: string;
  /** Summary, at most 10,000 characters. */
  summary: string;
  /** Headline, 3 to 200 characters. */
  title: string;
};

/** Whether and when shared information may be made public. */
export type DisclosurePolicy =
  /** May be disclosed after an embargo (see embargoDays). */
  | 'AFTER_EMBARGO'
  /** May be disclosed. */
  | 'MAY_DISCLOSE'
  /** Must not be disclosed. */
  | 'MUST_NOT_DISCLOSE'
  /** Only with the source's consent. */
  | 'WITH_SOURCE_CONSENT';

/**
 * A role a person holds in the organisation (not a platform access right). Roles marked
 * "security responsibilities" are GEO_SECURITY_OFFICER, WORLDWIDE_SECURITY_MANAGER,
 * SECURITY_COORDINATOR and ENTERPRISE_CSIRT_CONTACT; every virtual CSIRT needs one of them.
 */
export type DomainRole =
  /** Geo-based customer account manager: owns the customer account for a region. */
  | 'CUSTOMER_ACCOUNT_MANAGER'
  /** Enterprise CSIRT contact, for when the enterprise's own network is affected. Security responsibilities. */
  | 'ENTERPRISE_CSIRT_CONTACT'
  /** Financial auditor. */
  | 'FINANCIAL_AUDITOR'
  /** Forensics expert. */
  | 'FORENSICS_EXPERT'
  /** Geo-based security officer: security of all customer sites in one region; forms and leads virtual CSIRTs. Security responsibilities. */
  | 'GEO_SECURITY_OFFICER'
  /** Human resources. */
  | 'HUMAN_RESOURCES'
  /** IT auditor. */
  | 'IT_AUDITOR'
  /** Legal counsel: reviews sensitive written communication. */
  | 'LEGAL_COUNSEL'
  /** Public relations officer: all external communication. */
  | 'PR_OFFICER'
  /** Security coordinator: coordinates fixes, monitors vulnerabilities, sets priorities, handles the security mailbox. Security responsibilities. */
  | 'SECURITY_COORDINATOR'
  /** Enterprise service engineer: installation, maintenance and support at the customer site. */
  | 'SERVICE_ENGINEER'
  /** Team manager. */
  | 'TEAM_MANAGER'
  /** Technical lead. */
  | 'TECHNICAL_LEAD'
  /** Technical support engineer: customer service centre, first contact. */
  | 'TECHNICAL_SUPPORT'
  /** Worldwide security manager: overall policy; manages the geo-based security officers. Security responsibilities. */
  | 'WORLDWIDE_SECURITY_MANAGER';

/** A new advisory draft. Limits are those of the CSAF documents partners receive. */
export type DraftAdvisoryInput = {
  /** Products concerned. */
  affectedProducts?: Array<AffectedProductInput> | null | undefined;
  /** Who it is for; required to submit for review. */
  audience?: AudienceInput | null | undefined;
  /** Full text, at most 100,000 characters; required to submit for review. */
  body?: string | null | undefined;
  /** People and organisations credited. */
  credits?: Array<CreditInput> | null | undefined;
  /** The wording for constituencies. */
  customerNotice?: CustomerNoticeInput | null | undefined;
  /** CVE ids (case and spaces are normalised). */
  cveIds?: Array<string> | null | undefined;
  /** Incidents it concerns; each must be one the author may read (ADVISORY.INCIDENT_NOT_FOUND otherwise). */
  incidentIds?: Array<string | number> | null | undefined;
  /** What the advisory is for. */
  kind: AdvisoryKind;
  /** Needs legal counsel's approval as well. */
  legallySensitive?: boolean | null | undefined;
  /** Named internal readers (token subjects or person ids); needed for a TLP:RED advisory to be approved and published by others. */
  readers?: Array<string> | null | undefined;
  /** Links to more information. */
  references?: Array<AdvisoryReferenceInput> | null | undefined;
  /** What to do. */
  remediations?: Array<RemediationInput> | null | undefined;
  /** Severity 1 (low) to 4 (critical). */
  severity: number;
  /** Summary, at most 10,000 characters. */
  summary: string;
  /** Headline, 3 to 200 characters. */
  title: string;
  /** TLP label, within the author's clearance. */
  tlp: Tlp;
};

/** Passing a triaged report to incident management. */
export type EscalateReportInput = {
  /** The existing incident to extend; null or omitted opens a new incident. */
  incidentId?: string | number | null | undefined;
  /** Why, at most 2,000 characters. */
  reason?: string | null | undefined;
  /** Region of the incident (for the response team), when known. */
  region?: string | null | undefined;
  /** What the reporter is told about this decision (Report.reporterView), at most 2,000 characters. */
  reporterMessage?: string | null | undefined;
};

/** A virtual CSIRT for one incident. */
export type FormResponseTeamInput = {
  /** Authority over the incident's constituency. Default SHARED. */
  authority?: Authority | null | undefined;
  /** The lead: a member whose role is GEO_SECURITY_OFFICER and who works in the incident's region (any security officer or worldwide security manager when the incident has no region). */
  leadPersonId: string | number;
  /** Members, the lead included; 1 to 50, each person once; at least one with security responsibilities. */
  members: Array<ResponderInput>;
  /** Why the team is formed, 3 to 2,000 characters. */
  reason: string;
};

/** Filters for the incident list; all given filters must match. */
export type IncidentFilter = {
  /** Only incidents with a task (not cancelled) assigned to this person (person id in the teams service). */
  assigneeId?: string | number | null | undefined;
  /** Only incidents affecting this constituency. */
  constituencyId?: string | number | null | undefined;
  /** Only incidents carrying this indicator; the value is normalised (defanged, case, ASN and CVE spelling) as everywhere on the platform. */
  observable?: IncidentObservableInput | null | undefined;
  /** Only incidents opened at or after this time. */
  openedFrom?: string | null | undefined;
  /** Only incidents opened before this time. */
  openedTo?: string | null | undefined;
  /** Only incidents of one of these severities (1 to 4). */
  severity?: Array<number> | null | undefined;
  /** Only incidents in one of these statuses. */
  status?: Array<IncidentStatus> | null | undefined;
  /** Only incidents whose reference, title or summary contains this text (case-insensitive, at least 3 characters). */
  text?: string | null | undefined;
  /** Only incidents with one of these TLP labels (within what the caller may read anyway). */
  tlp?: Array<Tlp> | null | undefined;
};

/** An indicator to add to an incident. */
export type IncidentObservableInput = {
  /** Kind of indicator. */
  type: ObservableType;
  /** Value; stored trimmed (and lower-cased for case-insensitive kinds). */
  value: string;
};

/** How two incidents are related. */
export type IncidentRelation =
  /** Related in another way, told by the reason. */
  | 'RELATED'
  /** The same attacker (actor) is behind both. */
  | 'SAME_ATTACKER'
  /** Both are part of the same campaign. */
  | 'SAME_CAMPAIGN';

/**
 * Phase of the incident life cycle, after NIST SP 800-61.
 *
 * Forward: OPEN → ANALYSIS → CONTAINMENT → ERADICATION → RECOVERY → POST_INCIDENT → CLOSED.
 * Also allowed: ANALYSIS → POST_INCIDENT (nothing to contain, e.g. a false positive). Back-steps,
 * which need a note saying why: CONTAINMENT → ANALYSIS (containment failed or new findings),
 * ERADICATION → CONTAINMENT or ANALYSIS, RECOVERY → CONTAINMENT or ANALYSIS (reinfection),
 * POST_INCIDENT → ANALYSIS (new findings). A CLOSED incident may be reopened, with a note
 * saying why, to any phase from ANALYSIS to POST_INCIDENT (never one merged into another).
 */
export type IncidentStatus =
  /** Evaluation: scope, impact and classification are being worked out. */
  | 'ANALYSIS'
  /** Done. Needs a resolution, above severity 2 lessons learned, and no open task (cancelled with a reason in the same step). */
  | 'CLOSED'
  /** Stopping the damage from spreading. */
  | 'CONTAINMENT'
  /** Removing the cause (malware, accounts, vulnerabilities). */
  | 'ERADICATION'
  /** Opened from an escalated report; nobody has started on it yet. */
  | 'OPEN'
  /** Lessons learned, cost and effort accounting. */
  | 'POST_INCIDENT'
  /** Restoring systems to normal operation. Not entered while containment tasks are open, unless overridden with a reason. */
  | 'RECOVERY';

/** A loss threshold: count incidents whose estimated loss stayed below it. */
export type LossThresholdInput = {
  /** Amount. */
  amount: number;
  /** ISO 4217 currency code; only estimates in this currency are compared. */
  currency: string;
};

/** Length of the periods incidents are counted in. */
export type MetricsPeriod =
  /** Calendar days (UTC). */
  | 'DAY'
  /** Calendar months (UTC). */
  | 'MONTH'
  /** ISO weeks, starting Monday (UTC). */
  | 'WEEK';

/** Opened-at range of the incidents a metric covers: from (inclusive) to (exclusive). */
export type MetricsRangeInput = {
  /** Start, inclusive. */
  from: string;
  /** End, exclusive. */
  to: string;
};

/** Kinds of indicator the platform validates. */
export type ObservableType =
  /** Autonomous system number. */
  | 'ASN'
  /** CVE identifier. */
  | 'CVE'
  /** Domain name. */
  | 'DOMAIN'
  /** E-mail address. */
  | 'EMAIL'
  /** Host name. */
  | 'HOSTNAME'
  /** IPv4 address. */
  | 'IPV4'
  /** IPv6 address. */
  | 'IPV6'
  /** MD5 hash. */
  | 'MD5'
  /** SHA-1 hash. */
  | 'SHA1'
  /** SHA-256 hash. */
  | 'SHA256'
  /** URL. */
  | 'URL';

/** FIRST Permissible Actions Protocol: how actively the incident's indicators may be used. */
export type Pap =
  /** Passive cross-checks only. */
  | 'AMBER'
  /** Any action, including public ones. */
  | 'CLEAR'
  /** Active actions that are not detectable from outside (e.g. blocking). */
  | 'GREEN'
  /** Non-detectable actions only; no use on the network. */
  | 'RED';

/** What a recipient may do with shared information (FIRST IEP 2.0 permitted actions). */
export type PermittedAction =
  /** Contact the source before acting. */
  | 'CONTACT_FOR_INSTRUCTION'
  /** Externally visible actions that reach the threat directly (e.g. takedown requests). */
  | 'EXTERNALLY_VISIBLE_DIRECT_ACTIONS'
  /** Externally visible actions that do not reach the threat directly (e.g. blocking). */
  | 'EXTERNALLY_VISIBLE_INDIRECT_ACTIONS'
  /** Actions visible only inside the recipient's organisation. */
  | 'INTERNALLY_VISIBLE_ACTIONS'
  /** Nothing beyond reading it. */
  | 'NONE';

/** Filters for the people list; all given filters must match. */
export type PersonFilter = {
  /** Only active (true) or inactive (false) people. */
  active?: boolean | null | undefined;
  /** Only people on call (true) or not (false). */
  onCall?: boolean | null | undefined;
  /** Only people in this region. */
  region?: string | null | undefined;
  /** Only people holding this role. */
  role?: DomainRole | null | undefined;
  /** Only people with this skill (case-insensitive). */
  skill?: string | null | undefined;
};

/** How urgently a report must be handled; P1 is the most urgent. */
export type Priority =
  /** Urgent: handle now. */
  | 'P1'
  /** High: handle today. */
  | 'P2'
  /** Normal: handle within the service level. */
  | 'P3'
  /** Low: handle when time allows. */
  | 'P4';

/** Status of a proposed response team. */
export type ProposalStatus =
  /** A response team was formed for the incident. */
  | 'CONFIRMED'
  /** Waiting for a person to confirm it with formResponseTeam. */
  | 'PROPOSED';

/** The constituency contact's consent to an action task (SHARED authority). */
export type RecordTaskConsentInput = {
  /** When they consented; now if not given. Not in the future. */
  givenAt?: string | null | undefined;
  /** Who consented (name and role at the constituency), 2 to 200 characters. */
  givenBy: string;
  /** What they said or agreed to, at most 2,000 characters. */
  note?: string | null | undefined;
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
  details: string;
  /** An http(s) URL. */
  url?: string | null | undefined;
};

/** How a report reached the team. */
export type ReportChannel =
  /** The security mailbox (e-mail gateway). */
  | 'EMAIL'
  /** Someone inside the team or the organisation. */
  | 'INTERNAL'
  /** Another CSIRT passed it on. */
  | 'PARTNER_CSIRT'
  /** A phone call, written down by the person who took it. */
  | 'PHONE'
  /** An automated sensor or feed. */
  | 'SENSOR'
  /** The public web form. */
  | 'WEB_FORM';

/** Which of confidentiality, integrity and availability are affected. */
export type ReportCiaImpactInput = {
  /** Availability is affected. */
  availability: boolean;
  /** Confidentiality is affected. */
  confidentiality: boolean;
  /** Integrity is affected. */
  integrity: boolean;
};

/** An RSIT classification. */
export type ReportClassificationInput = {
  /** RSIT class, e.g. intrusions. */
  rsitClass: string;
  /** RSIT type within the class, e.g. system-compromise. */
  rsitType: string;
};

/** What kind of decision an analyst took on a report. */
export type ReportDecisionKind =
  /** Passed to incident management. */
  | 'ESCALATE'
  /** Incident management refused the escalation (the incident does not exist or the analyst may not read it): back to TRIAGED. */
  | 'ESCALATION_REFUSED'
  /** Merged into another report. */
  | 'MERGE'
  /** Closed as not an incident. */
  | 'REJECT'
  /** Classified and prioritised. */
  | 'TRIAGE';

/** An indicator as the reporter gave it; it is validated and normalised (defanged forms such as hxxp and [.] are accepted). */
export type ReportObservableInput = {
  /** Kind of indicator. */
  type: ObservableType;
  /** Value as given. */
  value: string;
};

/** Where a report is in triage. NEW -> TRIAGED -> ESCALATED | REJECTED | MERGED; the last three are final. */
export type ReportStatus =
  /** Passed to incident management, as a new incident or into an existing one. */
  | 'ESCALATED'
  /** A duplicate; merged into another report. */
  | 'MERGED'
  /** Received, not yet looked at. */
  | 'NEW'
  /** Not an incident; closed with a reason. */
  | 'REJECTED'
  /** Classified and prioritised by an analyst; waiting for the decision. */
  | 'TRIAGED';

/** Who sent a report. */
export type ReporterInput = {
  /** Constituency id (teams service), when known. */
  constituencyId?: string | null | undefined;
  /** E-mail address. */
  email?: string | null | undefined;
  /** Name (a person, a sensor, a partner team), 1 to 200 characters. */
  name: string;
  /** Organisation, at most 200 characters. */
  organisation?: string | null | undefined;
};

/** A responder for a virtual CSIRT. */
export type ResponderInput = {
  /** The person; must be active. */
  personId: string | number;
  /** Why the person joins, at most 2,000 characters; defaults to the team's reason. */
  reason?: string | null | undefined;
  /** Role in the response team; must be one the person holds. */
  role: DomainRole;
};

/** A new report. */
export type SubmitReportInput = {
  /** Affected systems or assets, at most 100 of at most 500 characters each. */
  affectedAssets?: Array<string> | null | undefined;
  /** How it reached the team. */
  channel: ReportChannel;
  /** Which of C, I, A are affected; none when omitted. */
  cia?: ReportCiaImpactInput | null | undefined;
  /** What happened, at most 20,000 characters. */
  description: string;
  /** Client-chosen key, at most 200 characters: a retry with the same key returns the first report instead of creating another. */
  idempotencyKey?: string | null | undefined;
  /** Indicators, at most 500. */
  observables?: Array<ReportObservableInput> | null | undefined;
  /** When the event happened, when known. */
  occurredAt?: string | null | undefined;
  /** When the team received it (e.g. the e-mail's arrival); now when omitted. Not in the future. */
  receivedAt?: string | null | undefined;
  /** For a TLP:RED report: who besides the submitter may read it (token subjects or person ids of analysts), at most 50. */
  recipients?: Array<string> | null | undefined;
  /** Who sent it. */
  reporter: ReporterInput;
  /** Headline, 3 to 300 characters. */
  title: string;
  /** TLP 2.0 label as written, e.g. AMBER, TLP:AMBER+STRICT (WHITE is read as CLEAR); AMBER when omitted. */
  tlp?: string | null | undefined;
};

/** What a task is for. */
export type TaskKind =
  /** Stop the damage from spreading (isolate, block, disable). */
  | 'CONTAINMENT'
  /** Remove the cause. */
  | 'ERADICATION'
  /** Restore normal operation. */
  | 'RECOVERY';

/** Whether a task acts on the constituency or only advises it. */
export type TaskPurpose =
  /** An action on the constituency's systems (contain, eradicate, recover). Needs authority. */
  | 'ACTION'
  /** Advice to the constituency. Allowed under any authority, never waits. */
  | 'RECOMMENDATION';

/** Where a task is. */
export type TaskStatus =
  /** No longer needed. */
  | 'CANCELLED'
  /** Finished. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'OPEN';

/** Why a task waits. */
export type TaskWaitReason =
  /** The constituency contact's consent (SHARED authority). */
  | 'CONSTITUENT_CONSENT'
  /** The constituency's management, with which the task was raised (INDIRECT authority). */
  | 'MANAGEMENT_ACTION';

/** Kinds of team. */
export type TeamKind =
  /** Corporate security team. */
  | 'CORPORATE_SECURITY_TEAM'
  /** Enterprise (internal) CSIRT. */
  | 'ENTERPRISE_CSIRT'
  /** Geo-based security team of one region. */
  | 'GEO_SECURITY_TEAM'
  /** Security advisory group: advisory only. */
  | 'SECURITY_ADVISORY_GROUP'
  /** Virtual CSIRT formed for one incident (only through formResponseTeam). */
  | 'VCSIRT'
  /** Worldwide security team. */
  | 'WORLDWIDE_SECURITY_TEAM';

/** What a timeline entry records. */
export type TimelineEntryKind =
  /** Linked to another incident. */
  | 'LINKED'
  /** Another incident was merged into this one. */
  | 'MERGED_FROM'
  /** This incident was merged into another. */
  | 'MERGED_INTO'
  /** A handler's note. */
  | 'NOTE'
  /** The incident was opened. */
  | 'OPENED'
  /** A report was attached. */
  | 'REPORT_ATTACHED'
  /** The response team changed. */
  | 'RESPONSE_TEAM_CHANGED'
  /** The severity changed. */
  | 'SEVERITY_CHANGED'
  /** A service-level clock breached (a report's triage, noted when the report joined the incident). */
  | 'SLA_BREACHED'
  /** This incident was split off another, taking some of its reports. */
  | 'SPLIT_FROM'
  /** Some of this incident's reports were split off into a new incident. */
  | 'SPLIT_INTO'
  /** The status changed. */
  | 'STATUS_CHANGED'
  /** A task was created. */
  | 'TASK_CREATED'
  /** A task was changed. */
  | 'TASK_UPDATED'
  /** The TLP label changed. */
  | 'TLP_CHANGED'
  /** Other fields were updated. */
  | 'UPDATED';

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

/** An analyst's triage decision. */
export type TriageReportInput = {
  /** RSIT classification. */
  classification: ReportClassificationInput;
  /** Priority. */
  priority: Priority;
  /** Why, at most 2,000 characters. */
  reason?: string | null | undefined;
  /** What the reporter is told about this decision (Report.reporterView), at most 2,000 characters. */
  reporterMessage?: string | null | undefined;
  /** Severity 1 (low) to 4 (critical). */
  severity: number;
  /** New TLP label, when the analyst relabels the report (as in SubmitReportInput.tlp). */
  tlp?: string | null | undefined;
};

/** How far a partner CSIRT is trusted. */
export type TrustLevel =
  /** Long-standing, accredited partner. */
  | 'HIGH'
  /** Known, not yet vetted. */
  | 'LOW'
  /** Vetted; regular exchange. */
  | 'MEDIUM';

/** Changes to an advisory; fields left out (or null) keep their value, lists given replace the old ones. */
export type UpdateAdvisoryInput = {
  /** Products concerned. */
  affectedProducts?: Array<AffectedProductInput> | null | undefined;
  /** Who it is for. */
  audience?: AudienceInput | null | undefined;
  /** Full text, at most 100,000 characters. */
  body?: string | null | undefined;
  /** People and organisations credited. */
  credits?: Array<CreditInput> | null | undefined;
  /** The wording for constituencies. */
  customerNotice?: CustomerNoticeInput | null | undefined;
  /** CVE ids. */
  cveIds?: Array<string> | null | undefined;
  /** Incidents it concerns (links the editor may not read are kept). */
  incidentIds?: Array<string | number> | null | undefined;
  /** What the advisory is for. */
  kind?: AdvisoryKind | null | undefined;
  /** Needs legal counsel's approval as well. */
  legallySensitive?: boolean | null | undefined;
  /** Named internal readers (replaces the list). */
  readers?: Array<string> | null | undefined;
  /** Links to more information. */
  references?: Array<AdvisoryReferenceInput> | null | undefined;
  /** What to do. */
  remediations?: Array<RemediationInput> | null | undefined;
  /** Severity 1 (low) to 4 (critical). */
  severity?: number | null | undefined;
  /** Summary, at most 10,000 characters. */
  summary?: string | null | undefined;
  /** Headline, 3 to 200 characters. */
  title?: string | null | undefined;
  /** TLP label, within the editor's clearance. */
  tlp?: Tlp | null | undefined;
};

/** Changes to a task; only given fields change. */
export type UpdateTaskInput = {
  /** Person id of the assignee. */
  assigneeId?: string | number | null | undefined;
  /** Details. */
  description?: string | null | undefined;
  /** When it is due. */
  dueAt?: string | null | undefined;
  /** New status. DONE and CANCELLED tasks can only be reopened (to OPEN). An action task waiting for consent or management (`waitingFor`) cannot become IN_PROGRESS or DONE (`TASK.AWAITING_CONSENT`, `TASK.AWAITING_MANAGEMENT`). */
  status?: TaskStatus | null | undefined;
  /** What to do. */
  title?: string | null | undefined;
};

export type TriageQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  text?: string | null | undefined;
  withCount: boolean;
}>;


export type TriageQueueQuery = { reports: { totalCount?: number, edges: Array<{ cursor: string, node: { id: string, reference: string, channel: ReportChannel, tlp: Tlp, title: string, status: ReportStatus, receivedAt: string, severity: number | null, priority: Priority | null, suggestion: { severity: number, priority: Priority, classification: { rsitClass: string, rsitType: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportDetailQuery = { report: { id: string, reference: string, channel: ReportChannel, tlp: Tlp, title: string, description: string, status: ReportStatus, receivedAt: string, occurredAt: string | null, severity: number | null, priority: Priority | null, timeToTriageSeconds: number | null, affectedAssets: Array<string>, classification: { rsitClass: string, rsitType: string } | null, reporter: { name: string, organisation: string | null }, observables: Array<{ type: ObservableType, value: string }>, suggestion: { severity: number, priority: Priority, reasons: Array<string>, classification: { rsitClass: string, rsitType: string } | null }, relatedReports: Array<{ reason: string, titleSimilarity: number | null, sharedObservables: Array<{ type: ObservableType, value: string }>, report: { id: string, reference: string, title: string, tlp: Tlp, status: ReportStatus } }>, incident: { id: string, reference: string, title: string, tlp: Tlp } | null, decisions: Array<{ kind: ReportDecisionKind, fromStatus: ReportStatus, toStatus: ReportStatus, decidedBy: string, decidedAt: string, reason: string | null }> } | null };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportMutation = { submitReport: { id: string, reference: string, status: ReportStatus, tlp: Tlp, title: string, receivedAt: string } };

export type MyReportsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyReportsQuery = { reports: { edges: Array<{ node: { id: string, reference: string, title: string, tlp: Tlp, status: ReportStatus, receivedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TriageReportMutationVariables = Exact<{
  id: string | number;
  input: TriageReportInput;
}>;


export type TriageReportMutation = { triageReport: { id: string, status: ReportStatus, severity: number | null, priority: Priority | null, tlp: Tlp, classification: { rsitClass: string, rsitType: string } | null } };

export type EscalateReportMutationVariables = Exact<{
  id: string | number;
  input: EscalateReportInput;
}>;


export type EscalateReportMutation = { escalateReport: { id: string, status: ReportStatus, escalatedToIncidentId: string | null } };

export type RejectReportMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectReportMutation = { rejectReport: { id: string, status: ReportStatus } };

export type MergeReportMutationVariables = Exact<{
  id: string | number;
  intoReportId: string | number;
  reason?: string | null | undefined;
}>;


export type MergeReportMutation = { mergeReport: { id: string, status: ReportStatus } };

export type IncidentBoardQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type IncidentBoardQuery = { incidents: { edges: Array<{ node: { id: string, reference: string, title: string, tlp: Tlp, severity: number, priority: string, status: IncidentStatus, openedAt: string, region: string | null, constituency: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConstituencyOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConstituencyOptionsQuery = { constituencies: { edges: Array<{ node: { id: string, name: string, service: { targets: { triageMinutes: number, acknowledgeMinutes: number, containMinutes: number, recoverMinutes: number } } } }> } };

export type IncidentPageQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentPageQuery = { incident: { id: string, reference: string, title: string, summary: string, tlp: Tlp, pap: Pap, severity: number, priority: string, status: IncidentStatus, region: string | null, openedAt: string, openedBy: string, updatedAt: string, resolution: string | null, lessonsLearned: string | null, affectedAssets: Array<string>, classification: { rsitClass: string, rsitType: string } | null, cia: { confidentiality: boolean, integrity: boolean, availability: boolean }, constituency: { id: string, name: string } | null, observables: Array<{ type: ObservableType, value: string }>, reports: Array<{ id: string, reference: string, title: string, tlp: Tlp, channel: ReportChannel, receivedAt: string }>, timeline: Array<{ id: string, at: string, actor: string, kind: TimelineEntryKind, phase: IncidentStatus, message: string }>, tasks: Array<{ id: string, kind: TaskKind, title: string, status: TaskStatus, dueAt: string | null, assignee: { id: string, name: string } | null, waitingFor: { reason: TaskWaitReason, since: string } | null }>, links: Array<{ relation: IncidentRelation, reason: string, linkedAt: string, incident: { id: string, reference: string, title: string, tlp: Tlp } | null }>, mergedInto: { id: string, reference: string, title: string } | null, responseTeam: { id: string, name: string, lead: { id: string, name: string } | null, members: Array<{ role: DomainRole, lead: boolean, person: { id: string, name: string } }> } | null, proposedResponseTeam: { id: string, status: ProposalStatus, region: string | null, lead: { id: string, name: string } | null, candidates: Array<{ role: DomainRole, why: string, person: { id: string, name: string } }> } | null, advisories: Array<{ id: string, reference: string, title: string, status: AdvisoryStatus, tlp: Tlp }> } | null };

export type TransitionIncidentMutationVariables = Exact<{
  id: string | number;
  to: IncidentStatus;
  note?: string | null | undefined;
  resolution?: string | null | undefined;
  lessonsLearned?: string | null | undefined;
  overrideReason?: string | null | undefined;
}>;


export type TransitionIncidentMutation = { transitionIncident: { id: string, status: IncidentStatus, resolution: string | null, lessonsLearned: string | null, updatedAt: string } };

export type AddTimelineEntryMutationVariables = Exact<{
  incidentId: string | number;
  message: string;
}>;


export type AddTimelineEntryMutation = { addTimelineEntry: { id: string, at: string, actor: string, kind: TimelineEntryKind, phase: IncidentStatus, message: string } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, kind: TaskKind, title: string, status: TaskStatus, dueAt: string | null, assignee: { id: string, name: string } | null } };

export type RecordTaskConsentMutationVariables = Exact<{
  id: string | number;
  input: RecordTaskConsentInput;
}>;


export type RecordTaskConsentMutation = { recordTaskConsent: { id: string, status: TaskStatus, waitingFor: { reason: TaskWaitReason, since: string } | null } };

export type UpdateTaskMutationVariables = Exact<{
  id: string | number;
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, status: TaskStatus, title: string, assignee: { id: string, name: string } | null } };

export type FormResponseTeamMutationVariables = Exact<{
  incidentId: string | number;
  input: FormResponseTeamInput;
}>;


export type FormResponseTeamMutation = { formResponseTeam: { id: string, name: string } };

export type LinkIncidentsMutationVariables = Exact<{
  id: string | number;
  otherId: string | number;
  relation: IncidentRelation;
  reason: string;
}>;


export type LinkIncidentsMutation = { linkIncidents: { id: string } };

export type MergeIncidentsMutationVariables = Exact<{
  sourceId: string | number;
  intoId: string | number;
  reason: string;
}>;


export type MergeIncidentsMutation = { mergeIncidents: { id: string } };

export type AdvisoriesQueryVariables = Exact<{
  filter?: AdvisoryFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AdvisoriesQuery = { advisories: { edges: Array<{ node: { id: string, reference: string, kind: AdvisoryKind, status: AdvisoryStatus, title: string, summary: string, severity: number, tlp: Tlp, autoDrafted: boolean, releasedRevision: number | null, createdAt: string, publishedAt: string | null, incidents: Array<{ id: string, reference: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdvisoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AdvisoryQuery = { advisory: { id: string, reference: string, kind: AdvisoryKind, status: AdvisoryStatus, title: string, summary: string, body: string, severity: number, tlp: Tlp, legallySensitive: boolean, cveIds: Array<string>, contentVersion: number, releasedRevision: number | null, createdAt: string, updatedAt: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawnReason: string | null, missingApprovals: Array<ApprovalRole>, audience: { community: boolean, partnerIds: Array<string>, constituencyIds: Array<string> }, customerNotice: { title: string, summary: string, body: string } | null, affectedProducts: Array<{ vendor: string, product: string, affectedVersions: Array<string>, fixedVersions: Array<string> }>, remediations: Array<{ category: RemediationCategory, details: string, url: string | null }>, references: Array<{ url: string, summary: string }>, credits: Array<{ names: Array<string>, organization: string | null, summary: string | null, urls: Array<string>, anonymised: boolean }>, incidents: Array<{ id: string, reference: string }>, approvals: Array<{ id: string, role: ApprovalRole, personName: string, revision: number, contentVersion: number, comment: string | null, approvedAt: string, voidedAt: string | null, voidedReason: string | null }>, revisions: Array<{ number: number, action: string, summary: string, date: string, releasedBy: string }>, csaf: { trackingId: string, version: number, action: CsafReleaseAction, tlp: Tlp, url: string | null, releasedAt: string } | null, acknowledgements: Array<{ partnerCode: string, acknowledged: boolean, upToDate: boolean, acknowledgedVersion: number | null, acknowledgedAt: string | null, waitingSince: string | null }> } | null };

export type SubmitAdvisoryForReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitAdvisoryForReviewMutation = { submitAdvisoryForReview: { id: string, status: AdvisoryStatus, missingApprovals: Array<ApprovalRole> } };

export type ApproveAdvisoryMutationVariables = Exact<{
  id: string | number;
  role: ApprovalRole;
  comment?: string | null | undefined;
}>;


export type ApproveAdvisoryMutation = { approveAdvisory: { id: string, status: AdvisoryStatus, missingApprovals: Array<ApprovalRole> } };

export type ReviseAdvisoryMutationVariables = Exact<{
  id: string | number;
  summary: string;
}>;


export type ReviseAdvisoryMutation = { reviseAdvisory: { id: string, status: AdvisoryStatus, releasedRevision: number | null } };

export type UpdateAdvisoryMutationVariables = Exact<{
  id: string | number;
  input: UpdateAdvisoryInput;
}>;


export type UpdateAdvisoryMutation = { updateAdvisory: { id: string, status: AdvisoryStatus, contentVersion: number } };

export type DraftAdvisoryMutationVariables = Exact<{
  input: DraftAdvisoryInput;
}>;


export type DraftAdvisoryMutation = { draftAdvisory: { id: string, status: AdvisoryStatus } };

export type PublishAdvisoryMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishAdvisoryMutation = { publishAdvisory: { id: string, status: AdvisoryStatus, publishedAt: string | null } };

export type WithdrawAdvisoryMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawAdvisoryMutation = { withdrawAdvisory: { id: string, status: AdvisoryStatus } };

export type IncidentTargetsQueryVariables = Exact<{
  range: MetricsRangeInput;
}>;


export type IncidentTargetsQuery = { incidentMetrics: { minimumGroupSize: number, cells: Array<{ month: string, constituencyId: string | null, rsitClass: string | null, count: number, timeToAcknowledge: { count: number | null, p50Seconds: number | null, targetSeconds: number | null, breachRate: number | null }, timeToContain: { count: number | null, p50Seconds: number | null, targetSeconds: number | null, breachRate: number | null } }> } };

export type IncidentMetricsQueryVariables = Exact<{
  range: MetricsRangeInput;
  groupBy: MetricsPeriod;
  lossThreshold?: LossThresholdInput | null | undefined;
}>;


export type IncidentMetricsQuery = { incidentMetrics: { from: string, to: string, minimumGroupSize: number, total: number | null, perPeriod: Array<{ periodStart: string, opened: number, closed: number | null }>, bySeverity: Array<{ severity: number, count: number }>, byClassification: Array<{ rsitClass: string | null, count: number }>, lossBelowThreshold: { amount: number, currency: string, below: number | null, atOrAbove: number | null, notComparable: number | null } | null, timeToAcknowledge: { count: number | null, meanSeconds: number | null, p50Seconds: number | null, p90Seconds: number | null }, timeToContain: { count: number | null, meanSeconds: number | null, p50Seconds: number | null, p90Seconds: number | null }, timeToRecover: { count: number | null, meanSeconds: number | null, p50Seconds: number | null, p90Seconds: number | null }, timeToClose: { count: number | null, meanSeconds: number | null, p50Seconds: number | null, p90Seconds: number | null } } };

export type PeopleQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PeopleQuery = { people: { edges: Array<{ node: { id: string, name: string, email: string, region: string | null, roles: Array<DomainRole>, skills: Array<string>, onCall: boolean, active: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TeamsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type TeamsQuery = { teams: { edges: Array<{ node: { id: string, name: string, kind: TeamKind, region: string | null, authority: Authority, lead: { id: string, name: string } | null, members: Array<{ role: DomainRole, person: { id: string, name: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConstituenciesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ConstituenciesQuery = { constituencies: { edges: Array<{ node: { id: string, name: string, kind: ConstituencyKind, boundaries: { geography: Array<string>, networkProviders: Array<string>, organisations: Array<string> }, team: { id: string, name: string } | null, service: { objective: string, targets: { triageMinutes: number, acknowledgeMinutes: number, containMinutes: number, recoverMinutes: number } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PartnersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnersQuery = { partners: { edges: Array<{ node: { id: string, name: string, country: string, contactEmail: string, trustLevel: TrustLevel, active: boolean, agreement: { tlpCeiling: Tlp, namedRecipients: Array<string>, permittedActions: Array<PermittedAction>, disclosure: DisclosurePolicy, embargoDays: number | null, attribution: Attribution, version: number, agreedAt: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };


export const TriageQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TriageQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEW"},{"kind":"EnumValue","value":"TRIAGED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCount"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsitClass"}},{"kind":"Field","name":{"kind":"Name","value":"rsitType"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TriageQueueQuery, TriageQueueQueryVariables>;
export const ReportDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"timeToTriageSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsitClass"}},{"kind":"Field","name":{"kind":"Name","value":"rsitType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedAssets"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsitClass"}},{"kind":"Field","name":{"kind":"Name","value":"rsitType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"titleSimilarity"}},{"kind":"Field","name":{"kind":"Name","value":"sharedObservables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ReportDetailQuery, ReportDetailQueryVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const MyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyReportsQuery, MyReportsQueryVariables>;
export const TriageReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriageReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriageReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsitClass"}},{"kind":"Field","name":{"kind":"Name","value":"rsitType"}}]}}]}}]}}]} as unknown as DocumentNode<TriageReportMutation, TriageReportMutationVariables>;
export const EscalateReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedToIncidentId"}}]}}]}}]} as unknown as DocumentNode<EscalateReportMutation, EscalateReportMutationVariables>;
export const RejectReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectReportMutation, RejectReportMutationVariables>;
export const MergeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intoReportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"intoReportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intoReportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MergeReportMutation, MergeReportMutationVariables>;
export const IncidentBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"constituency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentBoardQuery, IncidentBoardQueryVariables>;
export const ConstituencyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConstituencyOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"containMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recoverMinutes"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConstituencyOptionsQuery, ConstituencyOptionsQueryVariables>;
export const IncidentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"pap"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"classification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsitClass"}},{"kind":"Field","name":{"kind":"Name","value":"rsitType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cia"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidentiality"}},{"kind":"Field","name":{"kind":"Name","value":"integrity"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"constituency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedAssets"}},{"kind":"Field","name":{"kind":"Name","value":"observables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedResponseTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentPageQuery, IncidentPageQueryVariables>;
export const TransitionIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lessonsLearned"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"lessonsLearned"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lessonsLearned"}}},{"kind":"Argument","name":{"kind":"Name","value":"overrideReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<TransitionIncidentMutation, TransitionIncidentMutationVariables>;
export const AddTimelineEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTimelineEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTimelineEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AddTimelineEntryMutation, AddTimelineEntryMutationVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const RecordTaskConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTaskConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTaskConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTaskConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitingFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTaskConsentMutation, RecordTaskConsentMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const FormResponseTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FormResponseTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormResponseTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponseTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FormResponseTeamMutation, FormResponseTeamMutationVariables>;
export const LinkIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otherId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentRelation"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"otherId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otherId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relation"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkIncidentsMutation, LinkIncidentsMutationVariables>;
export const MergeIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"intoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intoId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MergeIncidentsMutation, MergeIncidentsMutationVariables>;
export const AdvisoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Advisories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvisoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"autoDrafted"}},{"kind":"Field","name":{"kind":"Name","value":"releasedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AdvisoriesQuery, AdvisoriesQueryVariables>;
export const AdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Advisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advisory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"legallySensitive"}},{"kind":"Field","name":{"kind":"Name","value":"cveIds"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"partnerIds"}},{"kind":"Field","name":{"kind":"Name","value":"constituencyIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"affectedVersions"}},{"kind":"Field","name":{"kind":"Name","value":"fixedVersions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remediations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"names"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"urls"}},{"kind":"Field","name":{"kind":"Name","value":"anonymised"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"releasedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"missingApprovals"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"contentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"releasedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csaf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"tlp"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"upToDate"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}}]}}]}}]}}]} as unknown as DocumentNode<AdvisoryQuery, AdvisoryQueryVariables>;
export const SubmitAdvisoryForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAdvisoryForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAdvisoryForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missingApprovals"}}]}}]}}]} as unknown as DocumentNode<SubmitAdvisoryForReviewMutation, SubmitAdvisoryForReviewMutationVariables>;
export const ApproveAdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAdvisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovalRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAdvisory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missingApprovals"}}]}}]}}]} as unknown as DocumentNode<ApproveAdvisoryMutation, ApproveAdvisoryMutationVariables>;
export const ReviseAdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseAdvisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseAdvisory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"releasedRevision"}}]}}]}}]} as unknown as DocumentNode<ReviseAdvisoryMutation, ReviseAdvisoryMutationVariables>;
export const UpdateAdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAdvisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdvisoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdvisory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contentVersion"}}]}}]}}]} as unknown as DocumentNode<UpdateAdvisoryMutation, UpdateAdvisoryMutationVariables>;
export const DraftAdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftAdvisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftAdvisoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftAdvisory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DraftAdvisoryMutation, DraftAdvisoryMutationVariables>;
export const PublishAdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAdvisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAdvisory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishAdvisoryMutation, PublishAdvisoryMutationVariables>;
export const WithdrawAdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAdvisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAdvisory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawAdvisoryMutation, WithdrawAdvisoryMutationVariables>;
export const IncidentTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"constituencyId"}},{"kind":"Field","name":{"kind":"Name","value":"rsitClass"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"breachRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToContain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"targetSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"breachRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncidentTargetsQuery, IncidentTargetsQueryVariables>;
export const IncidentMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"range"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsRangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsPeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lossThreshold"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LossThresholdInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"range"},"value":{"kind":"Variable","name":{"kind":"Name","value":"range"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"lossThreshold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lossThreshold"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"minimumGroupSize"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"perPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySeverity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byClassification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rsitClass"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lossBelowThreshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"below"}},{"kind":"Field","name":{"kind":"Name","value":"atOrAbove"}},{"kind":"Field","name":{"kind":"Name","value":"notComparable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToAcknowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToContain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToRecover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToClose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"meanSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentMetricsQuery, IncidentMetricsQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"onCall"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const TeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const ConstituenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Constituencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"constituencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"boundaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"networkProviders"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triageMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"containMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"recoverMinutes"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConstituenciesQuery, ConstituenciesQueryVariables>;
export const PartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"trustLevel"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tlpCeiling"}},{"kind":"Field","name":{"kind":"Name","value":"namedRecipients"}},{"kind":"Field","name":{"kind":"Name","value":"permittedActions"}},{"kind":"Field","name":{"kind":"Name","value":"disclosure"}},{"kind":"Field","name":{"kind":"Name","value":"embargoDays"}},{"kind":"Field","name":{"kind":"Name","value":"attribution"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"agreedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;