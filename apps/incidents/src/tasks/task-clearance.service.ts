import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { record } from '../incidents/record';
import { incidentAuthority } from '../response-team/incident-authority';
import type { RecordManagementActionInput, RecordTaskConsentInput, TaskPurpose } from '../generated/resolvers-types';
import { clearanceAfter, clearanceAtCreation } from './task-authority';
import type { Task } from './task.entity';
import { TaskErrors } from './task.errors';
import { lockTaskForChange } from './lock-task';

/** Who is told of an INDIRECT action when the creator names no one. */
const MANAGEMENT = "the constituency's management";

const NewTaskAuthoritySchema = z.object({
  purpose: z.enum(['ACTION', 'RECOMMENDATION']),
  raisedWith: z.string().trim().min(2).max(200).nullable(),
});

/**
 * The authority fields of a new task of `incidentId`: its purpose, the authority in force and
 * the clearance it starts waiting for (refused under NONE for an action). Called by createTask
 * with the incident locked, so the authority read is the one the task is created under.
 */
export async function authorityOfNewTask(
  manager: EntityManager,
  incidentId: string,
  input: { purpose?: TaskPurpose | null; raisedWith?: string | null },
  at: Date,
): Promise<Pick<Task, 'purpose' | 'authority' | 'clearance' | 'clearanceSince' | 'raisedWith'>> {
  const { purpose, raisedWith } = parseInput(
    NewTaskAuthoritySchema,
    { purpose: input.purpose ?? 'ACTION', raisedWith: input.raisedWith ?? null },
    TaskErrors.invalidInput,
  );
  const authority = await incidentAuthority(manager, incidentId);
  const clearance = clearanceAtCreation(authority, purpose);
  return {
    purpose,
    authority,
    clearance,
    clearanceSince: clearance ? at : null,
    raisedWith: clearance === 'RAISED' ? (raisedWith ?? MANAGEMENT) : null,
  };
}

const ClearanceSchema = z.object({
  by: z.string().trim().min(2).max(200),
  at: z.date().nullable(),
  note: z.string().trim().max(2_000).nullable(),
});

interface ClearanceCommand {
  id: string;
  caller: Principal;
  traceparent?: string;
}

/** The constituency contact consented to an action task (SHARED): it may start. */
export function recordTaskConsent(
  manager: EntityManager,
  outbox: Outbox,
  command: ClearanceCommand & { input: RecordTaskConsentInput },
): Promise<Task> {
  const { givenBy, givenAt, note } = command.input;
  return recordClearance(manager, outbox, command, 'CONSENT', { by: givenBy, at: givenAt ?? null, note: note ?? null });
}

/** The constituency's management acted on a task raised with it (INDIRECT). */
export function recordManagementAction(
  manager: EntityManager,
  outbox: Outbox,
  command: ClearanceCommand & { input: RecordManagementActionInput },
): Promise<Task> {
  const { actedBy, actedAt, note } = command.input;
  return recordClearance(manager, outbox, command, 'MANAGEMENT_ACTION', { by: actedBy, at: actedAt ?? null, note: note ?? null });
}

async function recordClearance(
  manager: EntityManager,
  outbox: Outbox,
  command: ClearanceCommand,
  given: 'CONSENT' | 'MANAGEMENT_ACTION',
  raw: { by: string; at: Date | null; note: string | null },
): Promise<Task> {
  const input = parseInput(ClearanceSchema, raw, (field, message) =>
    TaskErrors.invalidInput(fieldName(given, field), message),
  );
  const now = new Date();
  if (input.at && input.at.getTime() > now.getTime())
    throw TaskErrors.invalidInput(fieldName(given, 'at'), 'cannot be in the future');
  const { task, incident } = await lockTaskForChange(manager, command.caller, command.id);
  const clearance = clearanceAfter(task, given) as 'CONSENTED' | 'ACTED';
  Object.assign(task, {
    clearance,
    clearanceSince: now,
    clearedBy: input.by,
    clearedAt: input.at ?? now,
    clearanceNote: input.note || null,
    clearanceRecordedBy: command.caller.subject,
    updatedAt: now,
  });
  await manager.save(task);
  await record(
    manager,
    outbox,
    incident,
    [{ kind: 'task-cleared', taskId: task.id, title: task.title, clearance, givenBy: input.by, note: task.clearanceNote }],
    { subject: command.caller.subject, traceparent: command.traceparent },
    now,
  );
  return task;
}

/** The input field a validation error names, as the client spelled it. */
function fieldName(given: 'CONSENT' | 'MANAGEMENT_ACTION', field: string): string {
  const names: Record<string, [string, string]> = { by: ['givenBy', 'actedBy'], at: ['givenAt', 'actedAt'] };
  return names[field]?.[given === 'CONSENT' ? 0 : 1] ?? field;
}
