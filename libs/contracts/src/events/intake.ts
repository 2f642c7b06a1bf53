import { z } from 'zod';
import { defineEvent } from '../define-event';
import { TOPICS } from '../topics';
import {
  CiaImpactSchema,
  ClassificationSchema,
  ObservableSchema,
  SeveritySchema,
  TlpSchema,
} from '../vocabulary';

/** Events of the intake/triage service, on `csirt.intake.reports`, keyed by report id. */

const reportRef = {
  reportId: z.uuid(),
  reference: z.string(),
};

/** A report arrived through any channel. The response-time clock starts at `receivedAt`. */
export const ReportReceivedV1 = defineEvent({
  type: 'intake.report.received',
  version: 1,
  topic: TOPICS.intakeReports,
  schema: z.object({
    ...reportRef,
    channel: z.string(),
    title: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
    constituencyId: z.string().nullable(),
  }),
});

/** An analyst sorted the report. */
export const ReportTriagedV1 = defineEvent({
  type: 'intake.report.triaged',
  version: 1,
  topic: TOPICS.intakeReports,
  schema: z.object({
    ...reportRef,
    classification: ClassificationSchema,
    severity: SeveritySchema,
    priority: z.string(),
    triagedBy: z.string(),
    triagedAt: z.iso.datetime({ offset: true }),
    timeToTriageSeconds: z.number().nonnegative(),
    constituencyId: z.string().nullable(),
  }),
});

/**
 * The report is a (suspected) incident. Carries everything incident management needs to
 * open a new incident, or to extend the one named in `incidentId`.
 */
export const ReportEscalatedV1 = defineEvent({
  type: 'intake.report.escalated',
  version: 1,
  topic: TOPICS.intakeReports,
  schema: z.object({
    ...reportRef,
    /** Null: open a new incident. Otherwise: attach the report to this incident. */
    incidentId: z.uuid().nullable(),
    title: z.string(),
    description: z.string(),
    classification: ClassificationSchema.nullable(),
    severity: SeveritySchema,
    priority: z.string(),
    cia: CiaImpactSchema,
    tlp: TlpSchema,
    constituencyId: z.string().nullable(),
    region: z.string().nullable(),
    observables: z.array(ObservableSchema),
    affectedAssets: z.array(z.string()),
    receivedAt: z.iso.datetime({ offset: true }),
    occurredAt: z.iso.datetime({ offset: true }).nullable(),
    escalatedBy: z.string(),
    escalatedAt: z.iso.datetime({ offset: true }),
    reason: z.string().nullable(),
    /**
     * Who may read a TLP:RED report (token subjects or person ids; the submitter first), so
     * the incident can keep the same named recipients. Added later: optional, and absent
     * from events written before it existed.
     */
    recipients: z.array(z.string()).optional(),
    /**
     * The escalating analyst's clearance and person id, so incidents can check that the
     * analyst may read the incident escalated into. Optional for events written before;
     * without it the report's label is the clearance assumed (the analyst could read it).
     */
    escalatedByClearance: TlpSchema.optional(),
    escalatedByPersonId: z.string().nullable().optional(),
  }),
});

export const ReportRejectedV1 = defineEvent({
  type: 'intake.report.rejected',
  version: 1,
  topic: TOPICS.intakeReports,
  schema: z.object({
    ...reportRef,
    reason: z.string(),
    rejectedBy: z.string(),
    rejectedAt: z.iso.datetime({ offset: true }),
  }),
});

export const ReportMergedV1 = defineEvent({
  type: 'intake.report.merged',
  version: 1,
  topic: TOPICS.intakeReports,
  schema: z.object({
    ...reportRef,
    intoReportId: z.uuid(),
    mergedBy: z.string(),
    mergedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * The incident opened from (or extended by) a report closed: its submitter is told, through
 * announcements, which addresses one notification to `reporterSubject` alone. Everything in
 * it is reporter-safe by construction: the report's own reference, the closing time and the
 * public resolution summary incident management wrote for reporters; never the incident's
 * id, title, reference, people or indicators. Keyed by report id; `notificationKey` is the
 * same for a redelivery of the same closure, so a consumer creates one notification per key.
 */
export const ReportIncidentClosedV1 = defineEvent({
  type: 'intake.report.incident-closed',
  version: 1,
  // Its own topic: announcements reads these notices and never the reports' own events.
  topic: TOPICS.intakeNotices,
  schema: z.object({
    ...reportRef,
    /** Token subject of whoever submitted the report: the one recipient. */
    reporterSubject: z.string().min(1),
    /** `<reportId>:<closedAt>`: one notification per closure of the report's incident. */
    notificationKey: z.string().min(1),
    closedAt: z.iso.datetime({ offset: true }),
    publicResolutionSummary: z.string().nullable(),
  }),
});

/**
 * A report's service-level clock ran out before the report was decided: the constituency's
 * target (minutes from the report's receipt, paused time not counted) has passed. Fired
 * once per report and clock by intake's durable timers; a met or paused clock never fires.
 */
export const ReportSlaBreachedV1 = defineEvent({
  type: 'intake.report.sla-breached',
  version: 1,
  topic: TOPICS.intakeReports,
  schema: z.object({
    ...reportRef,
    clock: z.enum(['TRIAGE']),
    constituencyId: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
    dueAt: z.iso.datetime({ offset: true }),
    breachedAt: z.iso.datetime({ offset: true }),
  }),
});

export const INTAKE_EVENTS = [
  ReportReceivedV1,
  ReportTriagedV1,
  ReportEscalatedV1,
  ReportRejectedV1,
  ReportMergedV1,
  ReportIncidentClosedV1,
  ReportSlaBreachedV1,
];
