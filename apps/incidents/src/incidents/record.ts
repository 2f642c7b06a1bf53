import {
  IncidentClosedV1,
  IncidentIndicatorsChangedV1,
  IncidentMergedV1,
  IncidentOpenedV1,
  IncidentRegionChangedV1,
  IncidentReopenedV1,
  IncidentReportAttachedV1,
  IncidentSeverityChangedV1,
  IncidentStatusChangedV1,
  IncidentTasksCancelledV1,
  type EventData,
} from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { AuditCaller } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { TaskRepository } from '../tasks/task.repository';
import { appendTimeline, type NewTimelineEntry } from '../timeline/timeline';
import { describeOther } from './describe-other';
import { Incident } from './incident.entity';
import { IncidentRepository } from './incident.repository';
import { applyChange, timelineEntryOf, type IncidentChange } from './incident-changes';
import { announceAccess } from './incident-visibility';
import { enqueueTlpChanged } from './tlp-changed';

/** Who records changes: the acting subject, and the request to trace and audit them under. */
export interface Actor {
  subject: string;
  traceparent?: string;
  /** The request, for the audit trail; absent when the platform acts on an event. */
  audit?: AuditCaller;
}

/** Changes after which other services must hear again who may read the incident. */
const CHANGES_ACCESS: ReadonlySet<IncidentChange['kind']> = new Set([
  'opened',
  'report-attached',
  'tlp-changed',
  'merged-from',
  'split-from',
  'split-into',
]);

/** Changes that bring a new incident into being: `record` inserts it rather than updating. */
const CREATES: ReadonlySet<IncidentChange['kind']> = new Set(['opened', 'split-from']);

/**
 * The one place that turns changes into what they imply, in the caller's transaction:
 * applies them to the incident and stores it (inserts it when `opened`) with the reports
 * it takes on, appends one
 * timeline entry per change, enqueues each change's events, and tells other services the
 * incident's readers when they may have changed, and its indicators when they did. Nothing
 * given, nothing written.
 */
export async function record(
  manager: EntityManager,
  outbox: Outbox,
  incident: Incident,
  changes: readonly IncidentChange[],
  by: Actor,
  at: Date = new Date(),
): Promise<void> {
  if (changes.length === 0) return;
  const creates = changes.some((change) => CREATES.has(change.kind));
  const indicatorsBefore = JSON.stringify(creates ? [] : incident.observables);
  const phases = changes.map((change) => {
    applyChange(incident, change, at);
    return incident.status;
  });
  const entries = changes
    .map((change, n) => timelineEntryOf(incident, change, by.subject, phases[n], at))
    .filter((entry): entry is NewTimelineEntry => entry !== null);
  incident.updatedAt = at;
  if (creates) await manager.insert(Incident, incident);
  else await manager.save(incident);
  const repository = new IncidentRepository(manager);
  for (const change of changes) {
    if (change.kind === 'opened' || change.kind === 'report-attached') await repository.linkReport(incident.id, change.report);
    if (change.kind === 'tasks-cancelled') await new TaskRepository(manager).cancel(incident.id, change.taskIds, at);
    if (change.kind === 'split-from') await repository.moveReports(change.source.id, incident.id, change.reportIds);
  }
  await appendTimeline(manager, ...entries);
  for (const change of changes) await enqueueEventsOf(manager, outbox, incident, change, by, at);
  if (JSON.stringify(incident.observables) !== indicatorsBefore) {
    await outbox.enqueue(manager, {
      contract: IncidentIndicatorsChangedV1,
      subject: incident.id,
      tlp: incident.tlp,
      traceparent: by.traceparent,
      time: at,
      data: { incidentId: incident.id, reference: incident.reference, observables: incident.observables, changedAt: at.toISOString() },
    });
  }
  if (changes.some((change) => CHANGES_ACCESS.has(change.kind))) {
    await announceAccess(manager, outbox, incident.id, by.traceparent);
  }
}

/** The events a change announces, from the incident as all the changes left it. */
async function enqueueEventsOf(
  manager: EntityManager,
  outbox: Outbox,
  incident: Incident,
  change: IncidentChange,
  by: Actor,
  at: Date,
): Promise<void> {
  const ref = { incidentId: incident.id, reference: incident.reference };
  const envelope = { subject: incident.id, tlp: incident.tlp, traceparent: by.traceparent, time: at };
  const changedBy = ('actor' in change && change.actor) || by.subject;
  switch (change.kind) {
    case 'opened':
      return void (await outbox.enqueue(manager, {
        contract: IncidentOpenedV1,
        ...envelope,
        data: openedData(incident, change.classification, [change.report.reportId]),
      }));
    case 'report-attached':
      return void (await attached(manager, outbox, incident, [change.report.reportId], by, at));
    case 'severity-changed':
      return void (await outbox.enqueue(manager, {
        contract: IncidentSeverityChangedV1,
        ...envelope,
        data: { ...ref, from: change.from, to: change.to, tlp: incident.tlp, changedBy, changedAt: at.toISOString() },
      }));
    case 'tlp-changed':
      // A change the platform made on its own is not audited as the requester's.
      return enqueueTlpChanged(manager, outbox, incident, change.from, changedBy, at, by.traceparent, change.reason, change.actor ? null : (by.audit ?? null));
    case 'status-changed':
      return void (await outbox.enqueue(manager, {
        contract: IncidentStatusChangedV1,
        ...envelope,
        data: { ...ref, from: change.from, to: change.to, changedBy, changedAt: at.toISOString(), note: change.note },
      }));
    case 'closed':
      return closed(manager, outbox, incident, by, at);
    case 'tasks-cancelled':
      return void (await outbox.enqueue(manager, {
        contract: IncidentTasksCancelledV1,
        ...envelope,
        data: { ...ref, taskIds: change.taskIds, reason: change.reason, cancelledBy: changedBy, cancelledAt: at.toISOString() },
      }));
    case 'reopened':
      return void (await outbox.enqueue(manager, {
        contract: IncidentReopenedV1,
        ...envelope,
        data: { ...ref, to: change.to, reason: change.reason, reopenedBy: changedBy, reopenedAt: at.toISOString() },
      }));
    case 'merged-into': {
      // The merged event names the target, so it carries the stricter of the two labels.
      await outbox.enqueue(manager, {
        contract: IncidentMergedV1,
        ...envelope,
        tlp: change.into.tlp,
        data: { ...ref, intoIncidentId: change.into.id, mergedBy: by.subject, mergedAt: at.toISOString() },
      });
      await outbox.enqueue(manager, {
        contract: IncidentStatusChangedV1,
        ...envelope,
        data: {
          ...ref,
          from: change.from,
          to: 'CLOSED',
          changedBy,
          changedAt: at.toISOString(),
          note: `merged into ${describeOther(incident, change.into)}`,
        },
      });
      return closed(manager, outbox, incident, by, at);
    }
    case 'merged-from':
      // Intake hears of each moved report as attached to the target.
      return attached(manager, outbox, incident, change.reportIds, by, at);
    case 'split-from':
      // A new incident to every other service (teams proposes its response team), with the
      // reports it took: intake moves them to it as it does for any opened incident.
      return void (await outbox.enqueue(manager, {
        contract: IncidentOpenedV1,
        ...envelope,
        data: openedData(incident, classificationOf(incident), change.reportIds),
      }));
    case 'fields-updated':
      // Other services keep where the incident happened (teams: the response team's region).
      if (!change.fields.includes('region') && !change.fields.includes('constituencyId')) return;
      return void (await outbox.enqueue(manager, {
        contract: IncidentRegionChangedV1,
        ...envelope,
        data: { ...ref, region: incident.region, constituencyId: incident.constituencyId, changedBy, changedAt: at.toISOString() },
      }));
    case 'absorbed':
    case 'split-into':
    case 'task-cleared': // the timeline tells it; no other service keeps tasks
      return;
  }
}

async function attached(
  manager: EntityManager,
  outbox: Outbox,
  incident: Incident,
  reportIds: readonly string[],
  by: Actor,
  at: Date,
): Promise<void> {
  for (const reportId of reportIds) {
    await outbox.enqueue(manager, {
      contract: IncidentReportAttachedV1,
      subject: incident.id,
      tlp: incident.tlp,
      traceparent: by.traceparent,
      time: at,
      data: { incidentId: incident.id, reference: incident.reference, reportId, attachedAt: at.toISOString() },
    });
  }
}

async function closed(manager: EntityManager, outbox: Outbox, incident: Incident, by: Actor, at: Date): Promise<void> {
  await outbox.enqueue(manager, {
    contract: IncidentClosedV1,
    subject: incident.id,
    tlp: incident.tlp,
    traceparent: by.traceparent,
    time: at,
    data: {
      incidentId: incident.id,
      reference: incident.reference,
      // Closing needs a resolution (incident-lifecycle.ts); a merge writes one.
      resolution: incident.resolution ?? '',
      closedBy: by.subject,
      closedAt: at.toISOString(),
      publicResolutionSummary: incident.publicResolutionSummary,
    },
  });
}

/** What IncidentOpenedV1 says of an incident: one place for an opened and a split-off incident. */
function openedData(
  incident: Incident,
  classification: EventData<typeof IncidentOpenedV1>['classification'],
  reportIds: string[],
): EventData<typeof IncidentOpenedV1> {
  return {
    incidentId: incident.id,
    reference: incident.reference,
    title: incident.title,
    severity: incident.severity,
    tlp: incident.tlp,
    classification,
    constituencyId: incident.constituencyId,
    region: incident.region,
    reportIds,
    openedAt: incident.openedAt.toISOString(),
  };
}

function classificationOf(incident: Incident): EventData<typeof IncidentOpenedV1>['classification'] {
  return incident.rsitClass && incident.rsitType ? { rsitClass: incident.rsitClass, rsitType: incident.rsitType } : null;
}
