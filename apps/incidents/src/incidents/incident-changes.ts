import type { CiaImpact, Classification, IncidentStatus, Observable, Tlp } from '@csirt/contracts';
import type { NewTimelineEntry } from '../timeline/timeline';
import type { EscalatedReport } from './escalated-report';
import { describeOther, mayMention, reasonFor } from './describe-other';
import type { Incident } from './incident.entity';
import { isBackStep, phaseTimestampsAfter } from './incident-lifecycle';

/**
 * What can happen to an incident, as data. Use cases decide which changes happen (pure
 * functions, unit-tested); `record` (record.ts) applies them and writes what every change
 * implies: its timeline entry and its outbox events. Adding a field or an event means adding
 * a change here, not editing every use case.
 *
 * `actor` on a change: the platform made it on its own (e.g. `system:report-attached`),
 * not the person recording the use case; such changes are not audited as that person's.
 */
export type IncidentChange =
  | { kind: 'opened'; report: AttachedReport; reason: string | null; classification: Classification | null }
  | { kind: 'report-attached'; report: AttachedReport }
  | {
      /** Another source's indicators, assets and CIA impact taken in (see absorb). */
      kind: 'absorbed';
      observables: Observable[];
      affectedAssets: string[];
      cia: CiaImpact;
      added: { observables: number; assets: number };
      origin: AbsorbedOrigin;
      actor: string;
    }
  | {
      kind: 'severity-changed';
      from: number;
      to: number;
      /** Why it was raised automatically, e.g. `by the merge`; absent when set by hand. */
      cause?: string;
      actor?: string;
    }
  | { kind: 'tlp-changed'; from: Tlp; to: Tlp; reason: string | null; cause?: string; actor?: string }
  | {
      kind: 'fields-updated';
      values: Partial<Incident>;
      fields: string[];
      /** Timeline wording when not `Updated <fields>`. */
      message?: string;
    }
  | {
      kind: 'status-changed';
      from: IncidentStatus;
      to: IncidentStatus;
      note: string | null;
      /** Entering RECOVERY with containment tasks still open, and why. */
      override?: { reason: string; openContainmentTaskIds: string[] };
    }
  | { kind: 'closed' }
  /** Tasks still open when the incident closed, cancelled in the same step, and why. */
  | { kind: 'tasks-cancelled'; taskIds: string[]; reason: string }
  /** An action task's clearance came: the constituency contact consented (SHARED), or its management acted (INDIRECT). */
  | { kind: 'task-cleared'; taskId: string; title: string; clearance: 'CONSENTED' | 'ACTED'; givenBy: string; note: string | null }
  /** A CLOSED incident moved back to `to` (after its `status-changed`), and why. */
  | { kind: 'reopened'; to: IncidentStatus; reason: string }
  | { kind: 'merged-into'; from: IncidentStatus; into: Incident; reason: string; reportIds: string[]; taskIds: string[] }
  | {
      kind: 'merged-from';
      source: Incident;
      reason: string;
      reportIds: string[];
      taskIds: string[];
      effortHours: number;
      loss: { amount: number | null; currency: string | null };
      /** Why the source's loss estimate was not added, if it was not. */
      lossNote: string;
    }
  /** A new incident split off `source`, taking `reportIds` (inserts it; announced as opened). */
  | { kind: 'split-from'; source: Incident; reason: string; reportIds: string[] }
  /** Some of this incident's reports moved into the new incident `into`. */
  | { kind: 'split-into'; into: Incident; reason: string; reportIds: string[] };

/** Where what an incident absorbs comes from: a report attached, or an incident merged in. */
export type AbsorbedOrigin = { report: string } | { incident: Incident };

/** How `self`'s timeline names an origin (a stricter incident stays unnamed). */
export function describeOrigin(self: Incident, origin: AbsorbedOrigin): string {
  return 'report' in origin ? `report ${origin.report}` : describeOther(self, origin.incident);
}

/** A report as an incident keeps it: who may see the reference (its label and recipients) and where it came from. */
export interface AttachedReport {
  reportId: string;
  reference: string;
  /** The event that brought it, for the timeline. */
  eventId: string;
  attachedAt: Date;
  attachedBy: string;
  tlp: Tlp;
  recipients: string[];
}

/** An escalated report as attached to an incident. */
export function attachedReportOf(report: EscalatedReport, eventId: string): AttachedReport {
  return {
    reportId: report.reportId,
    reference: report.reference,
    eventId,
    attachedAt: new Date(report.escalatedAt),
    attachedBy: report.escalatedBy,
    tlp: report.tlp,
    recipients: report.recipients ?? [],
  };
}

/** Sets the incident's fields as the change says. Pure: no database, no events. */
export function applyChange(incident: Incident, change: IncidentChange, at: Date): void {
  switch (change.kind) {
    case 'absorbed':
      incident.observables = change.observables;
      incident.affectedAssets = change.affectedAssets;
      incident.ciaConfidentiality = change.cia.confidentiality;
      incident.ciaIntegrity = change.cia.integrity;
      incident.ciaAvailability = change.cia.availability;
      return;
    case 'severity-changed':
      incident.severity = change.to;
      return;
    case 'tlp-changed':
      incident.tlp = change.to;
      return;
    case 'fields-updated':
      Object.assign(incident, change.values);
      return;
    case 'status-changed':
      Object.assign(incident, phaseTimestampsAfter(incident, change.to, at));
      incident.status = change.to;
      return;
    case 'merged-into':
      incident.status = 'CLOSED';
      incident.closedAt = at;
      incident.mergedIntoId = change.into.id;
      // The source keeps its label; the target may be stricter, then neither its reference
      // nor the reason (written about both) goes into what the source's readers see.
      incident.resolution = `Merged into ${describeOther(incident, change.into)}${reasonFor(incident, change.into, change.reason)}`;
      return;
    case 'merged-from':
      incident.effortHours = change.effortHours;
      incident.lossAmount = change.loss.amount;
      incident.lossCurrency = change.loss.currency;
      return;
    case 'opened':
    case 'report-attached':
    case 'closed':
    case 'tasks-cancelled':
    case 'task-cleared':
    case 'reopened':
    case 'split-from':
    case 'split-into':
      return;
  }
}

/**
 * The timeline entry a change writes, from the incident as all the changes left it (so what
 * it says of another incident follows the final label), in `phase`: the phase the change
 * left it in (an entry before a status change carries the old phase). Pure.
 */
export function timelineEntryOf(
  incident: Incident,
  change: IncidentChange,
  actor: string,
  phase: IncidentStatus,
  at: Date,
): NewTimelineEntry | null {
  const base = { incidentId: incident.id, actor: ('actor' in change && change.actor) || actor, phase, at };
  switch (change.kind) {
    case 'opened': {
      const { report, reason } = change;
      return {
        ...base,
        kind: 'OPENED',
        message: `Opened from report ${report.reference}${reason ? `: ${reason}` : ''}`,
        details: { reportId: report.reportId, eventId: report.eventId },
      };
    }
    case 'report-attached':
      return {
        ...base,
        kind: 'REPORT_ATTACHED',
        message: `Report ${change.report.reference} attached`,
        details: { reportId: change.report.reportId, eventId: change.report.eventId },
      };
    case 'absorbed':
      if (change.added.observables + change.added.assets === 0) return null;
      return {
        ...base,
        kind: 'UPDATED',
        message: `${change.added.observables} observable(s) and ${change.added.assets} asset(s) added from ${describeOrigin(incident, change.origin)}`,
      };
    case 'severity-changed':
      return {
        ...base,
        kind: 'SEVERITY_CHANGED',
        message: change.cause
          ? `Severity raised from ${change.from} to ${change.to} ${change.cause}`
          : `Severity changed from ${change.from} to ${change.to}`,
        details: { from: change.from, to: change.to },
      };
    case 'tlp-changed':
      return {
        ...base,
        kind: 'TLP_CHANGED',
        message: change.cause
          ? `TLP raised from ${change.from} to ${change.to} ${change.cause}`
          : `TLP changed from ${change.from} to ${change.to}${change.reason ? `: ${change.reason}` : ''}`,
        details: { from: change.from, to: change.to, ...(change.reason ? { reason: change.reason } : {}) },
      };
    case 'fields-updated':
      return {
        ...base,
        kind: 'UPDATED',
        message: change.message ?? `Updated ${change.fields.join(', ')}`,
        details: { fields: change.fields },
      };
    case 'status-changed': {
      const { from, to, note, override } = change;
      const step = from === 'CLOSED' ? ' (reopened)' : isBackStep(from, to) ? ' (back-step)' : '';
      let message = `${from} → ${to}${step}`;
      if (note) message += `: ${note}`;
      if (override) {
        message += `; entered with ${override.openContainmentTaskIds.length} containment task(s) open, overridden: ${override.reason}`;
      }
      return {
        ...base,
        kind: 'STATUS_CHANGED',
        message,
        details: {
          from,
          to,
          note,
          ...(override ? { overrideReason: override.reason, openContainmentTaskIds: override.openContainmentTaskIds } : {}),
        },
      };
    }
    case 'tasks-cancelled':
      return {
        ...base,
        kind: 'TASK_UPDATED',
        message: `${change.taskIds.length} open task(s) cancelled on closing: ${change.reason}`,
        details: { taskIds: change.taskIds, status: 'CANCELLED', reason: change.reason },
      };
    case 'task-cleared': {
      const { title, givenBy, note } = change;
      const what = change.clearance === 'CONSENTED' ? `consent given by ${givenBy}` : `the constituency's management acted (${givenBy})`;
      return {
        ...base,
        kind: 'TASK_UPDATED',
        message: `Task "${title}": ${what}${note ? `: ${note}` : ''}`,
        details: { taskId: change.taskId, clearance: change.clearance, givenBy },
      };
    }
    case 'closed':
    case 'reopened':
      return null;
    case 'merged-into': {
      const { into } = change;
      return {
        ...base,
        kind: 'MERGED_INTO',
        message: `${change.from} → CLOSED: merged into ${describeOther(incident, into)}${reasonFor(incident, into, change.reason)}`,
        details: {
          from: change.from,
          ...(mayMention(incident, into) ? { intoId: into.id } : {}),
          reportIds: change.reportIds,
          taskIds: change.taskIds,
        },
      };
    }
    case 'merged-from':
      return {
        ...base,
        kind: 'MERGED_FROM',
        message: `${describeOther(incident, change.source)} merged into this incident: ${change.reason}; ${change.reportIds.length} report(s) and ${change.taskIds.length} open task(s) moved here${change.lossNote}`,
        details: { sourceId: change.source.id, reportIds: change.reportIds, taskIds: change.taskIds },
      };
    case 'split-from':
      return {
        ...base,
        kind: 'SPLIT_FROM',
        message: `Split off ${describeOther(incident, change.source)}${reasonFor(incident, change.source, change.reason)}; ${change.reportIds.length} report(s) moved here`,
        details: { ...(mayMention(incident, change.source) ? { sourceId: change.source.id } : {}), reportIds: change.reportIds },
      };
    case 'split-into':
      return {
        ...base,
        kind: 'SPLIT_INTO',
        message: `${change.reportIds.length} report(s) split off into ${describeOther(incident, change.into)}${reasonFor(incident, change.into, change.reason)}`,
        details: { ...(mayMention(incident, change.into) ? { intoId: change.into.id } : {}), reportIds: change.reportIds },
      };
  }
}
