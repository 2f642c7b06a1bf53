import type { Principal } from '@csirt/auth';
import { ReasonSchema, type IncidentStatus } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { TaskRepository } from '../tasks/task.repository';
import type { Incident } from './incident.entity';
import { IncidentErrors, transitionRefused } from './incident.errors';
import { lockReadableIncident } from './incident-access';
import { decideTransition } from './incident-lifecycle';
import { record } from './record';

export interface TransitionIncidentCommand {
  id: string;
  to: IncidentStatus;
  note?: string | null;
  resolution?: string | null;
  lessonsLearned?: string | null;
  publicResolutionSummary?: string | null;
  overrideReason?: string | null;
  cancelOpenTasksReason?: string | null;
  caller: Principal;
  traceparent?: string;
}

const TransitionSchema = z.object({
  note: z.string().trim().max(10_000).nullish(),
  resolution: z.string().trim().min(1).max(20_000).nullish(),
  lessonsLearned: z.string().trim().min(1).max(20_000).nullish(),
  publicResolutionSummary: z.string().trim().min(1).max(5_000).nullish(),
  overrideReason: ReasonSchema.nullish(),
  cancelOpenTasksReason: ReasonSchema.nullish(),
});

/**
 * Moves an incident to another phase under the life-cycle rules (incident-lifecycle.ts),
 * records it on the timeline and announces it: closing cancels the open tasks when asked to,
 * reopening a CLOSED incident says so. A refused transition writes nothing.
 */
export async function transitionIncident(manager: EntityManager, outbox: Outbox, command: TransitionIncidentCommand): Promise<Incident> {
  const input = parseInput(TransitionSchema, command, IncidentErrors.invalidInput);
  const incident = await lockReadableIncident(manager, command.caller, command.id);
  // Under the incident's lock: a task cannot be created or reopened meanwhile (same lock).
  const tasks = new TaskRepository(manager);
  const openContainmentTaskIds = command.to === 'RECOVERY' ? await tasks.openContainmentTaskIds(incident.id) : [];
  const openTaskIds = command.to === 'CLOSED' ? await tasks.openTaskIds(incident.id) : [];
  const changes = decideTransition(incident, command.to, { ...input, openContainmentTaskIds, openTaskIds });
  if (!Array.isArray(changes)) throw transitionRefused(changes, incident.status, command.to, incident.severity);
  await record(manager, outbox, incident, changes, { subject: command.caller.subject, traceparent: command.traceparent });
  return incident;
}
