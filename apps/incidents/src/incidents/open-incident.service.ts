import { randomUUID } from 'node:crypto';
import { mergeObservables } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { mergeAssets } from './absorb';
import type { Escalation, EscalationOutcome } from './escalated-report';
import { Incident } from './incident.entity';
import { IncidentRepository } from './incident.repository';
import { attachedReportOf } from './incident-changes';
import { record } from './record';

/** PAP of an incident opened from a report, which carries none: passive use only until someone decides. */
export const DEFAULT_PAP = 'AMBER' as const;

/** Opens a new incident from an escalated report that names none. */
export async function openIncident(
  manager: EntityManager,
  outbox: Outbox,
  { report, eventId, traceparent }: Escalation,
): Promise<EscalationOutcome> {
  // The escalation time, not the processing time: the clock of every metric starts when
  // intake handed the incident over, however late this consumer gets to it.
  const openedAt = new Date(report.escalatedAt);
  const repository = new IncidentRepository(manager);
  const incident = manager.create(Incident, {
    ...NOTHING_YET,
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
    openedBy: report.escalatedBy,
    openedAt,
  });
  const opened = {
    kind: 'opened' as const,
    report: attachedReportOf(report, eventId),
    reason: report.reason ?? null,
    classification: report.classification,
  };
  await record(manager, outbox, incident, [opened], { subject: report.escalatedBy, traceparent }, openedAt);
  return { outcome: 'opened', incidentId: incident.id };
}

/** What a new incident has not got yet: no loss, effort, outcome or phase but OPEN (also a split-off one). */
export const NOTHING_YET = {
  lossAmount: null,
  lossCurrency: null,
  complexity: null,
  effortHours: 0,
  status: 'OPEN',
  resolution: null,
  lessonsLearned: null,
  publicResolutionSummary: null,
  mergedIntoId: null,
  acknowledgedAt: null,
  containmentAt: null,
  eradicationAt: null,
  recoveryAt: null,
  postIncidentAt: null,
  closedAt: null,
} as const;
