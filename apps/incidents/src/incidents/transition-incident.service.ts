import { IncidentClosedV1, IncidentStatusChangedV1, type IncidentStatus } from '@csirt/contracts';
import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { TaskRepository } from '../tasks/task.repository';
import { appendTimeline, type NewTimelineEntry } from '../timeline/timeline';
import type { Incident } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import { lockReadableIncident } from './incident-access';
import { checkTransition, isBackStep, phaseTimestampsAfter } from './incident-lifecycle';

export interface TransitionIncidentCommand {
  id: string;
  to: IncidentStatus;
  note?: string | null;
  resolution?: string | null;
  lessonsLearned?: string | null;
  overrideReason?: string | null;
  caller: Principal;
  traceparent?: string;
}

const TransitionSchema = z.object({
  note: z.string().trim().max(10_000).nullish(),
  resolution: z.string().trim().min(1).max(20_000).nullish(),
  lessonsLearned: z.string().trim().min(1).max(20_000).nullish(),
  overrideReason: z.string().trim().min(3).max(2_000).nullish(),
});

/**
 * Moves an incident to another phase under the life-cycle rules (incident-lifecycle.ts),
 * records it on the timeline and announces it. A refused transition writes nothing.
 */
export async function transitionIncident(
  manager: EntityManager,
  outbox: Outbox,
  command: TransitionIncidentCommand,
): Promise<Incident> {
  const input = parseInput(TransitionSchema, command, IncidentErrors.invalidInput);
  const incident = await lockReadableIncident(manager, command.caller, command.id);
  const from = incident.status;
  const to = command.to;
  const actor = command.caller.subject;
  const now = new Date();
  const entries: NewTimelineEntry[] = [];

  // Given with the transition (usually with the move to CLOSED), stored first so the rules see them.
  if (input.resolution && input.resolution !== incident.resolution) {
    incident.resolution = input.resolution;
    entries.push({
      incidentId: incident.id,
      actor,
      kind: 'UPDATED',
      phase: from,
      at: now,
      message: 'Resolution set',
      details: { fields: ['resolution'] },
    });
  }
  if (input.lessonsLearned && input.lessonsLearned !== incident.lessonsLearned) {
    incident.lessonsLearned = input.lessonsLearned;
    entries.push({
      incidentId: incident.id,
      actor,
      kind: 'UPDATED',
      phase: from,
      at: now,
      message: 'Lessons learned set',
      details: { fields: ['lessonsLearned'] },
    });
  }

  const openContainmentTaskIds =
    to === 'RECOVERY' ? await new TaskRepository(manager).openContainmentTaskIds(incident.id) : [];
  const violation = checkTransition({
    from,
    to,
    note: input.note ?? null,
    severity: incident.severity,
    resolution: incident.resolution,
    lessonsLearned: incident.lessonsLearned,
    openContainmentTaskIds,
    overrideReason: input.overrideReason ?? null,
  });
  if (violation) {
    switch (violation.rule) {
      case 'INVALID_TRANSITION':
        throw IncidentErrors.invalidTransition(from, to);
      case 'NOTE_REQUIRED':
        throw IncidentErrors.noteRequired(from, to);
      case 'CONTAINMENT_TASKS_OPEN':
        throw IncidentErrors.containmentTasksOpen(violation.openTaskIds);
      case 'RESOLUTION_REQUIRED':
        throw IncidentErrors.resolutionRequired();
      case 'LESSONS_LEARNED_REQUIRED':
        throw IncidentErrors.lessonsLearnedRequired(incident.severity);
    }
  }

  Object.assign(incident, phaseTimestampsAfter(incident, to, now));
  incident.status = to;
  incident.updatedAt = now;
  await manager.save(incident);

  const overridden = openContainmentTaskIds.length > 0;
  let message = `${from} → ${to}${isBackStep(from, to) ? ' (back-step)' : ''}`;
  if (input.note) message += `: ${input.note}`;
  if (overridden) {
    message += `; entered with ${openContainmentTaskIds.length} containment task(s) open, overridden: ${input.overrideReason}`;
  }
  entries.push({
    incidentId: incident.id,
    actor,
    kind: 'STATUS_CHANGED',
    phase: to,
    at: now,
    message,
    details: {
      from,
      to,
      note: input.note ?? null,
      ...(overridden ? { overrideReason: input.overrideReason, openContainmentTaskIds } : {}),
    },
  });
  await appendTimeline(manager, ...entries);

  const ref = { incidentId: incident.id, reference: incident.reference };
  await outbox.enqueue(manager, {
    contract: IncidentStatusChangedV1,
    subject: incident.id,
    tlp: incident.tlp,
    traceparent: command.traceparent,
    time: now,
    data: { ...ref, from, to, changedBy: actor, changedAt: now.toISOString(), note: input.note ?? null },
  });
  if (to === 'CLOSED') {
    await outbox.enqueue(manager, {
      contract: IncidentClosedV1,
      subject: incident.id,
      tlp: incident.tlp,
      traceparent: command.traceparent,
      time: now,
      data: {
        ...ref,
        resolution: incident.resolution as string,
        closedBy: actor,
        closedAt: now.toISOString(),
      },
    });
  }
  return incident;
}
