import type { Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import { lockReadableIncident } from '../incidents/incident-access';
import { IncidentErrors } from '../incidents/incident.errors';
import { appendTimeline } from './timeline';
import type { TimelineEntry } from './timeline-entry.entity';

/** A handler's note on the timeline. Allowed after closing too: notes add, they never edit. */
export async function addTimelineEntry(
  manager: EntityManager,
  command: { incidentId: string; message: string; caller: Principal },
): Promise<TimelineEntry> {
  const message = command.message.trim();
  if (message.length < 1 || message.length > 10_000)
    throw IncidentErrors.invalidInput('message', 'message must be 1 to 10000 characters');
  const incident = await lockReadableIncident(manager, command.caller, command.incidentId);
  const [entry] = await appendTimeline(manager, {
    incidentId: incident.id,
    actor: command.caller.subject,
    kind: 'NOTE',
    phase: incident.status,
    message,
  });
  return entry;
}
