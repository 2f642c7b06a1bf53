import {
  isValidObservable,
  ObservableSchema,
  PapSchema,
  ReasonSchema,
  SeveritySchema,
  TlpSchema,
  ClassificationSchema,
  CiaImpactSchema,
} from '@csirt/contracts';
import { hasAnyRole, type Principal } from '@csirt/auth';
import { parseInput } from '@csirt/service';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { UpdateIncidentInput } from '../generated/resolvers-types';
import type { Incident } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import { assertNotClosed, lockReadableIncident } from './incident-access';
import { decideUpdate, type IncidentUpdate } from './incident-update';
import { record } from './record';

const UpdateSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    summary: z.string().trim().max(20_000),
    classification: ClassificationSchema,
    severity: SeveritySchema,
    priority: z.string().trim().min(1).max(20),
    cia: CiaImpactSchema,
    tlp: TlpSchema,
    tlpReason: ReasonSchema,
    pap: PapSchema,
    constituencyId: z.string().trim().min(1).max(200),
    region: z.string().trim().min(1).max(100),
    affectedAssets: z.array(z.string().trim().min(1).max(500)).max(1_000),
    addObservables: z.array(ObservableSchema.refine(isValidObservable, 'not a valid value for its type')).max(1_000),
    estimatedLoss: z.object({
      amount: z.number().min(0).max(1e13),
      currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'),
    }),
    complexity: z.enum(['LOW', 'MEDIUM', 'HIGH']),
    effortHours: z.number().min(0).max(1_000_000),
    resolution: z.string().trim().min(1).max(20_000),
    lessonsLearned: z.string().trim().min(1).max(20_000),
    publicResolutionSummary: z.string().trim().min(1).max(5_000),
  })
  .partial() satisfies z.ZodType<IncidentUpdate>;

/** Who may lower a label: it declassifies everything the incident holds. */
const TLP_LOWERERS = ['INCIDENT_MANAGER', 'SECURITY_OFFICER'] as const;

export interface UpdateIncidentCommand {
  id: string;
  input: UpdateIncidentInput;
  caller: Principal;
  traceparent?: string;
  requestId?: string;
}

/**
 * Changes an incident's fields. Only given (non-null) fields change; each change is told on
 * the timeline, a severity or label change is announced (incident-update.ts decides which).
 */
export async function updateIncident(manager: EntityManager, outbox: Outbox, command: UpdateIncidentCommand): Promise<Incident> {
  const given = Object.fromEntries(Object.entries(command.input).filter(([, value]) => value !== null && value !== undefined));
  const input = parseInput(UpdateSchema, given, IncidentErrors.invalidInput);
  const incident = await lockReadableIncident(manager, command.caller, command.id);
  assertNotClosed(incident);
  const changes = decideUpdate(incident, input, hasAnyRole(command.caller, TLP_LOWERERS));
  const audit = { principal: command.caller, requestId: command.requestId };
  await record(manager, outbox, incident, changes, { subject: command.caller.subject, traceparent: command.traceparent, audit });
  return incident;
}
