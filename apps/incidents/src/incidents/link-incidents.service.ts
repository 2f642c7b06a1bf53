import type { Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import { appendTimeline } from '../timeline/timeline';
import type { Incident } from './incident.entity';
import type { IncidentRelation } from './incident-link.entity';
import { IncidentErrors } from './incident.errors';
import { lockReadableIncident } from './incident-access';
import { requireReason } from './incident-input';
import { describeOther, mayMention, reasonFor } from './describe-other';

const RELATION_WORDS: Record<IncidentRelation, string> = {
  SAME_ATTACKER: 'same attacker',
  SAME_CAMPAIGN: 'same campaign',
  RELATED: 'related',
};

/**
 * Links two incidents the caller may read (the same attacker, the same campaign). Both
 * timelines tell it. Returns the first incident.
 */
export async function linkIncidents(
  manager: EntityManager,
  command: { id: string; otherId: string; relation: IncidentRelation; reason: string; caller: Principal },
): Promise<Incident> {
  const reason = requireReason('reason', command.reason);
  if (command.id === command.otherId)
    throw IncidentErrors.linkInvalid('an incident cannot be linked to itself');
  const [one, other] = await lockBoth(manager, command.caller, command.id, command.otherId);
  const [a, b] = one.id < other.id ? [one.id, other.id] : [other.id, one.id];
  const now = new Date();
  const inserted: unknown[] = await manager.query(
    `INSERT INTO incident_link (incident_a, incident_b, relation, reason, linked_by, linked_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING RETURNING incident_a`,
    [a, b, command.relation, reason, command.caller.subject, now],
  );
  if (inserted.length === 0) throw IncidentErrors.alreadyLinked(one.id, other.id);
  const entry = (self: Incident, that: Incident) => ({
    incidentId: self.id,
    actor: command.caller.subject,
    kind: 'LINKED' as const,
    phase: self.status,
    at: now,
    message: `Linked to ${describeOther(self, that)} (${RELATION_WORDS[command.relation]})${reasonFor(self, that, reason)}`,
    details: { ...(mayMention(self, that) ? { otherId: that.id } : {}), relation: command.relation },
  });
  await appendTimeline(manager, entry(one, other), entry(other, one));
  return one;
}

/** Locks two incidents in id order, so two operations on the same pair cannot deadlock. */
export async function lockBoth(
  manager: EntityManager,
  caller: Principal,
  id: string,
  otherId: string,
): Promise<[Incident, Incident]> {
  const ordered = [id, otherId].sort();
  const locked = new Map<string, Incident>();
  for (const each of ordered) locked.set(each, await lockReadableIncident(manager, caller, each));
  return [locked.get(id) as Incident, locked.get(otherId) as Incident];
}
