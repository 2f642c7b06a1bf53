import { randomUUID } from 'node:crypto';
import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { SplitIncidentInput } from '../generated/resolvers-types';
import { Incident } from './incident.entity';
import { IncidentErrors } from './incident.errors';
import { IncidentRepository } from './incident.repository';
import { assertNotClosed, lockReadableIncident } from './incident-access';
import { requireReason } from './incident-input';
import { NOTHING_YET } from './open-incident.service';
import { record } from './record';

/** The generated SplitIncidentInput, with the caller. */
export type SplitIncidentCommand = SplitIncidentInput & { caller: Principal; traceparent?: string };

const SplitSchema = z.object({
  incidentId: z.string(),
  reportIds: z.array(z.uuid()).min(1).max(100),
  title: z.string().trim().min(3).max(200),
});

/**
 * Splits an incident found to be two: the named reports move into a new incident that
 * starts OPEN as a copy of the source (classification, severity, TLP, indicators, ...; which
 * report brought which indicator is not kept, so they are copied, not moved). Tasks, effort
 * and loss stay with the source. Both timelines tell it; the new incident is announced as
 * opened with its reports, so intake and teams follow.
 */
export async function splitIncident(manager: EntityManager, outbox: Outbox, command: SplitIncidentCommand): Promise<Incident> {
  const input = parseInput(SplitSchema, command, IncidentErrors.invalidInput);
  const reason = requireReason('reason', command.reason);
  const source = await lockReadableIncident(manager, command.caller, input.incidentId);
  assertNotClosed(source);
  const held = (await new IncidentRepository(manager).reportsOf([source.id])).get(source.id) ?? [];
  const reportIds = reportsToSplit(held.map((report) => report.id), input.reportIds);
  const now = new Date();
  const split = manager.create(Incident, {
    ...splitOff(source),
    id: randomUUID(),
    reference: await new IncidentRepository(manager).nextReference(now),
    title: input.title,
    openedBy: command.caller.subject,
    openedAt: now,
  });
  const by = { subject: command.caller.subject, traceparent: command.traceparent };
  // The new incident first: the reports move to it, so it must exist.
  await record(manager, outbox, split, [{ kind: 'split-from', source, reason, reportIds }], by, now);
  await record(manager, outbox, source, [{ kind: 'split-into', into: split, reason, reportIds }], by, now);
  return split;
}

/**
 * The reports to move, in the incident's order: every one named must be the incident's,
 * and at least one must stay. Pure.
 */
export function reportsToSplit(held: readonly string[], named: readonly string[]): string[] {
  const unknown = [...new Set(named.filter((id) => !held.includes(id)))];
  if (unknown.length > 0) throw IncidentErrors.splitUnknownReports(unknown);
  const moving = held.filter((id) => named.includes(id));
  if (moving.length === held.length) throw IncidentErrors.splitAllReports();
  return moving;
}

/** What a split-off incident takes from its source: what it is about, not what was done on it. Pure. */
export function splitOff(source: Incident): Omit<Incident, 'id' | 'reference' | 'title' | 'openedBy' | 'openedAt'> {
  return {
    ...source,
    observables: [...source.observables],
    affectedAssets: [...source.affectedAssets],
    ...NOTHING_YET,
  };
}
