import {
  IncidentSeverityChangedV1,
  ObservableSchema,
  PapSchema,
  SeveritySchema,
  TlpSchema,
  tlpRank,
  isRsitClassification,
  type Observable,
} from '@csirt/contracts';
import { hasAnyRole, type Principal } from '@csirt/auth';
import { DomainError, parseInput } from '@csirt/service';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { appendTimeline, type NewTimelineEntry } from '../timeline/timeline';
import type { Incident, IncidentComplexity } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import { assertNotClosed, lockReadableIncident } from './incident-access';
import { isValidObservable } from './observable-validation';
import { mergeAssets, mergeObservables } from './observables';
import { enqueueTlpChanged } from './tlp-changed';
import { announceAccess } from './incident-visibility';

const UpdateSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    summary: z.string().trim().max(20_000),
    classification: z
      .object({ rsitClass: z.string(), rsitType: z.string() })
      .refine((c) => isRsitClassification(c.rsitClass, c.rsitType), 'not an RSIT class and type'),
    severity: SeveritySchema,
    priority: z.string().trim().min(1).max(20),
    cia: z.object({ confidentiality: z.boolean(), integrity: z.boolean(), availability: z.boolean() }),
    tlp: TlpSchema,
    tlpReason: z.string().trim().min(3).max(2_000),
    pap: PapSchema,
    constituencyId: z.string().trim().min(1).max(200),
    region: z.string().trim().min(1).max(100),
    affectedAssets: z.array(z.string().trim().min(1).max(500)).max(1_000),
    addObservables: z
      .array(ObservableSchema.refine(isValidObservable, 'not a valid value for its type'))
      .max(1_000),
    estimatedLoss: z.object({
      amount: z.number().min(0).max(1e13),
      currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
    }),
    complexity: z.enum(['LOW', 'MEDIUM', 'HIGH']),
    effortHours: z.number().min(0).max(1_000_000),
    resolution: z.string().trim().min(1).max(20_000),
    lessonsLearned: z.string().trim().min(1).max(20_000),
  })
  .partial();

/** Who may lower a label: it declassifies everything the incident holds. */
const TLP_LOWERERS = ['INCIDENT_MANAGER', 'SECURITY_OFFICER'] as const;

export type UpdateIncidentInput = z.input<typeof UpdateSchema>;

export interface UpdateIncidentCommand {
  id: string;
  input: Record<string, unknown>;
  caller: Principal;
  traceparent?: string;
  requestId?: string;
}

/**
 * Changes an incident's fields. Only given (non-null) fields change; each change is told on
 * the timeline, a severity change is announced. Lowering the TLP label declassifies what
 * the incident holds, so only an incident manager or a security officer may do it, with a
 * reason that the timeline and the tlp-changed event record.
 */
export async function updateIncident(
  manager: EntityManager,
  outbox: Outbox,
  command: UpdateIncidentCommand,
): Promise<Incident> {
  const given = Object.fromEntries(
    Object.entries(command.input).filter(([, value]) => value !== null && value !== undefined),
  );
  const input = parseInput(UpdateSchema, given, IncidentErrors.invalidInput);
  const incident = await lockReadableIncident(manager, command.caller, command.id);
  assertNotClosed(incident);
  const actor = command.caller.subject;
  const now = new Date();
  const entries: NewTimelineEntry[] = [];
  const base = { incidentId: incident.id, actor, phase: incident.status, at: now };
  const changed: string[] = [];
  const set = <K extends keyof Incident>(field: K, value: Incident[K], label: string = field) => {
    if (JSON.stringify(incident[field]) === JSON.stringify(value)) return;
    incident[field] = value;
    if (!changed.includes(label)) changed.push(label);
  };

  if (input.title !== undefined) set('title', input.title);
  if (input.summary !== undefined) set('summary', input.summary);
  if (input.classification) {
    set('rsitClass', input.classification.rsitClass, 'classification');
    set('rsitType', input.classification.rsitType, 'classification');
  }
  if (input.priority !== undefined) set('priority', input.priority);
  if (input.cia) {
    set('ciaConfidentiality', input.cia.confidentiality, 'cia');
    set('ciaIntegrity', input.cia.integrity, 'cia');
    set('ciaAvailability', input.cia.availability, 'cia');
  }
  if (input.pap !== undefined) set('pap', input.pap);
  if (input.constituencyId !== undefined) set('constituencyId', input.constituencyId);
  if (input.region !== undefined) set('region', input.region);
  if (input.affectedAssets) set('affectedAssets', mergeAssets([], input.affectedAssets));
  if (input.addObservables)
    set('observables', mergeObservables(incident.observables, input.addObservables as Observable[]));
  if (input.estimatedLoss) {
    set('lossAmount', input.estimatedLoss.amount, 'estimatedLoss');
    set('lossCurrency', input.estimatedLoss.currency, 'estimatedLoss');
  }
  if (input.complexity !== undefined) set('complexity', input.complexity as IncidentComplexity);
  if (input.effortHours !== undefined) set('effortHours', input.effortHours);
  if (input.resolution !== undefined) set('resolution', input.resolution);
  if (input.lessonsLearned !== undefined) set('lessonsLearned', input.lessonsLearned);
  if (changed.length > 0)
    entries.push({
      ...base,
      kind: 'UPDATED',
      message: `Updated ${changed.join(', ')}`,
      details: { fields: changed },
    });

  const tlpBefore = incident.tlp;
  let tlpReason: string | null = null;
  if (input.tlp !== undefined && input.tlp !== incident.tlp) {
    const lowering = tlpRank(input.tlp) < tlpRank(incident.tlp);
    if (lowering && !hasAnyRole(command.caller, TLP_LOWERERS)) {
      throw new DomainError(
        'INCIDENT.TLP_DOWNGRADE_FORBIDDEN',
        "only an incident manager or a security officer may lower an incident's TLP label",
        { from: incident.tlp, to: input.tlp },
      );
    }
    if (lowering && !input.tlpReason)
      throw IncidentErrors.invalidInput('tlpReason', 'lowering the TLP label needs a tlpReason');
    tlpReason = lowering ? (input.tlpReason ?? null) : null;
    entries.push({
      ...base,
      kind: 'TLP_CHANGED',
      message: `TLP changed from ${incident.tlp} to ${input.tlp}${tlpReason ? `: ${tlpReason}` : ''}`,
      details: { from: incident.tlp, to: input.tlp, ...(tlpReason ? { reason: tlpReason } : {}) },
    });
    incident.tlp = input.tlp;
  }
  const previousSeverity = incident.severity;
  if (input.severity !== undefined && input.severity !== incident.severity) {
    entries.push({
      ...base,
      kind: 'SEVERITY_CHANGED',
      message: `Severity changed from ${incident.severity} to ${input.severity}`,
      details: { from: incident.severity, to: input.severity },
    });
    incident.severity = input.severity;
  }
  if (entries.length === 0) return incident;

  incident.updatedAt = now;
  await manager.save(incident);
  await appendTimeline(manager, ...entries);
  if (incident.tlp !== tlpBefore) {
    await enqueueTlpChanged(manager, outbox, incident, tlpBefore, actor, now, command.traceparent, tlpReason, {
      principal: command.caller,
      requestId: command.requestId,
    });
    await announceAccess(manager, outbox, incident.id, command.traceparent);
  }

  if (incident.severity !== previousSeverity) {
    await outbox.enqueue(manager, {
      contract: IncidentSeverityChangedV1,
      subject: incident.id,
      tlp: incident.tlp,
      traceparent: command.traceparent,
      time: now,
      data: {
        incidentId: incident.id,
        reference: incident.reference,
        from: previousSeverity,
        to: incident.severity,
        tlp: incident.tlp,
        changedBy: actor,
        changedAt: now.toISOString(),
      },
    });
  }
  return incident;
}
