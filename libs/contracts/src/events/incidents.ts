import { z } from 'zod';
import { defineEvent } from '../define-event';
import { TOPICS } from '../topics';
import { ClassificationSchema, ObservableSchema, SeveritySchema, TlpSchema } from '../vocabulary';

/** Events of the incident management service, on `csirt.incidents.incidents`, keyed by incident id. */

export const INCIDENT_STATUSES = [
  'OPEN',
  'ANALYSIS',
  'CONTAINMENT',
  'ERADICATION',
  'RECOVERY',
  'POST_INCIDENT',
  'CLOSED',
] as const;
/** A phase of the incident life cycle (NIST SP 800-61). */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
const IncidentStatusSchema = z.enum(INCIDENT_STATUSES);

const incidentRef = {
  incidentId: z.uuid(),
  reference: z.string(),
};

/** A new incident exists. Teams proposes a response team; intake links the reports. */
export const IncidentOpenedV1 = defineEvent({
  type: 'incidents.incident.opened',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    title: z.string(),
    severity: SeveritySchema,
    tlp: TlpSchema,
    classification: ClassificationSchema.nullable(),
    constituencyId: z.string().nullable(),
    region: z.string().nullable(),
    /** Reports the incident was opened from (intake's report ids). */
    reportIds: z.array(z.uuid()),
    openedAt: z.iso.datetime({ offset: true }),
  }),
});

/** An escalated report was attached to an incident that already existed. */
export const IncidentReportAttachedV1 = defineEvent({
  type: 'incidents.incident.report-attached',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    reportId: z.uuid(),
    attachedAt: z.iso.datetime({ offset: true }),
  }),
});

export const IncidentStatusChangedV1 = defineEvent({
  type: 'incidents.incident.status-changed',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    from: IncidentStatusSchema,
    to: IncidentStatusSchema,
    changedBy: z.string(),
    changedAt: z.iso.datetime({ offset: true }),
    note: z.string().nullable(),
  }),
});

export const IncidentSeverityChangedV1 = defineEvent({
  type: 'incidents.incident.severity-changed',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    from: SeveritySchema,
    to: SeveritySchema,
    tlp: TlpSchema,
    changedBy: z.string(),
    changedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * The incident's TLP label changed (raised by an attached report or a merge, or set by a
 * handler). Consumers that keep the label, e.g. to decide who may see what they hold about
 * the incident, update it. The envelope carries the stricter of the two labels.
 */
export const IncidentTlpChangedV1 = defineEvent({
  type: 'incidents.incident.tlp-changed',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    from: TlpSchema,
    to: TlpSchema,
    changedBy: z.string(),
    changedAt: z.iso.datetime({ offset: true }),
    /** Why a label was lowered (required then); null when raised. Absent from older events. */
    reason: z.string().nullable().optional(),
  }),
});

/**
 * Where the incident happened changed: its region or its constituency (set by a handler).
 * Services keeping a copy (teams: whose region the response team's security officer must
 * be from) replace theirs. Both values as they now are; the topic is keyed by incident id,
 * so changes arrive in order.
 */
export const IncidentRegionChangedV1 = defineEvent({
  type: 'incidents.incident.region-changed',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    region: z.string().nullable(),
    constituencyId: z.string().nullable(),
    changedBy: z.string(),
    changedAt: z.iso.datetime({ offset: true }),
  }),
});

export const IncidentMergedV1 = defineEvent({
  type: 'incidents.incident.merged',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    intoIncidentId: z.uuid(),
    mergedBy: z.string(),
    mergedAt: z.iso.datetime({ offset: true }),
  }),
});

export const IncidentClosedV1 = defineEvent({
  type: 'incidents.incident.closed',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    resolution: z.string(),
    closedBy: z.string(),
    closedAt: z.iso.datetime({ offset: true }),
    /**
     * What the reporters of the incident's reports may be told of its outcome, written for
     * them (no names, indicators or restricted detail); null when none was written. Absent
     * from older events. `resolution` stays internal.
     */
    publicResolutionSummary: z.string().nullable().optional(),
  }),
});

/**
 * The incident closed while tasks were still open: they were cancelled in the same step,
 * with this reason (closing with open tasks is refused otherwise). Precedes the closed event.
 */
export const IncidentTasksCancelledV1 = defineEvent({
  type: 'incidents.incident.tasks-cancelled',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    taskIds: z.array(z.uuid()).min(1),
    reason: z.string(),
    cancelledBy: z.string(),
    cancelledAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * A CLOSED incident was reopened to an earlier phase, with a reason (it follows the
 * status-changed event of the same move). Services that acted on the closure (teams
 * dissolved the response team) may act again.
 */
export const IncidentReopenedV1 = defineEvent({
  type: 'incidents.incident.reopened',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    to: IncidentStatusSchema,
    reason: z.string(),
    reopenedBy: z.string(),
    reopenedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * The incident's indicators now (the whole list, in the normal form of observables.ts),
 * whenever they change (opened, report attached, merge, added by hand). Intake keeps them
 * to show a new report the running incidents it shares an indicator with. Consumers replace
 * what they hold; the topic is keyed by incident id, so they arrive in order.
 */
export const IncidentIndicatorsChangedV1 = defineEvent({
  type: 'incidents.incident.indicators-changed',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    observables: z.array(ObservableSchema),
    changedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * Who may read the incident now. The incidents service is the one authority on incident
 * visibility; it publishes this whenever the label or the set of named readers changes, so
 * services that hold references to the incident (intake's reports, announcements' advisories)
 * show the reference only to callers who may read the incident, and never reveal its id to
 * anyone else. `readers` (subjects and person ids) matters only for TLP:RED, where it lists
 * every named recipient: the named recipients of its reports, the analyst who escalated it
 * and its response team. Consumers replace what they hold with the latest `version`.
 */
export const IncidentAccessChangedV1 = defineEvent({
  type: 'incidents.incident.access-changed',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    ...incidentRef,
    tlp: TlpSchema,
    readers: z.array(z.string()),
    /** Grows with every change of this incident's access; older ones are ignored. */
    version: z.number().int().nonnegative(),
    changedAt: z.iso.datetime({ offset: true }),
  }),
});

/**
 * An escalation into an existing incident was not applied: the incident does not exist or
 * the escalating analyst may not read it (one reason for both, so the refusal reveals
 * nothing), or it is CLOSED (reopen it first). Intake returns the report to TRIAGED with the
 * reason. Keyed by report id.
 */
export const IncidentEscalationRefusedV1 = defineEvent({
  type: 'incidents.escalation.refused',
  version: 1,
  topic: TOPICS.incidents,
  schema: z.object({
    reportId: z.uuid(),
    /** The incident the escalation named, as intake sent it. */
    incidentId: z.uuid(),
    /** INCIDENT_CLOSED only to an analyst who may read the incident (it tells that it exists). */
    reason: z.enum(['INCIDENT_NOT_FOUND', 'INCIDENT_CLOSED']),
    refusedAt: z.iso.datetime({ offset: true }),
  }),
});

export const INCIDENT_EVENTS = [
  IncidentOpenedV1,
  IncidentReportAttachedV1,
  IncidentStatusChangedV1,
  IncidentSeverityChangedV1,
  IncidentTlpChangedV1,
  IncidentMergedV1,
  IncidentClosedV1,
  IncidentTasksCancelledV1,
  IncidentReopenedV1,
  IncidentRegionChangedV1,
  IncidentIndicatorsChangedV1,
  IncidentAccessChangedV1,
  IncidentEscalationRefusedV1,
];
