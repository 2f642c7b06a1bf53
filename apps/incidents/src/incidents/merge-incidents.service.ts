import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { TaskRepository } from '../tasks/task.repository';
import { absorb, absorbable } from './absorb';
import type { Incident } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import { IncidentRepository } from './incident.repository';
import { assertNotClosed } from './incident-access';
import { requireReason } from './incident-input';
import { lockBoth } from './link-incidents.service';
import { record } from './record';

export interface MergeIncidentsCommand {
  sourceId: string;
  intoId: string;
  reason: string;
  caller: Principal;
  traceparent?: string;
}

/**
 * Merges `source` into `into` (the same incident, found twice). The target takes the
 * source's reports, open tasks and effort, and absorbs its indicators, assets, CIA impact,
 * severity and TLP; the source is closed as merged. Both timelines tell the story, and
 * intake hears of each moved report as attached to the target.
 */
export async function mergeIncidents(manager: EntityManager, outbox: Outbox, command: MergeIncidentsCommand): Promise<Incident> {
  const reason = requireReason('reason', command.reason);
  if (command.sourceId === command.intoId) throw IncidentErrors.mergeInvalid('an incident cannot be merged into itself');
  const [source, into] = await lockBoth(manager, command.caller, command.sourceId, command.intoId);
  assertNotClosed(source);
  assertNotClosed(into);
  const now = new Date();
  const reportIds = await new IncidentRepository(manager).moveReports(source.id, into.id);
  const taskIds = await new TaskRepository(manager).moveOpenTasks(source.id, into.id, now);
  const moved = { reason, reportIds, taskIds };
  const by = { subject: command.caller.subject, traceparent: command.traceparent };
  // The target first: what the source's timeline may say of it depends on its final label.
  await record(manager, outbox, into, [
    { kind: 'merged-from', source, ...moved, ...addAccounts(into, source) },
    ...absorb(into, absorbable(source), { incident: source }),
  ], by, now);
  await record(manager, outbox, source, [{ kind: 'merged-into', from: source.status, into, ...moved }], by, now);
  return into;
}

/**
 * Effort and loss of both incidents together. Losses in different currencies are not
 * converted: the target keeps its own and the timeline says what was not added. Pure.
 */
export function addAccounts(
  into: Pick<Incident, 'effortHours' | 'lossAmount' | 'lossCurrency'>,
  source: Pick<Incident, 'effortHours' | 'lossAmount' | 'lossCurrency'>,
): { effortHours: number; loss: { amount: number | null; currency: string | null }; lossNote: string } {
  const effortHours = Math.round((into.effortHours + source.effortHours) * 100) / 100;
  const own = { amount: into.lossAmount, currency: into.lossCurrency };
  if (source.lossAmount === null) return { effortHours, loss: own, lossNote: '' };
  if (into.lossAmount === null) return { effortHours, loss: { amount: source.lossAmount, currency: source.lossCurrency }, lossNote: '' };
  if (into.lossCurrency === source.lossCurrency) return { effortHours, loss: { ...own, amount: into.lossAmount + source.lossAmount }, lossNote: '' };
  return {
    effortHours,
    loss: own,
    lossNote: `; loss estimate of ${source.lossAmount} ${source.lossCurrency} not added (different currency)`,
  };
}
