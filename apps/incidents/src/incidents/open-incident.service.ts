import { randomUUID } from 'node:crypto';
import type { Principal } from '@csirt/auth';
import {
  IncidentEscalationRefusedV1,
  IncidentOpenedV1,
  IncidentReportAttachedV1,
  IncidentSeverityChangedV1,
  tlpRank,
  type EventData,
  type ReportEscalatedV1,
} from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { appendTimeline, type NewTimelineEntry } from '../timeline/timeline';
import { Incident } from './incident.entity';
import { IncidentRepository } from './incident.repository';
import { mergeAssets, mergeObservables } from './observables';
import { enqueueTlpChanged } from './tlp-changed';
import { announceAccess, mayReadIncident, readersOf } from './incident-visibility';

export type EscalatedReport = EventData<typeof ReportEscalatedV1>;

export interface EscalationOutcome {
  outcome: 'opened' | 'attached' | 'already-attached' | 'refused';
  /** Null when refused: nothing about the named incident is told. */
  incidentId: string | null;
}

/** PAP of an incident opened from a report, which carries none: passive use only until someone decides. */
export const DEFAULT_PAP = 'AMBER' as const;

/**
 * Applies an escalated report: opens a new incident (`incidentId` null) or extends the one it
 * names. A report belongs to one incident at most (unique report_id), so the same report
 * escalated again (a redelivery under a new event id) changes nothing. The inbox already
 * drops a redelivery with the same event id; this makes the handler safe by state as well.
 * Extending an incident needs the escalating analyst to be able to read it; otherwise (and
 * when it does not exist, alike) the escalation is refused back to intake.
 */
export async function applyEscalatedReport(
  manager: EntityManager,
  outbox: Outbox,
  report: EscalatedReport,
  eventId: string,
  traceparent?: string,
): Promise<EscalationOutcome> {
  const repository = new IncidentRepository(manager);
  const existing = await repository.incidentOfReport(report.reportId);
  if (existing) return { outcome: 'already-attached', incidentId: existing };
  if (report.incidentId === null)
    return openIncident(manager, outbox, repository, report, eventId, traceparent);
  return attachReport(manager, outbox, repository, report, report.incidentId, eventId, traceparent);
}

async function openIncident(
  manager: EntityManager,
  outbox: Outbox,
  repository: IncidentRepository,
  report: EscalatedReport,
  eventId: string,
  traceparent?: string,
): Promise<EscalationOutcome> {
  // The escalation time, not the processing time: the clock of every metric starts when
  // intake handed the incident over, however late this consumer gets to it.
  const openedAt = new Date(report.escalatedAt);
  const incident = manager.create(Incident, {
    id: randomUUID(),
    reference: await repository.nextReference(openedAt),
    title: report.title.trim().slice(0, 200) || report.reference,
    summary: report.description,
    rsitClass: report.classification?.rsitClass ?? null,
    rsitType: report.classification?.rsitType ?? null,
    severity: report.severity,
    priority: report.priority,
    ciaConfidentiality: report.cia.confidentiality,
    ciaIntegrity: report.cia.integrity,
    ciaAvailability: report.cia.availability,
    tlp: report.tlp,
    pap: DEFAULT_PAP,
    constituencyId: report.constituencyId,
    region: report.region,
    affectedAssets: mergeAssets([], report.affectedAssets),
    observables: mergeObservables([], report.observables),
    lossAmount: null,
    lossCurrency: null,
    complexity: null,
    effortHours: 0,
    status: 'OPEN',
    resolution: null,
    lessonsLearned: null,
    mergedIntoId: null,
    openedBy: report.escalatedBy,
    openedAt,
    acknowledgedAt: null,
    containmentAt: null,
    eradicationAt: null,
    recoveryAt: null,
    postIncidentAt: null,
    closedAt: null,
    updatedAt: openedAt,
  });
  await manager.insert(Incident, incident);
  await insertReportLink(manager, incident.id, report, eventId);
  await appendTimeline(manager, {
    incidentId: incident.id,
    actor: report.escalatedBy,
    kind: 'OPENED',
    phase: 'OPEN',
    at: openedAt,
    message: `Opened from report ${report.reference}${report.reason ? `: ${report.reason}` : ''}`,
    details: { reportId: report.reportId, eventId },
  });
  await outbox.enqueue(manager, {
    contract: IncidentOpenedV1,
    subject: incident.id,
    tlp: incident.tlp,
    traceparent,
    time: openedAt,
    data: {
      incidentId: incident.id,
      reference: incident.reference,
      title: incident.title,
      severity: incident.severity,
      tlp: incident.tlp,
      classification: report.classification,
      constituencyId: incident.constituencyId,
      region: incident.region,
      reportIds: [report.reportId],
      openedAt: openedAt.toISOString(),
    },
  });
  await announceAccess(manager, outbox, incident.id, traceparent);
  return { outcome: 'opened', incidentId: incident.id };
}

async function attachReport(
  manager: EntityManager,
  outbox: Outbox,
  repository: IncidentRepository,
  report: EscalatedReport,
  namedId: string,
  eventId: string,
  traceparent?: string,
): Promise<EscalationOutcome> {
  let incident = await repository.lock(namedId);
  // A merged-away incident lives on in the one it was merged into.
  for (let hops = 0; incident?.mergedIntoId && hops < 10; hops += 1) {
    incident = await repository.lock(incident.mergedIntoId);
  }
  if (!incident || !(await escalatorMayRead(manager, report, incident))) {
    await outbox.enqueue(manager, {
      contract: IncidentEscalationRefusedV1,
      subject: report.reportId,
      tlp: report.tlp,
      traceparent,
      data: {
        reportId: report.reportId,
        incidentId: namedId,
        reason: 'INCIDENT_NOT_FOUND',
        refusedAt: new Date().toISOString(),
      },
    });
    return { outcome: 'refused', incidentId: null };
  }
  const now = new Date();
  const entries: NewTimelineEntry[] = [];
  const actor = report.escalatedBy;
  const base = { incidentId: incident.id, actor, phase: incident.status, at: now };

  await insertReportLink(manager, incident.id, report, eventId);
  entries.push({
    ...base,
    kind: 'REPORT_ATTACHED',
    message: `Report ${report.reference} attached`,
    details: { reportId: report.reportId, eventId },
  });

  const observables = mergeObservables(incident.observables, report.observables);
  const assets = mergeAssets(incident.affectedAssets, report.affectedAssets);
  const added =
    observables.length - incident.observables.length + (assets.length - incident.affectedAssets.length);
  if (added > 0) {
    entries.push({
      ...base,
      actor: 'system:report-attached',
      kind: 'UPDATED',
      message: `${observables.length - incident.observables.length} observable(s) and ${assets.length - incident.affectedAssets.length} asset(s) added from report ${report.reference}`,
    });
  }
  incident.observables = observables;
  incident.affectedAssets = assets;
  incident.ciaConfidentiality ||= report.cia.confidentiality;
  incident.ciaIntegrity ||= report.cia.integrity;
  incident.ciaAvailability ||= report.cia.availability;

  // The incident is at least as severe, and at least as restricted, as any report in it.
  const previousSeverity = incident.severity;
  const previousTlp = incident.tlp;
  if (report.severity > incident.severity) {
    incident.severity = report.severity;
    entries.push({
      ...base,
      actor: 'system:report-attached',
      kind: 'SEVERITY_CHANGED',
      message: `Severity raised from ${previousSeverity} to ${report.severity} by report ${report.reference}`,
      details: { from: previousSeverity, to: report.severity },
    });
  }
  if (tlpRank(report.tlp) > tlpRank(incident.tlp)) {
    entries.push({
      ...base,
      actor: 'system:report-attached',
      kind: 'TLP_CHANGED',
      message: `TLP raised from ${incident.tlp} to ${report.tlp} by report ${report.reference}`,
      details: { from: incident.tlp, to: report.tlp },
    });
    incident.tlp = report.tlp;
  }
  incident.updatedAt = now;
  await manager.save(incident);
  await appendTimeline(manager, ...entries);

  const ref = { incidentId: incident.id, reference: incident.reference };
  await outbox.enqueue(manager, {
    contract: IncidentReportAttachedV1,
    subject: incident.id,
    tlp: incident.tlp,
    traceparent,
    data: { ...ref, reportId: report.reportId, attachedAt: now.toISOString() },
  });
  if (incident.severity !== previousSeverity) {
    await outbox.enqueue(manager, {
      contract: IncidentSeverityChangedV1,
      subject: incident.id,
      tlp: incident.tlp,
      traceparent,
      data: {
        ...ref,
        from: previousSeverity,
        to: incident.severity,
        tlp: incident.tlp,
        changedBy: 'system:report-attached',
        changedAt: now.toISOString(),
      },
    });
  }
  if (incident.tlp !== previousTlp) {
    await enqueueTlpChanged(
      manager,
      outbox,
      incident,
      previousTlp,
      'system:report-attached',
      now,
      traceparent,
    );
  }
  await announceAccess(manager, outbox, incident.id, traceparent);
  return { outcome: 'attached', incidentId: incident.id };
}

/**
 * The escalating analyst as the incident rule sees them. Events written before the clearance
 * was carried assume the report's label: the analyst could read the report it escalated.
 */
async function escalatorMayRead(
  manager: EntityManager,
  report: EscalatedReport,
  incident: Incident,
): Promise<boolean> {
  const escalator: Pick<Principal, 'subject' | 'personId' | 'clearance'> = {
    subject: report.escalatedBy,
    personId: report.escalatedByPersonId ?? null,
    clearance: report.escalatedByClearance ?? report.tlp,
  };
  const readers =
    incident.tlp === 'RED' ? ((await readersOf(manager, [incident.id])).get(incident.id) ?? []) : [];
  return mayReadIncident(escalator, incident.tlp, readers);
}

async function insertReportLink(
  manager: EntityManager,
  incidentId: string,
  report: EscalatedReport,
  eventId: string,
): Promise<void> {
  // No ON CONFLICT: a concurrent escalation of the same report makes this transaction fail,
  // the consumer retries, and the retry finds the report attached and changes nothing.
  await manager.query(
    `INSERT INTO incident_report (incident_id, report_id, attached_at, attached_by, source_event_id, tlp, recipients)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      incidentId,
      report.reportId,
      new Date(report.escalatedAt),
      report.escalatedBy,
      eventId,
      report.tlp,
      report.recipients ?? [],
    ],
  );
}
