import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Report as ReportEntity } from '../reports/report.entity';
import { ReportDecision as ReportDecisionEntity } from '../reports/report-decision.entity';
import { RelatedReportRow } from '../reports/report.repository';
import { DecisionForReporter, IncidentForReporter } from '../reports/reporter-view';
import { IncidentRef, IntakeContext } from '../context';
import { Observable as IndicatorKey } from '@csirt/contracts';
import { Question as QuestionEntity } from '../feedback/question.entity';
import { FeedbackMetrics as FeedbackMetricsModel } from '../feedback/feedback-metrics.service';
import { ReportPage } from '../reports/report-page';
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

/** A new question or feedback. */
export type AskQuestionInput = {
  /** The question or feedback, 1 to 20,000 characters. */
  body: Scalars['String']['input'];
  /** Constituency of the asker (teams service id), at most 200 characters. */
  constituencyId?: InputMaybe<Scalars['String']['input']>;
  /** Question or feedback; QUESTION when omitted. */
  kind?: InputMaybe<QuestionKind>;
  /** Headline, 3 to 300 characters. */
  subject: Scalars['String']['input'];
  /** TLP 2.0 label as written (e.g. GREEN, TLP:AMBER+STRICT); AMBER when omitted. Not RED: a question must be readable by the analysts who answer it. */
  tlp?: InputMaybe<Scalars['String']['input']>;
};

/** Why one item of a bulk submission was refused. */
export type BulkItemError = {
  __typename?: 'BulkItemError';
  /** Stable error code, as in a GraphQL error's extensions.code. */
  code: Scalars['String']['output'];
  /** The offending field, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** What was wrong, for people. */
  message: Scalars['String']['output'];
};

/** The outcome of one item of a bulk submission. */
export type BulkSubmitItem = {
  __typename?: 'BulkSubmitItem';
  /** Why the item was refused; null when accepted. */
  error?: Maybe<BulkItemError>;
  /** Position of the item in the submitted list (0-based). */
  index: Scalars['Int']['output'];
  /** The report, when the item was accepted (or had been accepted before under its idempotency key). */
  report?: Maybe<Report>;
};

/** The outcome of a bulk submission: one result per item, in order. */
export type BulkSubmitResult = {
  __typename?: 'BulkSubmitResult';
  /** Number of items accepted. */
  accepted: Scalars['Int']['output'];
  /** Per-item results, in the order submitted. */
  items: Array<BulkSubmitItem>;
  /** Number of items refused. */
  rejected: Scalars['Int']['output'];
};

/** Which of confidentiality, integrity and availability are affected. */
export type CiaImpact = {
  __typename?: 'CiaImpact';
  /** Availability is affected. */
  availability: Scalars['Boolean']['output'];
  /** Confidentiality is affected. */
  confidentiality: Scalars['Boolean']['output'];
  /** Integrity is affected. */
  integrity: Scalars['Boolean']['output'];
};

/** Reference Security Incident Taxonomy classification. */
export type Classification = {
  __typename?: 'Classification';
  /** RSIT class, e.g. intrusions. */
  rsitClass: Scalars['String']['output'];
  /** RSIT type within the class, e.g. system-compromise. */
  rsitType: Scalars['String']['output'];
};

/** Passing a triaged report to incident management. */
export type EscalateReportInput = {
  /** The existing incident to extend; null or omitted opens a new incident. */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, at most 2,000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Region of the incident (for the response team), when known. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** What the reporter is told about this decision (Report.reporterView), at most 2,000 characters. */
  reporterMessage?: InputMaybe<Scalars['String']['input']>;
};

/** Feedback figures over a period. A count of fewer than 5 questions is withheld (null), as are percentiles over fewer than 5 answers, so no figure singles out one asker. */
export type FeedbackMetrics = {
  __typename?: 'FeedbackMetrics';
  /** The answer target in seconds that dueAt is computed from. */
  answerTargetSeconds: Scalars['Int']['output'];
  /** Of those, how many have been answered. */
  answered?: Maybe<Scalars['Int']['output']>;
  /** Questions and feedback asked in the period (within the caller's TLP clearance). */
  asked?: Maybe<Scalars['Int']['output']>;
  /** Start of the period (inclusive). */
  from: Scalars['DateTime']['output'];
  /** Of those asked, how many were answered late or are still unanswered past their due time. */
  overdue?: Maybe<Scalars['Int']['output']>;
  /** Median seconds from asking to the answer. */
  timeToAnswerP50Seconds?: Maybe<Scalars['Int']['output']>;
  /** 90th percentile of seconds from asking to the answer. */
  timeToAnswerP90Seconds?: Maybe<Scalars['Int']['output']>;
  /** End of the period (exclusive). */
  to: Scalars['DateTime']['output'];
};

/** An incident, owned by the incidents service; intake only links reports to it. */
export type Incident = {
  __typename?: 'Incident';
  /** Incident id. */
  id: Scalars['ID']['output'];
};

/** A phase of the incident life cycle (NIST SP 800-61), as incident management names it. */
export type IncidentStatus =
  /** Being analysed. */
  | 'ANALYSIS'
  /** Done. */
  | 'CLOSED'
  /** Being contained. */
  | 'CONTAINMENT'
  /** Being eradicated. */
  | 'ERADICATION'
  /** Opened, not yet analysed. */
  | 'OPEN'
  /** Post-incident work (lessons learned, cost). */
  | 'POST_INCIDENT'
  /** Systems being recovered. */
  | 'RECOVERY';

/**
 * One indicator across the platform, keyed by its normalised type and value: the reports that
 * carry it (resolved here) and the incidents that carry it (resolved by the incidents
 * service), each as the caller's lists would show them.
 */
export type Indicator = {
  __typename?: 'Indicator';
  /** Reports the caller may read that carry the indicator, newest received first (same visibility as `reports`). */
  reports: ReportConnection;
  /** When the earliest report the caller may read that carries the indicator was received; null when none. */
  reportsFirstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** When the latest report the caller may read that carries the indicator was received; null when none. */
  reportsLastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Kind of indicator. */
  type: ObservableType;
  /** Normalised value (defanged, case, ASN and CVE spelling as everywhere on the platform). */
  value: Scalars['String']['output'];
};


/**
 * One indicator across the platform, keyed by its normalised type and value: the reports that
 * carry it (resolved here) and the incidents that carry it (resolved by the incidents
 * service), each as the caller's lists would show them.
 */
export type IndicatorReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Answers an OPEN question (1 to 20,000 characters). Requires ANALYST. */
  answerQuestion: Question;
  /** Asks a question or sends feedback. Requires REPORTER or ANALYST. */
  askQuestion: Question;
  /** Closes an OPEN or ANSWERED question. The asker may close its own; an ANALYST any it may read. */
  closeQuestion: Question;
  /** Passes a TRIAGED report to incident management (a new incident, or an existing one). Requires ANALYST. */
  escalateReport: Report;
  /** Merges a TRIAGED report into another report (not itself, not a merged or rejected one). Requires ANALYST. `reporterMessage`: what the reporter is told. */
  mergeReport: Report;
  /** Pauses a report's running triage clock while the team waits on the constituent; the reason (5 to 2000 characters) is kept. REPORT.CLOCK_NOT_RUNNING, REPORT.CLOCK_ALREADY_PAUSED. Requires ANALYST. */
  pauseReportClock: Report;
  /** Proposes an answered question as a FAQ: announcements drafts an EDUCATION advisory from it for PR and legal review. A second call changes nothing. Requires ANALYST. */
  proposeAnswerAsFaq: Question;
  /** Closes a TRIAGED report as not an incident. Requires ANALYST. `reporterMessage`: what the reporter is told (Report.reporterView). */
  rejectReport: Report;
  /** Runs a paused triage clock again for the time it had left. REPORT.CLOCK_NOT_PAUSED. Requires ANALYST. */
  resumeReportClock: Report;
  /** Accepts a report. Requires REPORTER or ANALYST; the PARTNER_CSIRT channel needs a partner's credentials, the SENSOR channel a sensor's (REPORT.CHANNEL_NOT_ALLOWED otherwise). */
  submitReport: Report;
  /** Accepts up to 500 reports at once (sensors, partner feeds); a bad item, or one on a channel the caller may not use, is refused alone. Requires REPORTER or ANALYST. */
  submitReports: BulkSubmitResult;
  /** Classifies and prioritises a NEW report. Requires ANALYST. */
  triageReport: Report;
};


export type MutationAnswerQuestionArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


export type MutationCloseQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEscalateReportArgs = {
  id: Scalars['ID']['input'];
  input: EscalateReportInput;
};


export type MutationMergeReportArgs = {
  id: Scalars['ID']['input'];
  intoReportId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  reporterMessage?: InputMaybe<Scalars['String']['input']>;
};


export type MutationPauseReportClockArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationProposeAnswerAsFaqArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectReportArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  reporterMessage?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResumeReportClockArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitReportArgs = {
  input: SubmitReportInput;
};


export type MutationSubmitReportsArgs = {
  inputs: Array<SubmitReportInput>;
};


export type MutationTriageReportArgs = {
  id: Scalars['ID']['input'];
  input: TriageReportInput;
};

/** A typed indicator, validated and normalised. */
export type Observable = {
  __typename?: 'Observable';
  /** Kind of indicator. */
  type: ObservableType;
  /** Normalised value. */
  value: Scalars['String']['output'];
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

/** Position in a paginated list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** Feedback figures for questions asked in [from, to), at most 366 days. Small groups withheld. */
  feedbackMetrics: FeedbackMetrics;
  /** The caller's own questions, newest asked first. */
  myQuestions: QuestionConnection;
  /** One question, if it exists and the caller may read it. A REPORTER reads only its own questions. */
  question?: Maybe<Question>;
  /** The analysts' answer queue: every question the caller may read, oldest asked first unless `order` says otherwise. */
  questions: QuestionConnection;
  /** One report, if it exists and the caller may read it. REPORTERs read only reports they submitted. */
  report?: Maybe<Report>;
  /** Reports the caller may read, newest received first unless `order` says otherwise; the cursor continues in the order it was made with. */
  reports: ReportConnection;
  /**
   * Where an indicator has been seen: the reports and incidents the caller may read that carry
   * it, with first and last seen. The value is normalised first (`1.2.3[.]4` finds `1.2.3.4`);
   * an invalid one is REPORT.INVALID_OBSERVABLE. Requires a role that reads reports or incidents.
   */
  sightings: Indicator;
};


export type QueryFeedbackMetricsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryMyQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuestionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<QuestionOrder>;
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<ReportOrder>;
};


export type QuerySightingsArgs = {
  type: ObservableType;
  value: Scalars['String']['input'];
};

/** A question or feedback from a constituent, with the team's answer once there is one. */
export type Question = {
  __typename?: 'Question';
  /** The answer, once given. */
  answer?: Maybe<QuestionAnswer>;
  /** When it was asked; the answer clock starts here. */
  askedAt: Scalars['DateTime']['output'];
  /** Who asked (token subject). */
  askedBy: Scalars['String']['output'];
  /** What the constituent asked or said. */
  body: Scalars['String']['output'];
  /** When it was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Constituency of the asker (teams service id), when given. */
  constituencyId?: Maybe<Scalars['String']['output']>;
  /** When the answer is due (askedAt plus the feedback answer target, 72 hours). */
  dueAt: Scalars['DateTime']['output'];
  /** When an analyst proposed the answer as a FAQ (an EDUCATION announcement draft). */
  faqProposedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Question or feedback. */
  kind: QuestionKind;
  /** Whether it was not answered (or closed) by dueAt: still open past it, or answered or closed after it. */
  overdue: Scalars['Boolean']['output'];
  /** Where it is. */
  status: QuestionStatus;
  /** Headline. */
  subject: Scalars['String']['output'];
  /** Seconds from askedAt to the answer (the answer clock), once answered. */
  timeToAnswerSeconds?: Maybe<Scalars['Int']['output']>;
  /** TLP label of the question and its answer. */
  tlp: Tlp;
};

/** The team's answer to a question. */
export type QuestionAnswer = {
  __typename?: 'QuestionAnswer';
  /** When. */
  answeredAt: Scalars['DateTime']['output'];
  /** Who answered (token subject). */
  answeredBy: Scalars['String']['output'];
  /** The answer, as the asker reads it. */
  body: Scalars['String']['output'];
};

/** A page of questions. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  /** The questions on this page. */
  edges: Array<QuestionEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** One question in a list. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** Opaque position of this question in the list. */
  cursor: Scalars['String']['output'];
  /** The question. */
  node: Question;
};

/** Filters for the question queue; all given filters must match. */
export type QuestionFilter = {
  /** Only questions from this constituency. */
  constituencyId?: InputMaybe<Scalars['String']['input']>;
  /** Only questions or only feedback. */
  kind?: InputMaybe<QuestionKind>;
  /** Only overdue questions (true: not answered or closed by dueAt), or only the others (false). With status [OPEN]: the late part of the queue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only questions in one of these statuses. */
  status?: InputMaybe<Array<QuestionStatus>>;
};

/** What a constituent sent: a question to be answered, or feedback on the team's service. */
export type QuestionKind =
  /** Feedback on the team's service; answered as well, so the sender knows it was read. */
  | 'FEEDBACK'
  /** A question that wants an answer. */
  | 'QUESTION';

/** The order of a question list, by time asked (then id). */
export type QuestionOrder =
  /** Newest asked first. */
  | 'NEWEST_FIRST'
  /** Oldest asked first: the answer queue. */
  | 'OLDEST_FIRST';

/** Where a question is. OPEN -> ANSWERED -> CLOSED, or OPEN -> CLOSED (withdrawn or settled without an answer). */
export type QuestionStatus =
  /** Answered; the asker can read the answer. */
  | 'ANSWERED'
  /** Closed by the asker or an analyst; nothing more happens. */
  | 'CLOSED'
  /** Waiting for an analyst's answer; the answer clock runs. */
  | 'OPEN';

/** Another open report that may be about the same thing, and why it was matched. */
export type RelatedReport = {
  __typename?: 'RelatedReport';
  /** When the match was found. */
  detectedAt: Scalars['DateTime']['output'];
  /** Why they were matched, for people. */
  reason: Scalars['String']['output'];
  /** The other report. */
  report: Report;
  /** Observables both reports carry (empty when matched by similarity only). */
  sharedObservables: Array<Observable>;
  /** Title similarity 0 to 1 (trigram), when the titles are alike. */
  titleSimilarity?: Maybe<Scalars['Float']['output']>;
};

/** A report of a (possible) security incident, from any channel: the start of everything the team does. */
export type Report = {
  __typename?: 'Report';
  /** Systems, services or assets the reporter named. */
  affectedAssets: Array<Scalars['String']['output']>;
  /** How it reached the team. */
  channel: ReportChannel;
  /** Which of confidentiality, integrity and availability are affected. */
  cia: CiaImpact;
  /** RSIT classification, once triaged. */
  classification?: Maybe<Classification>;
  /** Every decision taken on it, oldest first. */
  decisions: Array<ReportDecision>;
  /** What the reporter said. */
  description: Scalars['String']['output'];
  /** The incident requested at escalation (null: a new one, or one the caller may not read). Set until and after the incident links back. */
  escalatedToIncidentId?: Maybe<Scalars['ID']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The incident this report belongs to, once incident management has opened or extended it; null while the caller may not read that incident. */
  incident?: Maybe<Incident>;
  /** The report this one was merged into, when MERGED (null if the caller may not read it). */
  mergedInto?: Maybe<Report>;
  /** Indicators in the report, validated and normalised. */
  observables: Array<Observable>;
  /** When the reported event happened, when known. */
  occurredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The partner CSIRT whose credentials submitted it on the PARTNER_CSIRT channel (token claim partner_id). */
  partnerId?: Maybe<Scalars['String']['output']>;
  /** Priority, once triaged. */
  priority?: Maybe<Priority>;
  /** When the team received it; the response-time clock starts here. */
  receivedAt: Scalars['DateTime']['output'];
  /** Named recipients of a TLP:RED report (token subjects or person ids), besides the submitter. */
  recipients: Array<Scalars['String']['output']>;
  /** Human-readable reference, e.g. RPT-2026-000123. */
  reference: Scalars['String']['output'];
  /** Running (not CLOSED) incidents that share an indicator with this report, most shared first, besides the one it belongs to; only those the caller may read. From incident management's events (a read model), at most 20. */
  relatedIncidents: Array<Incident>;
  /** Open reports that may be duplicates or related, with the reason; only those the caller may read. */
  relatedReports: Array<RelatedReport>;
  /** Who sent it. */
  reporter: Reporter;
  /** The report as its reporter follows it (status, the decisions meant for it, the incident it became part of), with nothing internal. Readable by whoever may read the report; the incident part by its submitter and by who may read the incident. */
  reporterView: ReporterView;
  /** The sensor whose credentials submitted it on the SENSOR channel (token claim sensor_id). */
  sensorId?: Maybe<Scalars['String']['output']>;
  /** Severity 1 (low) to 4 (critical), once triaged. */
  severity?: Maybe<Scalars['Int']['output']>;
  /** Service-level clocks measured against the constituency's targets; null when the report names no constituency. */
  sla?: Maybe<ReportSla>;
  /** Where it is in triage. */
  status: ReportStatus;
  /** Who submitted it (token subject). */
  submittedBy: Scalars['String']['output'];
  /** Classification and priority proposed from the content (beside the analyst's decision). */
  suggestion: TriageSuggestion;
  /** Seconds from receipt to the triage decision (the triage clock). */
  timeToTriageSeconds?: Maybe<Scalars['Int']['output']>;
  /** Headline. */
  title: Scalars['String']['output'];
  /** TLP label of the report. */
  tlp: Tlp;
  /** When it was triaged. */
  triagedAt?: Maybe<Scalars['DateTime']['output']>;
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
  availability: Scalars['Boolean']['input'];
  /** Confidentiality is affected. */
  confidentiality: Scalars['Boolean']['input'];
  /** Integrity is affected. */
  integrity: Scalars['Boolean']['input'];
};

/** An RSIT classification. */
export type ReportClassificationInput = {
  /** RSIT class, e.g. intrusions. */
  rsitClass: Scalars['String']['input'];
  /** RSIT type within the class, e.g. system-compromise. */
  rsitType: Scalars['String']['input'];
};

/** A page of reports. */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  /** The reports on this page. */
  edges: Array<ReportEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many reports the caller may see match the filter, on every page; counted up to 10,000 (10,000 means at least that many). */
  totalCount: Scalars['Int']['output'];
};

/** One decision on a report: who took it, when and why. */
export type ReportDecision = {
  __typename?: 'ReportDecision';
  /** When. */
  decidedAt: Scalars['DateTime']['output'];
  /** Who decided (token subject). */
  decidedBy: Scalars['String']['output'];
  /** Status before the decision. */
  fromStatus: ReportStatus;
  /** What was decided. */
  kind: ReportDecisionKind;
  /** Why, in the analyst's words (internal). */
  reason?: Maybe<Scalars['String']['output']>;
  /** What the analyst told the reporter about it (shown in Report.reporterView); null when nothing. */
  reporterMessage?: Maybe<Scalars['String']['output']>;
  /** Status after the decision. */
  toStatus: ReportStatus;
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

/** One report in a list. */
export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Opaque position of this report in the list. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: Report;
};

/** Filters for the report list; all given filters must match. */
export type ReportFilter = {
  /** true: only reports whose triage clock breached; false: only reports whose clock has not. */
  breached?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only reports from this channel. */
  channel?: InputMaybe<ReportChannel>;
  /** Only reports from this constituency. */
  constituencyId?: InputMaybe<Scalars['String']['input']>;
  /** Only reports whose triage clock runs (not met, breached or paused) and falls due before this time. */
  dueBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reports carrying this indicator (given as in a submission; it is normalised the same way). */
  observable?: InputMaybe<ReportObservableInput>;
  /** Only reports received at or after this time. */
  receivedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reports received before this time. */
  receivedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reports of this RSIT class. */
  rsitClass?: InputMaybe<Scalars['String']['input']>;
  /** Only reports of this RSIT type (with or without rsitClass). */
  rsitType?: InputMaybe<Scalars['String']['input']>;
  /** Only reports in one of these statuses. */
  status?: InputMaybe<Array<ReportStatus>>;
  /** Full-text search in title and description (web-search syntax: words, "phrases", -exclusions). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An indicator as the reporter gave it; it is validated and normalised (defanged forms such as hxxp and [.] are accepted). */
export type ReportObservableInput = {
  /** Kind of indicator. */
  type: ObservableType;
  /** Value as given. */
  value: Scalars['String']['input'];
};

/** The order of the report list, by time received (then id). */
export type ReportOrder =
  /** Newest received first. */
  | 'NEWEST_FIRST'
  /** Oldest received first: the triage queue. */
  | 'OLDEST_FIRST';

/**
 * The service-level clocks of a report, measured from its receipt against its constituency's
 * targets (teams directory). Intake owns the triage clock; acknowledging, containing and
 * recovering are measured by incident management on the incident.
 */
export type ReportSla = {
  __typename?: 'ReportSla';
  /** Receipt to triage decision. */
  triage: SlaClock;
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
export type Reporter = {
  __typename?: 'Reporter';
  /** Constituency the reporter belongs to, when known (teams service id). */
  constituencyId?: Maybe<Scalars['String']['output']>;
  /** E-mail address, when given. */
  email?: Maybe<Scalars['String']['output']>;
  /** Name as given (a person, a sensor, a partner team). */
  name: Scalars['String']['output'];
  /** Organisation, when given. */
  organisation?: Maybe<Scalars['String']['output']>;
};

/** A decision on a report that the analyst addressed to its reporter. */
export type ReporterDecision = {
  __typename?: 'ReporterDecision';
  /** When it was taken. */
  decidedAt: Scalars['DateTime']['output'];
  /** What the analyst told the reporter. */
  message: Scalars['String']['output'];
  /** Where the report stood after it. */
  outcome: ReportStatus;
};

/**
 * The incident a report became part of, as its reporter may see it: no id, title, label,
 * people or indicators.
 */
export type ReporterIncidentView = {
  __typename?: 'ReporterIncidentView';
  /** When it was closed; null while it is not CLOSED. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was opened. */
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the incident is in its life cycle. */
  phase: IncidentStatus;
  /** The outcome as written for reporters, once CLOSED; null before or when none was written. */
  resolutionSummary?: Maybe<Scalars['String']['output']>;
};

/** Who sent a report. */
export type ReporterInput = {
  /** Constituency id (teams service), when known. */
  constituencyId?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Name (a person, a sensor, a partner team), 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Organisation, at most 200 characters. */
  organisation?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A report as its reporter follows it: nothing internal (no analyst names or reasons, no
 * classification, no related reports or incidents).
 */
export type ReporterView = {
  __typename?: 'ReporterView';
  /** The decisions meant for the reporter, oldest first. */
  decisions: Array<ReporterDecision>;
  /** The incident it became part of, once incident management has opened or extended one; null before. */
  incident?: Maybe<ReporterIncidentView>;
  /** When the team received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** The report's reference, to quote when writing to the team. */
  reference: Scalars['String']['output'];
  /** Where it is in triage. */
  status: ReportStatus;
};

/** One service-level clock. */
export type SlaClock = {
  __typename?: 'SlaClock';
  /** When it breached, if it did. */
  breachedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it falls due (pushed back by the time spent paused); while paused, the due time it had when paused. */
  dueAt: Scalars['DateTime']['output'];
  /** When it was met, if it was. */
  metAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it is paused now. */
  paused: Scalars['Boolean']['output'];
  /** Every pause, oldest first, with its reason. */
  pauses: Array<SlaPause>;
  state: SlaClockState;
  /** The constituency's target, in minutes from the report (paused time not counted). */
  targetMinutes: Scalars['Int']['output'];
};

/** Where a service-level clock stands. */
export type SlaClockState =
  /** Its due time passed before it was met. */
  | 'BREACHED'
  /** Stopped in time. */
  | 'MET'
  /** Stopped while the team waits on the constituent; paused time does not count. */
  | 'PAUSED'
  /** Counting down to its due time. */
  | 'RUNNING';

/** A pause of a service-level clock. */
export type SlaPause = {
  __typename?: 'SlaPause';
  pausedAt: Scalars['DateTime']['output'];
  pausedBy: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** Null while it lasts. */
  resumedAt?: Maybe<Scalars['DateTime']['output']>;
  resumedBy?: Maybe<Scalars['String']['output']>;
};

/** A new report. */
export type SubmitReportInput = {
  /** Affected systems or assets, at most 100 of at most 500 characters each. */
  affectedAssets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** How it reached the team. */
  channel: ReportChannel;
  /** Which of C, I, A are affected; none when omitted. */
  cia?: InputMaybe<ReportCiaImpactInput>;
  /** What happened, at most 20,000 characters. */
  description: Scalars['String']['input'];
  /** Client-chosen key, at most 200 characters: a retry with the same key returns the first report instead of creating another. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Indicators, at most 500. */
  observables?: InputMaybe<Array<ReportObservableInput>>;
  /** When the event happened, when known. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When the team received it (e.g. the e-mail's arrival); now when omitted. Not in the future. */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** For a TLP:RED report: who besides the submitter may read it (token subjects or person ids of analysts), at most 50. */
  recipients?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who sent it. */
  reporter: ReporterInput;
  /** Headline, 3 to 300 characters. */
  title: Scalars['String']['input'];
  /** TLP 2.0 label as written, e.g. AMBER, TLP:AMBER+STRICT (WHITE is read as CLEAR); AMBER when omitted. */
  tlp?: InputMaybe<Scalars['String']['input']>;
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

/** An analyst's triage decision. */
export type TriageReportInput = {
  /** RSIT classification. */
  classification: ReportClassificationInput;
  /** Priority. */
  priority: Priority;
  /** Why, at most 2,000 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** What the reporter is told about this decision (Report.reporterView), at most 2,000 characters. */
  reporterMessage?: InputMaybe<Scalars['String']['input']>;
  /** Severity 1 (low) to 4 (critical). */
  severity: Scalars['Int']['input'];
  /** New TLP label, when the analyst relabels the report (as in SubmitReportInput.tlp). */
  tlp?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Classification and priority proposed from the report's content. Shown beside the analyst's
 * decision; it never replaces it.
 */
export type TriageSuggestion = {
  __typename?: 'TriageSuggestion';
  /** Proposed RSIT classification, when the content points to one. */
  classification?: Maybe<Classification>;
  /** Proposed priority. */
  priority: Priority;
  /** What the proposal is based on (keywords, observable types, CIA impact, constituency). */
  reasons: Array<Scalars['String']['output']>;
  /** Proposed severity 1 (low) to 4 (critical). */
  severity: Scalars['Int']['output'];
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
  Indicator: Indicator;
  Report: Report;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Indicator:
    ( { __typename: 'Indicator' }
    & GraphQLRecursivePick<FederationTypes['Indicator'], {"type":true,"value":true}> );
  Report:
    ( { __typename: 'Report' }
    & GraphQLRecursivePick<FederationTypes['Report'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AskQuestionInput: AskQuestionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BulkItemError: ResolverTypeWrapper<BulkItemError>;
  BulkSubmitItem: ResolverTypeWrapper<Omit<BulkSubmitItem, 'report'> & { report?: Maybe<ResolversTypes['Report']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BulkSubmitResult: ResolverTypeWrapper<Omit<BulkSubmitResult, 'items'> & { items: Array<ResolversTypes['BulkSubmitItem']> }>;
  CiaImpact: ResolverTypeWrapper<CiaImpact>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Classification: ResolverTypeWrapper<Classification>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EscalateReportInput: EscalateReportInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FeedbackMetrics: ResolverTypeWrapper<FeedbackMetricsModel>;
  Incident: ResolverTypeWrapper<IncidentRef>;
  IncidentStatus: IncidentStatus;
  Indicator: ResolverTypeWrapper<IndicatorKey>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Observable: ResolverTypeWrapper<Observable>;
  ObservableType: ObservableType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Priority: Priority;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<QuestionEntity>;
  QuestionAnswer: ResolverTypeWrapper<QuestionAnswer>;
  QuestionConnection: ResolverTypeWrapper<Omit<QuestionConnection, 'edges'> & { edges: Array<ResolversTypes['QuestionEdge']> }>;
  QuestionEdge: ResolverTypeWrapper<Omit<QuestionEdge, 'node'> & { node: ResolversTypes['Question'] }>;
  QuestionFilter: QuestionFilter;
  QuestionKind: QuestionKind;
  QuestionOrder: QuestionOrder;
  QuestionStatus: QuestionStatus;
  RelatedReport: ResolverTypeWrapper<RelatedReportRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Report: ResolverTypeWrapper<ReportEntity>;
  ReportChannel: ReportChannel;
  ReportCiaImpactInput: ReportCiaImpactInput;
  ReportClassificationInput: ReportClassificationInput;
  ReportConnection: ResolverTypeWrapper<ReportPage>;
  ReportDecision: ResolverTypeWrapper<ReportDecisionEntity>;
  ReportDecisionKind: ReportDecisionKind;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  ReportFilter: ReportFilter;
  ReportObservableInput: ReportObservableInput;
  ReportOrder: ReportOrder;
  ReportSla: ResolverTypeWrapper<ReportSla>;
  ReportStatus: ReportStatus;
  Reporter: ResolverTypeWrapper<Reporter>;
  ReporterDecision: ResolverTypeWrapper<DecisionForReporter>;
  ReporterIncidentView: ResolverTypeWrapper<IncidentForReporter>;
  ReporterInput: ReporterInput;
  ReporterView: ResolverTypeWrapper<ReportEntity>;
  SlaClock: ResolverTypeWrapper<SlaClock>;
  SlaClockState: SlaClockState;
  SlaPause: ResolverTypeWrapper<SlaPause>;
  SubmitReportInput: SubmitReportInput;
  Tlp: Tlp;
  TriageReportInput: TriageReportInput;
  TriageSuggestion: ResolverTypeWrapper<TriageSuggestion>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AskQuestionInput: AskQuestionInput;
  String: Scalars['String']['output'];
  BulkItemError: BulkItemError;
  BulkSubmitItem: Omit<BulkSubmitItem, 'report'> & { report?: Maybe<ResolversParentTypes['Report']> };
  Int: Scalars['Int']['output'];
  BulkSubmitResult: Omit<BulkSubmitResult, 'items'> & { items: Array<ResolversParentTypes['BulkSubmitItem']> };
  CiaImpact: CiaImpact;
  Boolean: Scalars['Boolean']['output'];
  Classification: Classification;
  DateTime: Scalars['DateTime']['output'];
  EscalateReportInput: EscalateReportInput;
  ID: Scalars['ID']['output'];
  FeedbackMetrics: FeedbackMetricsModel;
  Incident: IncidentRef;
  Indicator: IndicatorKey;
  Mutation: Record<PropertyKey, never>;
  Observable: Observable;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Question: QuestionEntity;
  QuestionAnswer: QuestionAnswer;
  QuestionConnection: Omit<QuestionConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuestionEdge']> };
  QuestionEdge: Omit<QuestionEdge, 'node'> & { node: ResolversParentTypes['Question'] };
  QuestionFilter: QuestionFilter;
  RelatedReport: RelatedReportRow;
  Float: Scalars['Float']['output'];
  Report: ReportEntity;
  ReportCiaImpactInput: ReportCiaImpactInput;
  ReportClassificationInput: ReportClassificationInput;
  ReportConnection: ReportPage;
  ReportDecision: ReportDecisionEntity;
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  ReportFilter: ReportFilter;
  ReportObservableInput: ReportObservableInput;
  ReportSla: ReportSla;
  Reporter: Reporter;
  ReporterDecision: DecisionForReporter;
  ReporterIncidentView: IncidentForReporter;
  ReporterInput: ReporterInput;
  ReporterView: ReportEntity;
  SlaClock: SlaClock;
  SlaPause: SlaPause;
  SubmitReportInput: SubmitReportInput;
  TriageReportInput: TriageReportInput;
  TriageSuggestion: TriageSuggestion;
}>;

export type BulkItemErrorResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['BulkItemError'] = ResolversParentTypes['BulkItemError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BulkSubmitItemResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['BulkSubmitItem'] = ResolversParentTypes['BulkSubmitItem']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['BulkItemError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
}>;

export type BulkSubmitResultResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['BulkSubmitResult'] = ResolversParentTypes['BulkSubmitResult']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['BulkSubmitItem']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CiaImpactResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['CiaImpact'] = ResolversParentTypes['CiaImpact']> = ResolversObject<{
  availability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidentiality?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  integrity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ClassificationResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Classification'] = ResolversParentTypes['Classification']> = ResolversObject<{
  rsitClass?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rsitType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FeedbackMetricsResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['FeedbackMetrics'] = ResolversParentTypes['FeedbackMetrics']> = ResolversObject<{
  answerTargetSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  answered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  asked?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeToAnswerP50Seconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  timeToAnswerP90Seconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type IncidentResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'], FederationReferenceType extends FederationReferenceTypes['Indicator'] = FederationReferenceTypes['Indicator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  reports?: Resolver<ResolversTypes['ReportConnection'], ParentType, ContextType, Partial<IndicatorReportsArgs>>;
  reportsFirstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportsLastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ObservableType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  answerQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAnswerQuestionArgs, 'body' | 'id'>>;
  askQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAskQuestionArgs, 'input'>>;
  closeQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationCloseQuestionArgs, 'id'>>;
  escalateReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationEscalateReportArgs, 'id' | 'input'>>;
  mergeReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationMergeReportArgs, 'id' | 'intoReportId'>>;
  pauseReportClock?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationPauseReportClockArgs, 'id' | 'reason'>>;
  proposeAnswerAsFaq?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationProposeAnswerAsFaqArgs, 'id'>>;
  rejectReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationRejectReportArgs, 'id' | 'reason'>>;
  resumeReportClock?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationResumeReportClockArgs, 'id'>>;
  submitReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationSubmitReportArgs, 'input'>>;
  submitReports?: Resolver<ResolversTypes['BulkSubmitResult'], ParentType, ContextType, RequireFields<MutationSubmitReportsArgs, 'inputs'>>;
  triageReport?: Resolver<ResolversTypes['Report'], ParentType, ContextType, RequireFields<MutationTriageReportArgs, 'id' | 'input'>>;
}>;

export type ObservableResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Observable'] = ResolversParentTypes['Observable']> = ResolversObject<{
  type?: Resolver<ResolversTypes['ObservableType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  feedbackMetrics?: Resolver<ResolversTypes['FeedbackMetrics'], ParentType, ContextType, RequireFields<QueryFeedbackMetricsArgs, 'from' | 'to'>>;
  myQuestions?: Resolver<ResolversTypes['QuestionConnection'], ParentType, ContextType, Partial<QueryMyQuestionsArgs>>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType, RequireFields<QueryQuestionArgs, 'id'>>;
  questions?: Resolver<ResolversTypes['QuestionConnection'], ParentType, ContextType, RequireFields<QueryQuestionsArgs, 'order'>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reports?: Resolver<ResolversTypes['ReportConnection'], ParentType, ContextType, RequireFields<QueryReportsArgs, 'order'>>;
  sightings?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<QuerySightingsArgs, 'type' | 'value'>>;
}>;

export type QuestionResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = ResolversObject<{
  answer?: Resolver<Maybe<ResolversTypes['QuestionAnswer']>, ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  askedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  constituencyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  faqProposedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuestionKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QuestionStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeToAnswerSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
}>;

export type QuestionAnswerResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['QuestionAnswer'] = ResolversParentTypes['QuestionAnswer']> = ResolversObject<{
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  answeredBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuestionConnectionResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type QuestionEdgeResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
}>;

export type RelatedReportResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['RelatedReport'] = ResolversParentTypes['RelatedReport']> = ResolversObject<{
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
  sharedObservables?: Resolver<Array<ResolversTypes['Observable']>, ParentType, ContextType>;
  titleSimilarity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ReportResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  affectedAssets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ReportChannel'], ParentType, ContextType>;
  cia?: Resolver<ResolversTypes['CiaImpact'], ParentType, ContextType>;
  classification?: Resolver<Maybe<ResolversTypes['Classification']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['ReportDecision']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  escalatedToIncidentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
  observables?: Resolver<Array<ResolversTypes['Observable']>, ParentType, ContextType>;
  occurredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  partnerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relatedIncidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType>;
  relatedReports?: Resolver<Array<ResolversTypes['RelatedReport']>, ParentType, ContextType>;
  reporter?: Resolver<ResolversTypes['Reporter'], ParentType, ContextType>;
  reporterView?: Resolver<ResolversTypes['ReporterView'], ParentType, ContextType>;
  sensorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sla?: Resolver<Maybe<ResolversTypes['ReportSla']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestion?: Resolver<ResolversTypes['TriageSuggestion'], ParentType, ContextType>;
  timeToTriageSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  triagedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ReportConnectionResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReportDecisionResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['ReportDecision'] = ResolversParentTypes['ReportDecision']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStatus?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportDecisionKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reporterMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
}>;

export type ReportEdgeResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
}>;

export type ReportSlaResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['ReportSla'] = ResolversParentTypes['ReportSla']> = ResolversObject<{
  triage?: Resolver<ResolversTypes['SlaClock'], ParentType, ContextType>;
}>;

export type ReporterResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['Reporter'] = ResolversParentTypes['Reporter']> = ResolversObject<{
  constituencyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReporterDecisionResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['ReporterDecision'] = ResolversParentTypes['ReporterDecision']> = ResolversObject<{
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
}>;

export type ReporterIncidentViewResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['ReporterIncidentView'] = ResolversParentTypes['ReporterIncidentView']> = ResolversObject<{
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  resolutionSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ReporterViewResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['ReporterView'] = ResolversParentTypes['ReporterView']> = ResolversObject<{
  decisions?: Resolver<Array<ResolversTypes['ReporterDecision']>, ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['ReporterIncidentView']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
}>;

export type SlaClockResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['SlaClock'] = ResolversParentTypes['SlaClock']> = ResolversObject<{
  breachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  metAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pauses?: Resolver<Array<ResolversTypes['SlaPause']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SlaClockState'], ParentType, ContextType>;
  targetMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SlaPauseResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['SlaPause'] = ResolversParentTypes['SlaPause']> = ResolversObject<{
  pausedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pausedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resumedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resumedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TriageSuggestionResolvers<ContextType = IntakeContext, ParentType extends ResolversParentTypes['TriageSuggestion'] = ResolversParentTypes['TriageSuggestion']> = ResolversObject<{
  classification?: Resolver<Maybe<ResolversTypes['Classification']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IntakeContext> = ResolversObject<{
  BulkItemError?: BulkItemErrorResolvers<ContextType>;
  BulkSubmitItem?: BulkSubmitItemResolvers<ContextType>;
  BulkSubmitResult?: BulkSubmitResultResolvers<ContextType>;
  CiaImpact?: CiaImpactResolvers<ContextType>;
  Classification?: ClassificationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FeedbackMetrics?: FeedbackMetricsResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Observable?: ObservableResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionAnswer?: QuestionAnswerResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  RelatedReport?: RelatedReportResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportDecision?: ReportDecisionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  ReportSla?: ReportSlaResolvers<ContextType>;
  Reporter?: ReporterResolvers<ContextType>;
  ReporterDecision?: ReporterDecisionResolvers<ContextType>;
  ReporterIncidentView?: ReporterIncidentViewResolvers<ContextType>;
  ReporterView?: ReporterViewResolvers<ContextType>;
  SlaClock?: SlaClockResolvers<ContextType>;
  SlaPause?: SlaPauseResolvers<ContextType>;
  TriageSuggestion?: TriageSuggestionResolvers<ContextType>;
}>;

