import { randomUUID } from 'node:crypto';
import type { Principal } from '@csirt/auth';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { assertNotClosed, lockReadableIncident } from '../incidents/incident-access';
import { appendTimeline } from '../timeline/timeline';
import type { CreateTaskInput } from '../generated/resolvers-types';
import { Task } from './task.entity';
import { authorityOfNewTask } from './task-clearance.service';
import { TaskErrors } from './task.errors';
import { assertAssignable } from './task-assignee';

/** The generated CreateTaskInput, with the caller. */
export type CreateTaskCommand = CreateTaskInput & { caller: Principal };

export const TaskFieldsSchema = z.object({
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(10_000),
  assigneeId: z.uuid().nullable(),
  dueAt: z.date().nullable(),
});

/** Adds a containment, eradication or recovery task to an open incident. */
export async function createTask(manager: EntityManager, command: CreateTaskCommand): Promise<Task> {
  const fields = parseInput(
    TaskFieldsSchema,
    {
      title: command.title,
      description: command.description ?? '',
      assigneeId: command.assigneeId ?? null,
      dueAt: command.dueAt ?? null,
    },
    TaskErrors.invalidInput,
  );
  // Locking the incident serialises this with a transition that checks open tasks.
  const incident = await lockReadableIncident(manager, command.caller, command.incidentId);
  assertNotClosed(incident);
  if (fields.assigneeId) await assertAssignable(manager, fields.assigneeId);
  const now = new Date();
  // Under the response team's authority: refused (NONE), or waiting for consent or management.
  const authority = await authorityOfNewTask(manager, incident.id, command, now);
  const task = manager.create(Task, {
    id: randomUUID(),
    incidentId: incident.id,
    kind: command.kind,
    ...fields,
    status: 'OPEN',
    createdBy: command.caller.subject,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    ...authority,
  });
  await manager.insert(Task, task);
  await appendTimeline(manager, {
    incidentId: incident.id,
    actor: command.caller.subject,
    kind: 'TASK_CREATED',
    phase: incident.status,
    at: now,
    message: `${command.kind} task created: ${task.title}${task.assigneeId ? ` (assigned to ${task.assigneeId})` : ''}${describeClearance(task)}`,
    details: {
      taskId: task.id,
      kind: task.kind,
      assigneeId: task.assigneeId,
      dueAt: task.dueAt,
      purpose: task.purpose,
      authority: task.authority,
      clearance: task.clearance,
    },
  });
  return task;
}

/** What the timeline says of a new task's authority, if it matters. */
function describeClearance(task: Task): string {
  if (task.purpose === 'RECOMMENDATION') return '; a recommendation to the constituency';
  if (task.clearance === 'AWAITING_CONSENT') return `; ${task.authority} authority: waits for the constituency contact's consent`;
  if (task.clearance === 'RAISED') return `; ${task.authority} authority: raised with ${task.raisedWith}`;
  return '';
}
