import {
  IncidentClosedV1,
  IncidentMergedV1,
  IncidentReportAttachedV1,
  IncidentSeverityChangedV1,
  IncidentStatusChangedV1,
  tlpRank,
} from '@csirt/contracts';
import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { appendTimeline, type NewTimelineEntry } from '../timeline/timeline';
import type { Incident } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import { assertNotClosed } from './incident-access';
import { describeOther, mayMention, reasonFor } from './describe-other';
import { announceAccess } from './incident-visibility';
import { lockBoth } from './link-incidents.service';
import { mergeAssets, mergeObservables } from './observables';
import { enqueueTlpChanged } from './tlp-changed';

export interface MergeIncidentsCommand {
  sourceId: string;
  intoId: string;
  reason: string;
  caller: Principal;
  traceparent?: string;
}

/**
 * Merges `source` into `into` (the same incident, found twice). The target takes the
 * source's reports, observables, assets, open tasks and effort, and the stricter severity,
 * TLP and CIA impact; the source is closed as merged. Both timelines tell the story, and
 * intake hears of each moved report as attached to the target.
 */
export async function mergeIncidents(
  manager: EntityManager,
  outbox: Outbox,
  command: MergeIncidentsCommand,
): Promise<Incident> {
  const reason = command.reason.trim();
  if (reason.length < 3 || reason.length > 2_000)
    throw IncidentErrors.invalidInput('reason', 'reason must be 3 to 2000 characters');
  if (command.sourceId === command.intoId)
    throw IncidentErrors.mergeInvalid('an incident cannot be merged into itself');
  const [source, into] = await lockBoth(manager, command.caller, command.sourceId, command.intoId);
  assertNotClosed(source);
  assertNotClosed(into);
  const actor = command.caller.subject;
  const now = new Date();

  // Wrapped in a CTE: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
  const moved: { report_id: string }[] = await manager.query(
    `WITH moved AS (UPDATE incident_report SET incident_id = $2, merged_from_id = $1 WHERE incident_id = $1 RETURNING report_id, attached_at)
     SELECT report_id FROM moved ORDER BY attached_at, report_id`,
    [source.id, into.id],
  );
  const tasks: { id: string }[] = await manager.query(
    `WITH moved AS (UPDATE incident_task SET incident_id = $2, updated_at = $3 WHERE incident_id = $1 AND status IN ('OPEN','IN_PROGRESS') RETURNING id)
     SELECT id FROM moved ORDER BY id`,
    [source.id, into.id, now],
  );

  const previousSeverity = into.severity;
  const previousTlp = into.tlp;
  into.observables = mergeObservables(into.observables, source.observables);
  into.affectedAssets = mergeAssets(into.affectedAssets, source.affectedAssets);
  into.ciaConfidentiality ||= source.ciaConfidentiality;
  into.ciaIntegrity ||= source.ciaIntegrity;
  into.ciaAvailability ||= source.ciaAvailability;
  into.severity = Math.max(into.severity, source.severity);
  if (tlpRank(source.tlp) > tlpRank(into.tlp)) into.tlp = source.tlp;
  into.effortHours = Math.round((into.effortHours + source.effortHours) * 100) / 100;
  let lossNote = '';
  if (source.lossAmount !== null) {
    if (into.lossAmount === null)
      [into.lossAmount, into.lossCurrency] = [source.lossAmount, source.lossCurrency];
    else if (into.lossCurrency === source.lossCurrency) into.lossAmount = into.lossAmount + source.lossAmount;
    else
      lossNote = `; loss estimate of ${source.lossAmount} ${source.lossCurrency} not added (different currency)`;
  }
  into.updatedAt = now;

  const sourceFrom = source.status;
  source.status = 'CLOSED';
  source.closedAt = now;
  source.mergedIntoId = into.id;
  // The source keeps its label; the target may be stricter, then neither its reference nor
  // the reason (written about both) goes into what the source's readers see.
  source.resolution = `Merged into ${describeOther(source, into)}${reasonFor(source, into, reason)}`;
  source.updatedAt = now;
  await manager.save([source, into]);

  const entries: NewTimelineEntry[] = [
    {
      incidentId: source.id,
      actor,
      kind: 'MERGED_INTO',
      phase: 'CLOSED',
      at: now,
      message: `${sourceFrom} → CLOSED: merged into ${describeOther(source, into)}${reasonFor(source, into, reason)}`,
      details: {
        from: sourceFrom,
        ...(mayMention(source, into) ? { intoId: into.id } : {}),
        reportIds: moved.map((r) => r.report_id),
        taskIds: tasks.map((t) => t.id),
      },
    },
    {
      incidentId: into.id,
      actor,
      kind: 'MERGED_FROM',
      phase: into.status,
      at: now,
      message: `${describeOther(into, source)} merged into this incident: ${reason}; ${moved.length} report(s) and ${tasks.length} open task(s) moved here${lossNote}`,
      details: {
        sourceId: source.id,
        reportIds: moved.map((r) => r.report_id),
        taskIds: tasks.map((t) => t.id),
      },
    },
  ];
  if (into.severity !== previousSeverity) {
    entries.push({
      incidentId: into.id,
      actor: 'system:merge',
      kind: 'SEVERITY_CHANGED',
      phase: into.status,
      at: now,
      message: `Severity raised from ${previousSeverity} to ${into.severity} by the merge`,
      details: { from: previousSeverity, to: into.severity },
    });
  }
  if (into.tlp !== previousTlp) {
    entries.push({
      incidentId: into.id,
      actor: 'system:merge',
      kind: 'TLP_CHANGED',
      phase: into.status,
      at: now,
      message: `TLP raised from ${previousTlp} to ${into.tlp} by the merge`,
      details: { from: previousTlp, to: into.tlp },
    });
  }
  await appendTimeline(manager, ...entries);

  const sourceRef = { incidentId: source.id, reference: source.reference };
  const intoRef = { incidentId: into.id, reference: into.reference };
  // The merged event names the target, so it carries the stricter of the two labels.
  await outbox.enqueue(manager, {
    contract: IncidentMergedV1,
    subject: source.id,
    tlp: into.tlp,
    traceparent: command.traceparent,
    time: now,
    data: { ...sourceRef, intoIncidentId: into.id, mergedBy: actor, mergedAt: now.toISOString() },
  });
  await outbox.enqueue(manager, {
    contract: IncidentStatusChangedV1,
    subject: source.id,
    tlp: source.tlp,
    traceparent: command.traceparent,
    time: now,
    data: {
      ...sourceRef,
      from: sourceFrom,
      to: 'CLOSED',
      changedBy: actor,
      changedAt: now.toISOString(),
      note: `merged into ${describeOther(source, into)}`,
    },
  });
  await outbox.enqueue(manager, {
    contract: IncidentClosedV1,
    subject: source.id,
    tlp: source.tlp,
    traceparent: command.traceparent,
    time: now,
    data: { ...sourceRef, resolution: source.resolution, closedBy: actor, closedAt: now.toISOString() },
  });
  for (const { report_id } of moved) {
    await outbox.enqueue(manager, {
      contract: IncidentReportAttachedV1,
      subject: into.id,
      tlp: into.tlp,
      traceparent: command.traceparent,
      time: now,
      data: { ...intoRef, reportId: report_id, attachedAt: now.toISOString() },
    });
  }
  if (into.tlp !== previousTlp)
    await enqueueTlpChanged(manager, outbox, into, previousTlp, 'system:merge', now, command.traceparent);
  if (into.severity !== previousSeverity) {
    await outbox.enqueue(manager, {
      contract: IncidentSeverityChangedV1,
      subject: into.id,
      tlp: into.tlp,
      traceparent: command.traceparent,
      time: now,
      data: {
        ...intoRef,
        from: previousSeverity,
        to: into.severity,
        tlp: into.tlp,
        changedBy: actor,
        changedAt: now.toISOString(),
      },
    });
  }
  // The target's label and readers (the moved reports' recipients) may have changed.
  await announceAccess(manager, outbox, into.id, command.traceparent);
  return into;
}
