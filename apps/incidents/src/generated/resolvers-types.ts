import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Incident as IncidentEntity } from '../incidents/incident.entity';
import { Task as TaskEntity } from '../tasks/task.entity';
import { TimelineEntry as TimelineEntryEntity } from '../timeline/timeline-entry.entity';
import { IncidentLinkView } from '../incidents/incident-link.entity';
import { IncidentMetricsParent } from '../metrics/incident-metrics.service';
import { EntityRef, IncidentsContext } from '../context';
import { IndicatorRef } from '../incidents/sightings';
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

/** Incidents with one RSIT class (or none yet). */
export type ClassificationCount = {
  __typename?: 'ClassificationCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** RSIT class, or null for incidents not yet classified. */
  rsitClass?: Maybe<Scalars['String']['output']>;
};

/** Time to resolve against complexity. */
export type ComplexityResolution = {
  __typename?: 'ComplexityResolution';
  /** Of those, how many are closed; null when it (or the rest) is fewer than `minimumGroupSize`. */
  closed?: Maybe<Scalars['Int']['output']>;
  /** Complexity, or null for incidents not judged. */
  complexity?: Maybe<IncidentComplexity>;
  /** Incidents of this complexity in the range. */
  count: Scalars['Int']['output'];
  /** Mean effort in person-hours over the closed ones. */
  meanEffortHours?: Maybe<Scalars['Float']['output']>;
  /** Mean time to close, in seconds, over the closed ones; null when those are fewer than `minimumGroupSize`. */
  meanSecondsToClose?: Maybe<Scalars['Float']['output']>;
};

/** The community a team serves. */
export type Constituency = {
  __typename?: 'Constituency';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
};

/** A new task. */
export type CreateTaskInput = {
  /** Person id (teams service) of the assignee. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Details, at most 10,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The incident it belongs to. */
  incidentId: Scalars['ID']['input'];
  /** What it is for. */
  kind: TaskKind;
  /** ACTION (default) or RECOMMENDATION. Under NONE authority an ACTION is refused (`TASK.ACTION_NOT_AUTHORISED`). */
  purpose?: InputMaybe<TaskPurpose>;
  /** INDIRECT authority: whom at the constituency's management the action is raised with, at most 200 characters. */
  raisedWith?: InputMaybe<Scalars['String']['input']>;
  /** What to do, 3 to 200 characters. */
  title: Scalars['String']['input'];
};

/** Statistics of one duration over the incidents that reached its end point. */
export type DurationStats = {
  __typename?: 'DurationStats';
  /** Incidents that reached the end point; null (with every figure) when fewer than `minimumGroupSize`. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Mean in seconds; null when count is 0. */
  meanSeconds?: Maybe<Scalars['Float']['output']>;
  /** Median (percentile_cont 0.5) in seconds. */
  p50Seconds?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile (percentile_cont 0.9) in seconds. */
  p90Seconds?: Maybe<Scalars['Float']['output']>;
  /** 95th percentile (percentile_cont 0.95) in seconds. */
  p95Seconds?: Maybe<Scalars['Float']['output']>;
};

/** Estimated financial loss. */
export type EstimatedLoss = {
  __typename?: 'EstimatedLoss';
  /** Amount in the currency's major unit. */
  amount: Scalars['Float']['output'];
  /** ISO 4217 currency code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** A security incident: one or more escalated reports under one handling process. */
export type Incident = {
  __typename?: 'Incident';
  /** First move to ANALYSIS (time to acknowledge ends here). */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Affected assets (host names, services, systems), deduplicated. */
  affectedAssets: Array<Scalars['String']['output']>;
  /** Which of confidentiality, integrity and availability are affected. */
  cia: CiaImpact;
  /** RSIT classification, once known. */
  classification?: Maybe<Classification>;
  /** When the incident was closed (time to close ends here). */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How hard the incident is to resolve, when judged. */
  complexity?: Maybe<IncidentComplexity>;
  /** The affected constituency, resolved by the teams service. */
  constituency?: Maybe<Constituency>;
  /** Id of the affected constituency (teams service). */
  constituencyId?: Maybe<Scalars['ID']['output']>;
  /** Last entry into CONTAINMENT on the path that holds (cleared by a back-step to an earlier phase). */
  containmentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Effort spent so far, in person-hours. */
  effortHours: Scalars['Float']['output'];
  /** Last entry into ERADICATION on the path that holds; containment counts as achieved here (time to contain ends here). */
  eradicationAt?: Maybe<Scalars['DateTime']['output']>;
  /** Estimated financial loss, when estimated. */
  estimatedLoss?: Maybe<EstimatedLoss>;
  /** Incident id. */
  id: Scalars['ID']['output'];
  /** Lessons learned (required to close above severity 2). */
  lessonsLearned?: Maybe<Scalars['String']['output']>;
  /** Incidents linked to this one that the caller may read. */
  links: Array<IncidentLink>;
  /** The incident this one was merged into, if it was (and the caller may read it). */
  mergedInto?: Maybe<Incident>;
  /** Indicators from all reports and merged incidents, deduplicated by type and value. */
  observables: Array<Observable>;
  /** When the incident was opened (the start of every time-to metric). */
  openedAt: Scalars['DateTime']['output'];
  /** Token subject (or service) that opened the incident. */
  openedBy: Scalars['String']['output'];
  /** How actively the incident's indicators may be used. */
  pap: Pap;
  /** Last entry into POST_INCIDENT; recovery counts as achieved here (time to recover ends here). */
  postIncidentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Handling priority as set by triage, e.g. P1. */
  priority: Scalars['String']['output'];
  /** The outcome as the reporters of its reports are told it when it closes (written for them: no names, indicators or restricted detail); `resolution` stays internal. */
  publicResolutionSummary?: Maybe<Scalars['String']['output']>;
  /** Last entry into RECOVERY on the path that holds. */
  recoveryAt?: Maybe<Scalars['DateTime']['output']>;
  /** Human-readable reference, e.g. INC-2026-00042. */
  reference: Scalars['String']['output'];
  /** Affected region. */
  region?: Maybe<Scalars['String']['output']>;
  /** The intake reports the incident was opened from or extended with (including those of merged incidents). */
  reports: Array<Report>;
  /** How the incident was resolved (required to close). */
  resolution?: Maybe<Scalars['String']['output']>;
  /** Severity 1 (low) to 4 (critical). */
  severity: Scalars['Int']['output'];
  /** Where the incident is in its life cycle. */
  status: IncidentStatus;
  /** What is known, for the handlers. */
  summary: Scalars['String']['output'];
  /** Containment, eradication and recovery tasks, oldest first. */
  tasks: Array<Task>;
  /** Append-only history, oldest first, including every automatic change. */
  timeline: Array<TimelineEntry>;
  /** Headline. */
  title: Scalars['String']['output'];
  /** TLP label of the incident; TLP:RED incidents are visible only to their response team. */
  tlp: Tlp;
  /** Last change of any field. */
  updatedAt: Scalars['DateTime']['output'];
};

/** CIA impact to set. */
export type IncidentCiaImpactInput = {
  /** Availability is affected. */
  availability: Scalars['Boolean']['input'];
  /** Confidentiality is affected. */
  confidentiality: Scalars['Boolean']['input'];
  /** Integrity is affected. */
  integrity: Scalars['Boolean']['input'];
};

/** RSIT classification to set. */
export type IncidentClassificationInput = {
  /** RSIT class. */
  rsitClass: Scalars['String']['input'];
  /** RSIT type within the class. */
  rsitType: Scalars['String']['input'];
};

/** How hard the incident is to resolve, as judged by the team. */
export type IncidentComplexity =
  /** Needs specialist work (forensics, legal, several organisations). */
  | 'HIGH'
  /** Routine; handled with standard procedures. */
  | 'LOW'
  /** Needs coordination across systems or teams. */
  | 'MEDIUM';

/** A page of incidents. */
export type IncidentConnection = {
  __typename?: 'IncidentConnection';
  /** The incidents on this page. */
  edges: Array<IncidentEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
};

/** One incident in a list. */
export type IncidentEdge = {
  __typename?: 'IncidentEdge';
  /** Opaque position of this incident in the list. */
  cursor: Scalars['String']['output'];
  /** The incident. */
  node: Incident;
};

/** Estimated loss to set. */
export type IncidentEstimatedLossInput = {
  /** Amount, zero or more. */
  amount: Scalars['Float']['input'];
  /** ISO 4217 currency code, three capital letters. */
  currency: Scalars['String']['input'];
};

/** Filters for the incident list; all given filters must match. */
export type IncidentFilter = {
  /** Only incidents with a task (not cancelled) assigned to this person (person id in the teams service). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only incidents affecting this constituency. */
  constituencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only incidents carrying this indicator; the value is normalised (defanged, case, ASN and CVE spelling) as everywhere on the platform. */
  observable?: InputMaybe<IncidentObservableInput>;
  /** Only incidents opened at or after this time. */
  openedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only incidents opened before this time. */
  openedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only incidents of one of these severities (1 to 4). */
  severity?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only incidents in one of these statuses. */
  status?: InputMaybe<Array<IncidentStatus>>;
  /** Only incidents whose reference, title or summary contains this text (case-insensitive, at least 3 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only incidents with one of these TLP labels (within what the caller may read anyway). */
  tlp?: InputMaybe<Array<Tlp>>;
};

/** A link from one incident to another. */
export type IncidentLink = {
  __typename?: 'IncidentLink';
  /** The other incident, or null if the caller may not read it. */
  incident?: Maybe<Incident>;
  /** When. */
  linkedAt: Scalars['DateTime']['output'];
  /** Who linked them (token subject). */
  linkedBy: Scalars['String']['output'];
  /** Why they were linked. */
  reason: Scalars['String']['output'];
  /** How they are related. */
  relation: IncidentRelation;
};

/**
 * What the team reads about its incident handling. Covers the incidents opened in the range
 * that the caller may read (its clearance; TLP:RED ones only where it is a named reader).
 * Merged-away incidents are not counted (their reports live on in the incident they were merged into).
 * No figure describes fewer than `minimumGroupSize` incidents: smaller groups are left out of
 * the lists (with the next smallest, when the rest would give them away) and their counts and
 * statistics are null; when the whole range holds fewer, `total` is null and nothing is told.
 *
 * Durations start at `openedAt` and end at:
 * - acknowledge: `acknowledgedAt`, the first move to ANALYSIS;
 * - contain: `eradicationAt`, entry into ERADICATION (containment achieved) on the path that held;
 * - recover: `postIncidentAt`, entry into POST_INCIDENT (recovery achieved);
 * - close: `closedAt`.
 */
export type IncidentMetrics = {
  __typename?: 'IncidentMetrics';
  /** Counts by RSIT class, most frequent first. */
  byClassification: Array<ClassificationCount>;
  /** Counts by severity, 1 to 4; severities with none are omitted. */
  bySeverity: Array<SeverityCount>;
  /**
   * The range by calendar month (UTC), constituency and RSIT class (whatever `groupBy`),
   * oldest month first. Read from a rollup kept with every incident change, so it answers in
   * milliseconds over millions of incidents; `range` must therefore start and end on month
   * starts (`METRICS.RANGE_NOT_WHOLE_MONTHS` otherwise). Cells of fewer than
   * `minimumGroupSize` incidents are left out (with the next smallest, when the rest would give
   * them away). `lossBucketEdges`: ascending edges from the 1-2-5 series (1, 2, 5, 10, 20, 50,
   * …, at most 10^12; `METRICS.INVALID_INPUT` otherwise); buckets [0, e1), [e1, e2), …, [en, ∞)
   * per currency. Default 1000, 10000, 100000.
   */
  cells: Array<IncidentMetricsCell>;
  /** Start of the range. */
  from: Scalars['DateTime']['output'];
  /** Counts against the loss threshold, when one was given. */
  lossBelowThreshold?: Maybe<LossThresholdCount>;
  /** The smallest number of incidents any figure describes. */
  minimumGroupSize: Scalars['Int']['output'];
  /** Incidents handled per period, oldest first; periods with none, or too few, are omitted. */
  perPeriod: Array<IncidentPeriodCount>;
  /** Time and effort to resolve per complexity (LOW, MEDIUM, HIGH, then not judged). */
  resolutionByComplexity: Array<ComplexityResolution>;
  /** Opened to first ANALYSIS. */
  timeToAcknowledge: DurationStats;
  /** Opened to CLOSED. */
  timeToClose: DurationStats;
  /** Opened to ERADICATION entered. */
  timeToContain: DurationStats;
  /** Opened to POST_INCIDENT entered. */
  timeToRecover: DurationStats;
  /** End of the range (exclusive). */
  to: Scalars['DateTime']['output'];
  /** Incidents opened in the range; null when fewer than `minimumGroupSize`. */
  total?: Maybe<Scalars['Int']['output']>;
};


/**
 * What the team reads about its incident handling. Covers the incidents opened in the range
 * that the caller may read (its clearance; TLP:RED ones only where it is a named reader).
 * Merged-away incidents are not counted (their reports live on in the incident they were merged into).
 * No figure describes fewer than `minimumGroupSize` incidents: smaller groups are left out of
 * the lists (with the next smallest, when the rest would give them away) and their counts and
 * statistics are null; when the whole range holds fewer, `total` is null and nothing is told.
 *
 * Durations start at `openedAt` and end at:
 * - acknowledge: `acknowledgedAt`, the first move to ANALYSIS;
 * - contain: `eradicationAt`, entry into ERADICATION (containment achieved) on the path that held;
 * - recover: `postIncidentAt`, entry into POST_INCIDENT (recovery achieved);
 * - close: `closedAt`.
 */
export type IncidentMetricsCellsArgs = {
  lossBucketEdges?: InputMaybe<Array<Scalars['Float']['input']>>;
};

/**
 * The figures of one cell: the incidents opened in one calendar month (UTC) for one
 * constituency with one RSIT class, that the caller may read. Triage is not here: it happens in
 * intake, before the incident exists; every time starts at the incident's opening.
 */
export type IncidentMetricsCell = {
  __typename?: 'IncidentMetricsCell';
  /** The constituency; null for incidents with none. */
  constituencyId?: Maybe<Scalars['ID']['output']>;
  /** Incidents in the cell. */
  count: Scalars['Int']['output'];
  /** Loss estimates per currency and bucket (the edges asked for); buckets withheld when small, with the next smallest when the rest would give them away. */
  loss: Array<LossBucketCount>;
  /** Incidents with no loss estimate; null when withheld. */
  lossNotEstimated?: Maybe<Scalars['Int']['output']>;
  /** Start of the month (UTC). */
  month: Scalars['DateTime']['output'];
  /** Time and effort to resolve per complexity. */
  resolutionByComplexity: Array<ComplexityResolution>;
  /** RSIT class; null for incidents not yet classified. */
  rsitClass?: Maybe<Scalars['String']['output']>;
  /** Opened to first ANALYSIS, against the acknowledge target. */
  timeToAcknowledge: ServiceTimeStats;
  /** Opened to CLOSED (no target). */
  timeToClose: ServiceTimeStats;
  /** Opened to ERADICATION entered, against the contain target. */
  timeToContain: ServiceTimeStats;
  /** Opened to POST_INCIDENT entered, against the recover target. */
  timeToRecover: ServiceTimeStats;
};

/** An indicator to add to an incident. */
export type IncidentObservableInput = {
  /** Kind of indicator. */
  type: ObservableType;
  /** Value; stored trimmed (and lower-cased for case-insensitive kinds). */
  value: Scalars['String']['input'];
};

/** Incidents counted in one period. */
export type IncidentPeriodCount = {
  __typename?: 'IncidentPeriodCount';
  /** Of those, how many are closed by now; null when it (or the rest of the period) is fewer than `minimumGroupSize`. */
  closed?: Maybe<Scalars['Int']['output']>;
  /** Incidents opened in the period. */
  opened: Scalars['Int']['output'];
  /** Start of the period (UTC). */
  periodStart: Scalars['DateTime']['output'];
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

/**
 * One indicator across the platform, keyed by its normalised type and value. Intake answers
 * `sightings` and the report side; this service the incidents that carry it, and the overall
 * first and last seen, which need the report side's pair (`@requires`).
 */
export type Indicator = {
  __typename?: 'Indicator';
  /** The earlier of the first report and the first incident seen; null when neither. */
  firstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Incidents the caller may read that carry the indicator, newest opened first (same visibility as `incidents`; empty for roles that do not read incidents). */
  incidents: IncidentConnection;
  /** When the earliest incident the caller may read that carries the indicator was opened; null when none. */
  incidentsFirstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** When the latest incident the caller may read that carries the indicator was opened; null when none. */
  incidentsLastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** The later of the last report and the last incident seen; null when neither. */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Resolved by intake: when the earliest readable report carrying the indicator was received. */
  reportsFirstSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Resolved by intake: when the latest readable report carrying the indicator was received. */
  reportsLastSeen?: Maybe<Scalars['DateTime']['output']>;
  /** Kind of indicator. */
  type: ObservableType;
  /** Normalised value. */
  value: Scalars['String']['output'];
};


/**
 * One indicator across the platform, keyed by its normalised type and value. Intake answers
 * `sightings` and the report side; this service the incidents that carry it, and the overall
 * first and last seen, which need the report side's pair (`@requires`).
 */
export type IndicatorIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Incidents of one cell whose loss estimate, in one currency, falls in [from, below). */
export type LossBucketCount = {
  __typename?: 'LossBucketCount';
  /** Upper edge, exclusive; null for the last, open-ended bucket. */
  below?: Maybe<Scalars['Float']['output']>;
  /** How many. */
  count: Scalars['Int']['output'];
  /** ISO 4217 currency; buckets of different currencies are never added up. */
  currency: Scalars['String']['output'];
  /** Lower edge, inclusive. */
  from: Scalars['Float']['output'];
};

/** How many incidents stayed below a loss threshold. */
export type LossThresholdCount = {
  __typename?: 'LossThresholdCount';
  /** The threshold amount. */
  amount: Scalars['Float']['output'];
  /** Incidents with an estimate in this currency at or above the amount; null when withheld. */
  atOrAbove?: Maybe<Scalars['Int']['output']>;
  /** Incidents with an estimate in this currency strictly below the amount; null when withheld (a small group, or one that would give a small group away). */
  below?: Maybe<Scalars['Int']['output']>;
  /** The threshold currency. */
  currency: Scalars['String']['output'];
  /** Incidents with no estimate, or an estimate in another currency; null when withheld. */
  notComparable?: Maybe<Scalars['Int']['output']>;
};

/** A loss threshold: count incidents whose estimated loss stayed below it. */
export type LossThresholdInput = {
  /** Amount. */
  amount: Scalars['Float']['input'];
  /** ISO 4217 currency code; only estimates in this currency are compared. */
  currency: Scalars['String']['input'];
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
  from: Scalars['DateTime']['input'];
  /** End, exclusive. */
  to: Scalars['DateTime']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a note to the timeline. Requires ANALYST or INCIDENT_MANAGER. */
  addTimelineEntry: TimelineEntry;
  /** Creates a task. Requires ANALYST or INCIDENT_MANAGER. */
  createTask: Task;
  /** Links two incidents. Requires INCIDENT_MANAGER. Returns the first incident. */
  linkIncidents: Incident;
  /**
   * Merges `sourceId` into `intoId`: reports, observables, assets and effort move to the target,
   * severity and TLP become the stricter of the two, and the source is closed as merged.
   * Requires INCIDENT_MANAGER. Returns the target.
   */
  mergeIncidents: Incident;
  /** Records that the constituency's management acted on a task raised with it (INDIRECT authority). Requires ANALYST or INCIDENT_MANAGER. */
  recordManagementAction: Task;
  /** Records the constituency contact's consent to an action task waiting for it (SHARED authority); it may then start. Requires ANALYST or INCIDENT_MANAGER. */
  recordTaskConsent: Task;
  /**
   * Splits an incident: moves some of its reports into a new incident, which starts OPEN with
   * the source's classification, severity, TLP, constituency and a copy of its indicators and
   * assets (the platform does not know which report brought which). Tasks stay. Recorded on
   * both timelines. Requires INCIDENT_MANAGER. Returns the new incident.
   */
  splitIncident: Incident;
  /**
   * Moves an incident to another phase. Requires INCIDENT_MANAGER. `resolution`,
   * `lessonsLearned` and `publicResolutionSummary`, when given, are stored first (closing needs
   * the first two; the third is what the reports' submitters are notified of on closing). Entering RECOVERY with
   * open containment tasks needs `overrideReason`. Closing with open tasks (any kind) needs
   * `cancelOpenTasksReason`: they are cancelled with it in the same step
   * (`INCIDENT.TASKS_OPEN` otherwise). Back-steps need a `note`; so does reopening a CLOSED
   * incident to an earlier phase (not OPEN; never one merged into another: `INCIDENT.MERGED`).
   */
  transitionIncident: Incident;
  /** Changes an incident's fields. Requires ANALYST or INCIDENT_MANAGER. */
  updateIncident: Incident;
  /** Changes a task. Requires ANALYST or INCIDENT_MANAGER. */
  updateTask: Task;
};


export type MutationAddTimelineEntryArgs = {
  incidentId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationLinkIncidentsArgs = {
  id: Scalars['ID']['input'];
  otherId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  relation: IncidentRelation;
};


export type MutationMergeIncidentsArgs = {
  intoId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  sourceId: Scalars['ID']['input'];
};


export type MutationRecordManagementActionArgs = {
  id: Scalars['ID']['input'];
  input: RecordManagementActionInput;
};


export type MutationRecordTaskConsentArgs = {
  id: Scalars['ID']['input'];
  input: RecordTaskConsentInput;
};


export type MutationSplitIncidentArgs = {
  input: SplitIncidentInput;
};


export type MutationTransitionIncidentArgs = {
  cancelOpenTasksReason?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  lessonsLearned?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  publicResolutionSummary?: InputMaybe<Scalars['String']['input']>;
  resolution?: InputMaybe<Scalars['String']['input']>;
  to: IncidentStatus;
};


export type MutationUpdateIncidentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateIncidentInput;
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
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

/** A member of staff who may take part in incident response. */
export type Person = {
  __typename?: 'Person';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One incident, if it exists and the caller may read it. Requires ANALYST, INCIDENT_MANAGER, AUDITOR or SECURITY_OFFICER. */
  incident?: Maybe<Incident>;
  /** Incident handling metrics over incidents opened in `range`. Requires INCIDENT_MANAGER or AUDITOR. */
  incidentMetrics: IncidentMetrics;
  /** Incidents the caller may read, newest opened first. Same roles as `incident`. */
  incidents: IncidentConnection;
};


export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncidentMetricsArgs = {
  groupBy: MetricsPeriod;
  lossThreshold?: InputMaybe<LossThresholdInput>;
  range: MetricsRangeInput;
};


export type QueryIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The constituency management's action on a task raised with it (INDIRECT authority). */
export type RecordManagementActionInput = {
  /** When they acted; now if not given. Not in the future. */
  actedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who acted (name and role at the constituency's management), 2 to 200 characters. */
  actedBy: Scalars['String']['input'];
  /** What they did, at most 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The constituency contact's consent to an action task (SHARED authority). */
export type RecordTaskConsentInput = {
  /** When they consented; now if not given. Not in the future. */
  givenAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Who consented (name and role at the constituency), 2 to 200 characters. */
  givenBy: Scalars['String']['input'];
  /** What they said or agreed to, at most 2,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A report of a (possible) security incident, from any channel: the start of everything the team does. */
export type Report = {
  __typename?: 'Report';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
};

/**
 * One time of the service (acknowledge, contain, recover, close) in one cell, against the
 * constituency's target where it has one. Percentiles are estimated from the rollup's
 * histogram (buckets growing by a factor 10^(1/20), about 12%): each lies within that factor
 * of the sample at rank floor(p·(n−1)), or within 60 s below one minute. `percentile_cont`
 * lies between that sample and the next.
 */
export type ServiceTimeStats = {
  __typename?: 'ServiceTimeStats';
  /** Share (0 to 1) of `count` that took longer than the target (estimated within the bucket straddling it); null without a target, or when the breached or the met ones are fewer than `minimumGroupSize`. */
  breachRate?: Maybe<Scalars['Float']['output']>;
  /** Incidents of the cell that reached the end point; null (with every figure) when fewer than `minimumGroupSize`. */
  count?: Maybe<Scalars['Int']['output']>;
  /** Mean in seconds (exact). */
  meanSeconds?: Maybe<Scalars['Float']['output']>;
  /** Median in seconds (estimated, see the type). */
  p50Seconds?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile in seconds (estimated). */
  p90Seconds?: Maybe<Scalars['Float']['output']>;
  /** 95th percentile in seconds (estimated). */
  p95Seconds?: Maybe<Scalars['Float']['output']>;
  /** The constituency's target in seconds; null when it has none known (or the time has no target, as closing). */
  targetSeconds?: Maybe<Scalars['Float']['output']>;
};

/** Incidents with one severity. */
export type SeverityCount = {
  __typename?: 'SeverityCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** Severity 1 to 4. */
  severity: Scalars['Int']['output'];
};

/** What to split off an incident. */
export type SplitIncidentInput = {
  /** The incident to split; it must be open. */
  incidentId: Scalars['ID']['input'];
  /** Why, for both timelines. */
  reason: Scalars['String']['input'];
  /** Reports of that incident to move; at least one, never all of them (at most 100). */
  reportIds: Array<Scalars['ID']['input']>;
  /** Title of the new incident, 3 to 200 characters. */
  title: Scalars['String']['input'];
};

/** An action to take during an incident. */
export type Task = {
  __typename?: 'Task';
  /** Who does it (teams service). */
  assignee?: Maybe<Person>;
  /** The response team's authority over the constituency when the task was created; null: no response team then (no gate). */
  authority?: Maybe<Authority>;
  /** The consent or management action it needs, and who gave it; null when the authority needs none. */
  clearance?: Maybe<TaskClearanceRecord>;
  /** When it was done or cancelled. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it (token subject). */
  createdBy: Scalars['String']['output'];
  /** Details. */
  description: Scalars['String']['output'];
  /** When it is due. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The incident it belongs to. */
  incident: Incident;
  /** What it is for. */
  kind: TaskKind;
  /** Whether it acts on the constituency or only recommends. */
  purpose: TaskPurpose;
  /** Where it is. */
  status: TaskStatus;
  /** What to do. */
  title: Scalars['String']['output'];
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Why the task may not start yet, and since when; null when nothing holds it. */
  waitingFor?: Maybe<TaskWait>;
};

/** Where an action task's clearance stands. */
export type TaskClearance =
  /** INDIRECT: the management acted. */
  | 'ACTED'
  /** SHARED: waits for the constituency contact's consent. */
  | 'AWAITING_CONSENT'
  /** SHARED: the contact consented; the task may start. */
  | 'CONSENTED'
  /** INDIRECT: raised with the constituency's management, waiting until it acts. */
  | 'RAISED';

/** The consent or management action an action task needs under its authority, and who gave it. */
export type TaskClearanceRecord = {
  __typename?: 'TaskClearanceRecord';
  /** When they did. */
  givenAt?: Maybe<Scalars['DateTime']['output']>;
  /** The contact who consented, or the manager who acted. */
  givenBy?: Maybe<Scalars['String']['output']>;
  /** What they said. */
  note?: Maybe<Scalars['String']['output']>;
  /** INDIRECT: whom at the constituency's management it was raised with. */
  raisedWith?: Maybe<Scalars['String']['output']>;
  /** Who recorded it (token subject). */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** When it entered that state. */
  since: Scalars['DateTime']['output'];
  /** Where it stands. */
  state: TaskClearance;
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

/** What holds a task before it may start. */
export type TaskWait = {
  __typename?: 'TaskWait';
  /** Why it waits. */
  reason: TaskWaitReason;
  /** Since when. */
  since: Scalars['DateTime']['output'];
};

/** Why a task waits. */
export type TaskWaitReason =
  /** The constituency contact's consent (SHARED authority). */
  | 'CONSTITUENT_CONSENT'
  /** The constituency's management, with which the task was raised (INDIRECT authority). */
  | 'MANAGEMENT_ACTION';

/** One append-only entry of an incident's history. Never edited in place. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** Who did it: a token subject, or `system:<what>` for automatic changes. */
  actor: Scalars['String']['output'];
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What kind of entry. */
  kind: TimelineEntryKind;
  /** What happened, in words. */
  message: Scalars['String']['output'];
  /** The incident's phase when it happened. */
  phase: IncidentStatus;
};

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

/** Changes to an incident; only given fields change. Each change is recorded in the timeline. */
export type UpdateIncidentInput = {
  /** Indicators to add (deduplicated). */
  addObservables?: InputMaybe<Array<IncidentObservableInput>>;
  /** Replaces the affected assets. */
  affectedAssets?: InputMaybe<Array<Scalars['String']['input']>>;
  /** CIA impact. */
  cia?: InputMaybe<IncidentCiaImpactInput>;
  /** RSIT classification. */
  classification?: InputMaybe<IncidentClassificationInput>;
  /** Complexity. */
  complexity?: InputMaybe<IncidentComplexity>;
  /** Affected constituency id. */
  constituencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Total effort spent so far, in person-hours. */
  effortHours?: InputMaybe<Scalars['Float']['input']>;
  /** Estimated loss. */
  estimatedLoss?: InputMaybe<IncidentEstimatedLossInput>;
  /** Lessons learned. */
  lessonsLearned?: InputMaybe<Scalars['String']['input']>;
  /** PAP label. */
  pap?: InputMaybe<Pap>;
  /** Priority, e.g. P1. */
  priority?: InputMaybe<Scalars['String']['input']>;
  /** What the reporters are told of the outcome when it closes, at most 5,000 characters (see Incident.publicResolutionSummary). */
  publicResolutionSummary?: InputMaybe<Scalars['String']['input']>;
  /** Affected region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Resolution. */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** Severity 1 to 4. */
  severity?: InputMaybe<Scalars['Int']['input']>;
  /** Summary, at most 20,000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Headline, 3 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** TLP label. Lowering it needs INCIDENT_MANAGER or SECURITY_OFFICER and a `tlpReason`. */
  tlp?: InputMaybe<Tlp>;
  /** Why the label is lowered (3 to 2000 characters); recorded on the timeline and in the tlp-changed event. */
  tlpReason?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a task; only given fields change. */
export type UpdateTaskInput = {
  /** Person id of the assignee. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Details. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New status. DONE and CANCELLED tasks can only be reopened (to OPEN). An action task waiting for consent or management (`waitingFor`) cannot become IN_PROGRESS or DONE (`TASK.AWAITING_CONSENT`, `TASK.AWAITING_MANAGEMENT`). */
  status?: InputMaybe<TaskStatus>;
  /** What to do. */
  title?: InputMaybe<Scalars['String']['input']>;
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
  Incident: Incident;
  Indicator: Indicator;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Incident:
    ( { __typename: 'Incident' }
    & GraphQLRecursivePick<FederationTypes['Incident'], {"id":true}> );
  Indicator:
    ( { __typename: 'Indicator' }
    & GraphQLRecursivePick<FederationTypes['Indicator'], {"type":true,"value":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"reportsFirstSeen":true}>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"reportsFirstSeen":true,"reportsLastSeen":true}>
        | GraphQLRecursivePick<FederationTypes['Indicator'], {"reportsLastSeen":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Authority: Authority;
  CiaImpact: ResolverTypeWrapper<CiaImpact>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Classification: ResolverTypeWrapper<Classification>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ClassificationCount: ResolverTypeWrapper<ClassificationCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ComplexityResolution: ResolverTypeWrapper<ComplexityResolution>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Constituency: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateTaskInput: CreateTaskInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DurationStats: ResolverTypeWrapper<DurationStats>;
  EstimatedLoss: ResolverTypeWrapper<EstimatedLoss>;
  Incident: ResolverTypeWrapper<IncidentEntity>;
  IncidentCiaImpactInput: IncidentCiaImpactInput;
  IncidentClassificationInput: IncidentClassificationInput;
  IncidentComplexity: IncidentComplexity;
  IncidentConnection: ResolverTypeWrapper<Omit<IncidentConnection, 'edges'> & { edges: Array<ResolversTypes['IncidentEdge']> }>;
  IncidentEdge: ResolverTypeWrapper<Omit<IncidentEdge, 'node'> & { node: ResolversTypes['Incident'] }>;
  IncidentEstimatedLossInput: IncidentEstimatedLossInput;
  IncidentFilter: IncidentFilter;
  IncidentLink: ResolverTypeWrapper<IncidentLinkView>;
  IncidentMetrics: ResolverTypeWrapper<IncidentMetricsParent>;
  IncidentMetricsCell: ResolverTypeWrapper<IncidentMetricsCell>;
  IncidentObservableInput: IncidentObservableInput;
  IncidentPeriodCount: ResolverTypeWrapper<IncidentPeriodCount>;
  IncidentRelation: IncidentRelation;
  IncidentStatus: IncidentStatus;
  Indicator: ResolverTypeWrapper<IndicatorRef>;
  LossBucketCount: ResolverTypeWrapper<LossBucketCount>;
  LossThresholdCount: ResolverTypeWrapper<LossThresholdCount>;
  LossThresholdInput: LossThresholdInput;
  MetricsPeriod: MetricsPeriod;
  MetricsRangeInput: MetricsRangeInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Observable: ResolverTypeWrapper<Observable>;
  ObservableType: ObservableType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pap: Pap;
  Person: ResolverTypeWrapper<EntityRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordManagementActionInput: RecordManagementActionInput;
  RecordTaskConsentInput: RecordTaskConsentInput;
  Report: ResolverTypeWrapper<EntityRef>;
  ServiceTimeStats: ResolverTypeWrapper<ServiceTimeStats>;
  SeverityCount: ResolverTypeWrapper<SeverityCount>;
  SplitIncidentInput: SplitIncidentInput;
  Task: ResolverTypeWrapper<TaskEntity>;
  TaskClearance: TaskClearance;
  TaskClearanceRecord: ResolverTypeWrapper<TaskClearanceRecord>;
  TaskKind: TaskKind;
  TaskPurpose: TaskPurpose;
  TaskStatus: TaskStatus;
  TaskWait: ResolverTypeWrapper<TaskWait>;
  TaskWaitReason: TaskWaitReason;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryEntity>;
  TimelineEntryKind: TimelineEntryKind;
  Tlp: Tlp;
  UpdateIncidentInput: UpdateIncidentInput;
  UpdateTaskInput: UpdateTaskInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CiaImpact: CiaImpact;
  Boolean: Scalars['Boolean']['output'];
  Classification: Classification;
  String: Scalars['String']['output'];
  ClassificationCount: ClassificationCount;
  Int: Scalars['Int']['output'];
  ComplexityResolution: ComplexityResolution;
  Float: Scalars['Float']['output'];
  Constituency: EntityRef;
  ID: Scalars['ID']['output'];
  CreateTaskInput: CreateTaskInput;
  DateTime: Scalars['DateTime']['output'];
  DurationStats: DurationStats;
  EstimatedLoss: EstimatedLoss;
  Incident: IncidentEntity;
  IncidentCiaImpactInput: IncidentCiaImpactInput;
  IncidentClassificationInput: IncidentClassificationInput;
  IncidentConnection: Omit<IncidentConnection, 'edges'> & { edges: Array<ResolversParentTypes['IncidentEdge']> };
  IncidentEdge: Omit<IncidentEdge, 'node'> & { node: ResolversParentTypes['Incident'] };
  IncidentEstimatedLossInput: IncidentEstimatedLossInput;
  IncidentFilter: IncidentFilter;
  IncidentLink: IncidentLinkView;
  IncidentMetrics: IncidentMetricsParent;
  IncidentMetricsCell: IncidentMetricsCell;
  IncidentObservableInput: IncidentObservableInput;
  IncidentPeriodCount: IncidentPeriodCount;
  Indicator: IndicatorRef;
  LossBucketCount: LossBucketCount;
  LossThresholdCount: LossThresholdCount;
  LossThresholdInput: LossThresholdInput;
  MetricsRangeInput: MetricsRangeInput;
  Mutation: Record<PropertyKey, never>;
  Observable: Observable;
  PageInfo: PageInfo;
  Person: EntityRef;
  Query: Record<PropertyKey, never>;
  RecordManagementActionInput: RecordManagementActionInput;
  RecordTaskConsentInput: RecordTaskConsentInput;
  Report: EntityRef;
  ServiceTimeStats: ServiceTimeStats;
  SeverityCount: SeverityCount;
  SplitIncidentInput: SplitIncidentInput;
  Task: TaskEntity;
  TaskClearanceRecord: TaskClearanceRecord;
  TaskWait: TaskWait;
  TimelineEntry: TimelineEntryEntity;
  UpdateIncidentInput: UpdateIncidentInput;
  UpdateTaskInput: UpdateTaskInput;
}>;

export type CiaImpactResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['CiaImpact'] = ResolversParentTypes['CiaImpact']> = ResolversObject<{
  availability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidentiality?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  integrity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ClassificationResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Classification'] = ResolversParentTypes['Classification']> = ResolversObject<{
  rsitClass?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rsitType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ClassificationCountResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['ClassificationCount'] = ResolversParentTypes['ClassificationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rsitClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComplexityResolutionResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['ComplexityResolution'] = ResolversParentTypes['ComplexityResolution']> = ResolversObject<{
  closed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  complexity?: Resolver<Maybe<ResolversTypes['IncidentComplexity']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meanEffortHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanSecondsToClose?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ConstituencyResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Constituency'] = ResolversParentTypes['Constituency']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DurationStatsResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['DurationStats'] = ResolversParentTypes['DurationStats']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meanSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p95Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type EstimatedLossResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['EstimatedLoss'] = ResolversParentTypes['EstimatedLoss']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IncidentResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident'], FederationReferenceType extends FederationReferenceTypes['Incident'] = FederationReferenceTypes['Incident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Incident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  affectedAssets?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cia?: Resolver<ResolversTypes['CiaImpact'], ParentType, ContextType>;
  classification?: Resolver<Maybe<ResolversTypes['Classification']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  complexity?: Resolver<Maybe<ResolversTypes['IncidentComplexity']>, ParentType, ContextType>;
  constituency?: Resolver<Maybe<ResolversTypes['Constituency']>, ParentType, ContextType>;
  constituencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  containmentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  effortHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  eradicationAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  estimatedLoss?: Resolver<Maybe<ResolversTypes['EstimatedLoss']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lessonsLearned?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['IncidentLink']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  observables?: Resolver<Array<ResolversTypes['Observable']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pap?: Resolver<ResolversTypes['Pap'], ParentType, ContextType>;
  postIncidentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicResolutionSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recoveryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tlp?: Resolver<ResolversTypes['Tlp'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type IncidentConnectionResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['IncidentConnection'] = ResolversParentTypes['IncidentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IncidentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type IncidentEdgeResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['IncidentEdge'] = ResolversParentTypes['IncidentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
}>;

export type IncidentLinkResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['IncidentLink'] = ResolversParentTypes['IncidentLink']> = ResolversObject<{
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  linkedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['IncidentRelation'], ParentType, ContextType>;
}>;

export type IncidentMetricsResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['IncidentMetrics'] = ResolversParentTypes['IncidentMetrics']> = ResolversObject<{
  byClassification?: Resolver<Array<ResolversTypes['ClassificationCount']>, ParentType, ContextType>;
  bySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['IncidentMetricsCell']>, ParentType, ContextType, Partial<IncidentMetricsCellsArgs>>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lossBelowThreshold?: Resolver<Maybe<ResolversTypes['LossThresholdCount']>, ParentType, ContextType>;
  minimumGroupSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPeriod?: Resolver<Array<ResolversTypes['IncidentPeriodCount']>, ParentType, ContextType>;
  resolutionByComplexity?: Resolver<Array<ResolversTypes['ComplexityResolution']>, ParentType, ContextType>;
  timeToAcknowledge?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  timeToClose?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  timeToContain?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  timeToRecover?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type IncidentMetricsCellResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['IncidentMetricsCell'] = ResolversParentTypes['IncidentMetricsCell']> = ResolversObject<{
  constituencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loss?: Resolver<Array<ResolversTypes['LossBucketCount']>, ParentType, ContextType>;
  lossNotEstimated?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolutionByComplexity?: Resolver<Array<ResolversTypes['ComplexityResolution']>, ParentType, ContextType>;
  rsitClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeToAcknowledge?: Resolver<ResolversTypes['ServiceTimeStats'], ParentType, ContextType>;
  timeToClose?: Resolver<ResolversTypes['ServiceTimeStats'], ParentType, ContextType>;
  timeToContain?: Resolver<ResolversTypes['ServiceTimeStats'], ParentType, ContextType>;
  timeToRecover?: Resolver<ResolversTypes['ServiceTimeStats'], ParentType, ContextType>;
}>;

export type IncidentPeriodCountResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['IncidentPeriodCount'] = ResolversParentTypes['IncidentPeriodCount']> = ResolversObject<{
  closed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'], FederationReferenceType extends FederationReferenceTypes['Indicator'] = FederationReferenceTypes['Indicator']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  firstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  incidents?: Resolver<ResolversTypes['IncidentConnection'], ParentType, ContextType, Partial<IndicatorIncidentsArgs>>;
  incidentsFirstSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  incidentsLastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ObservableType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LossBucketCountResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['LossBucketCount'] = ResolversParentTypes['LossBucketCount']> = ResolversObject<{
  below?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type LossThresholdCountResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['LossThresholdCount'] = ResolversParentTypes['LossThresholdCount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  atOrAbove?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  below?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notComparable?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addTimelineEntry?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType, RequireFields<MutationAddTimelineEntryArgs, 'incidentId' | 'message'>>;
  createTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  linkIncidents?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationLinkIncidentsArgs, 'id' | 'otherId' | 'reason' | 'relation'>>;
  mergeIncidents?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationMergeIncidentsArgs, 'intoId' | 'reason' | 'sourceId'>>;
  recordManagementAction?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationRecordManagementActionArgs, 'id' | 'input'>>;
  recordTaskConsent?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationRecordTaskConsentArgs, 'id' | 'input'>>;
  splitIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationSplitIncidentArgs, 'input'>>;
  transitionIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationTransitionIncidentArgs, 'id' | 'to'>>;
  updateIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationUpdateIncidentArgs, 'id' | 'input'>>;
  updateTask?: Resolver<ResolversTypes['Task'], ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'id' | 'input'>>;
}>;

export type ObservableResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Observable'] = ResolversParentTypes['Observable']> = ResolversObject<{
  type?: Resolver<ResolversTypes['ObservableType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentArgs, 'id'>>;
  incidentMetrics?: Resolver<ResolversTypes['IncidentMetrics'], ParentType, ContextType, RequireFields<QueryIncidentMetricsArgs, 'groupBy' | 'range'>>;
  incidents?: Resolver<ResolversTypes['IncidentConnection'], ParentType, ContextType, Partial<QueryIncidentsArgs>>;
}>;

export type ReportResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ServiceTimeStatsResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['ServiceTimeStats'] = ResolversParentTypes['ServiceTimeStats']> = ResolversObject<{
  breachRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meanSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p95Seconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SeverityCountResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['SeverityCount'] = ResolversParentTypes['SeverityCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = ResolversObject<{
  assignee?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType>;
  clearance?: Resolver<Maybe<ResolversTypes['TaskClearanceRecord']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaskKind'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['TaskPurpose'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  waitingFor?: Resolver<Maybe<ResolversTypes['TaskWait']>, ParentType, ContextType>;
}>;

export type TaskClearanceRecordResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['TaskClearanceRecord'] = ResolversParentTypes['TaskClearanceRecord']> = ResolversObject<{
  givenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  givenBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  raisedWith?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TaskClearance'], ParentType, ContextType>;
}>;

export type TaskWaitResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['TaskWait'] = ResolversParentTypes['TaskWait']> = ResolversObject<{
  reason?: Resolver<ResolversTypes['TaskWaitReason'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TimelineEntryResolvers<ContextType = IncidentsContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEntryKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IncidentsContext> = ResolversObject<{
  CiaImpact?: CiaImpactResolvers<ContextType>;
  Classification?: ClassificationResolvers<ContextType>;
  ClassificationCount?: ClassificationCountResolvers<ContextType>;
  ComplexityResolution?: ComplexityResolutionResolvers<ContextType>;
  Constituency?: ConstituencyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DurationStats?: DurationStatsResolvers<ContextType>;
  EstimatedLoss?: EstimatedLossResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentConnection?: IncidentConnectionResolvers<ContextType>;
  IncidentEdge?: IncidentEdgeResolvers<ContextType>;
  IncidentLink?: IncidentLinkResolvers<ContextType>;
  IncidentMetrics?: IncidentMetricsResolvers<ContextType>;
  IncidentMetricsCell?: IncidentMetricsCellResolvers<ContextType>;
  IncidentPeriodCount?: IncidentPeriodCountResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  LossBucketCount?: LossBucketCountResolvers<ContextType>;
  LossThresholdCount?: LossThresholdCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Observable?: ObservableResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ServiceTimeStats?: ServiceTimeStatsResolvers<ContextType>;
  SeverityCount?: SeverityCountResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskClearanceRecord?: TaskClearanceRecordResolvers<ContextType>;
  TaskWait?: TaskWaitResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
}>;

