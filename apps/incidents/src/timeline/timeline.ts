import { randomUUID } from 'node:crypto';
import type { IncidentStatus } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import { TimelineEntry, type TimelineEntryKind } from './timeline-entry.entity';

export interface NewTimelineEntry {
  incidentId: string;
  actor: string;
  kind: TimelineEntryKind;
  phase: IncidentStatus;
  message: string;
  details?: Record<string, unknown>;
  at?: Date;
}

/**
 * Appends entries to incidents' timelines. Every use case that changes an incident calls
 * this inside its own transaction, so the history and the change commit together. One INSERT for all entries, in the given order
 * (their seq follows it); the table allows nothing but INSERT.
 */
export async function appendTimeline(
  manager: EntityManager,
  ...entries: NewTimelineEntry[]
): Promise<TimelineEntry[]> {
  if (entries.length === 0) return [];
  const rows = entries.map((entry) =>
    manager.create(TimelineEntry, {
      id: randomUUID(),
      incidentId: entry.incidentId,
      at: entry.at ?? new Date(),
      actor: entry.actor,
      kind: entry.kind,
      phase: entry.phase,
      message: entry.message,
      details: entry.details ?? {},
    }),
  );
  await manager.query(
    `INSERT INTO timeline_entry (id, incident_id, at, actor, kind, phase, message, details)
     SELECT id, incident_id, at, actor, kind, phase, message, details
     FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[])
       WITH ORDINALITY AS e(id, incident_id, at, actor, kind, phase, message, details, n)
     ORDER BY n`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.incidentId),
      rows.map((r) => r.at),
      rows.map((r) => r.actor),
      rows.map((r) => r.kind),
      rows.map((r) => r.phase),
      rows.map((r) => r.message),
      rows.map((r) => JSON.stringify(r.details)),
    ],
  );
  return rows;
}

/** Timelines of many incidents in one statement, oldest first. */
export async function timelinesOf(
  manager: EntityManager,
  incidentIds: readonly string[],
): Promise<Map<string, TimelineEntry[]>> {
  const rows = await manager
    .createQueryBuilder(TimelineEntry, 't')
    .where('t.incidentId IN (:...ids)', { ids: incidentIds })
    .orderBy('t.seq', 'ASC')
    .getMany();
  const byIncident = new Map<string, TimelineEntry[]>(incidentIds.map((id) => [id, []]));
  for (const row of rows) byIncident.get(row.incidentId)?.push(row);
  return byIncident;
}
