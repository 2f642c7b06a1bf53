import type { Principal } from '@csirt/auth';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { appendTimeline } from '../timeline/timeline';
import type { Task, TaskStatus } from './task.entity';
import { TaskErrors } from './task.errors';
import { TaskFieldsSchema } from './create-task.service';
import { lockTaskForChange } from './lock-task';
import { assertAssignable } from './task-assignee';
import { assertMayMoveTo } from './task-authority';
import type { UpdateTaskInput } from '../generated/resolvers-types';

/** The generated UpdateTaskInput, with the task's id and the caller. */
export type UpdateTaskCommand = UpdateTaskInput & { id: string; caller: Principal };

/** Finished (DONE) and dropped (CANCELLED) tasks can only be reopened. */
const TASK_TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'CANCELLED'],
  DONE: ['OPEN'],
  CANCELLED: ['OPEN'],
};

export function isAllowedTaskTransition(from: TaskStatus, to: TaskStatus): boolean {
  return TASK_TRANSITIONS[from].includes(to);
}

/** Changes a task's fields or status; the change is told on the incident's timeline. */
export async function updateTask(manager: EntityManager, command: UpdateTaskCommand): Promise<Task> {
  const fields = parseInput(
    TaskFieldsSchema.partial(),
    Object.fromEntries(
      Object.entries({
        title: command.title,
        description: command.description,
        assigneeId: command.assigneeId,
        dueAt: command.dueAt,
      }).filter(([, v]) => v !== undefined && v !== null),
    ),
    TaskErrors.invalidInput,
  );
  const { task, incident } = await lockTaskForChange(manager, command.caller, command.id);
  if (fields.assigneeId && fields.assigneeId !== task.assigneeId) await assertAssignable(manager, fields.assigneeId);
  const now = new Date();
  const changes: string[] = [];

  for (const field of ['title', 'description', 'assigneeId'] as const) {
    const value = fields[field];
    if (value !== undefined && value !== task[field]) {
      task[field] = value as never;
      changes.push(field === 'assigneeId' ? `assigned to ${value}` : `${field} changed`);
    }
  }
  if (fields.dueAt !== undefined && fields.dueAt?.getTime() !== task.dueAt?.getTime()) {
    task.dueAt = fields.dueAt;
    changes.push(`due ${fields.dueAt?.toISOString()}`);
  }
  if (command.status && command.status !== task.status) {
    if (!isAllowedTaskTransition(task.status, command.status))
      throw TaskErrors.invalidTransition(task.status, command.status);
    assertMayMoveTo(task, command.status);
    changes.push(`${task.status} → ${command.status}`);
    task.status = command.status;
    task.completedAt = command.status === 'DONE' || command.status === 'CANCELLED' ? now : null;
  }
  if (changes.length === 0) return task;
  task.updatedAt = now;
  await manager.save(task);
  await appendTimeline(manager, {
    incidentId: incident.id,
    actor: command.caller.subject,
    kind: 'TASK_UPDATED',
    phase: incident.status,
    at: now,
    message: `${task.kind} task "${task.title}": ${changes.join(', ')}`,
    details: { taskId: task.id, status: task.status },
  });
  return task;
}
