import type {
  Authority,
  EventData,
  IncidentStatus,
  ResponseTeamFormedV1,
  ResponseTeamMemberAddedV1,
  ResponseTeamMemberRemovedV1,
} from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { announceAccess } from '../incidents/incident-visibility';
import { appendTimeline } from '../timeline/timeline';
import { recordIncidentAuthority } from './incident-authority';

/**
 * The read model of who is on each incident's response team (owned by the teams service).
 * Its person ids are named readers of a TLP:RED incident, so every change is followed by
 * an access announcement. Events of one incident arrive in order (keyed by incident id);
 * every write is idempotent by its keys.
 */
export async function responseTeamFormed(
  manager: EntityManager,
  outbox: Outbox,
  data: EventData<typeof ResponseTeamFormedV1>,
  /** v2 carries it; a v1 event does not: SHARED, teams' default and the cautious reading. */
  authority: Authority = 'SHARED',
): Promise<void> {
  await recordIncidentAuthority(manager, data.incidentId, data.teamId, authority, new Date(data.formedAt));
  // A team formed again replaces the previous one.
  await manager.query(`DELETE FROM response_team_member WHERE incident_id = $1`, [data.incidentId]);
  const members = [
    { personId: data.leadPersonId, role: 'LEAD' },
    ...data.memberIds
      .filter((id) => id !== data.leadPersonId)
      .map((personId) => ({ personId, role: 'MEMBER' })),
  ];
  await manager.query(
    `INSERT INTO response_team_member (incident_id, person_id, team_id, role, since)
     SELECT $1, m.person_id, $2, m.role, $3 FROM unnest($4::text[], $5::text[]) AS m(person_id, role)
     ON CONFLICT (incident_id, person_id) DO NOTHING`,
    [
      data.incidentId,
      data.teamId,
      new Date(data.formedAt),
      members.map((m) => m.personId),
      members.map((m) => m.role),
    ],
  );
  await note(
    manager,
    outbox,
    data.incidentId,
    data.formedBy,
    `Response team formed with ${members.length} member(s), ${authority} authority over the constituency`,
    new Date(data.formedAt),
  );
}

export async function responseTeamMemberAdded(
  manager: EntityManager,
  outbox: Outbox,
  data: EventData<typeof ResponseTeamMemberAddedV1>,
): Promise<void> {
  await manager.query(
    `INSERT INTO response_team_member (incident_id, person_id, team_id, role, since) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (incident_id, person_id) DO UPDATE SET role = EXCLUDED.role, team_id = EXCLUDED.team_id`,
    [data.incidentId, data.personId, data.teamId, data.role, new Date(data.addedAt)],
  );
  await note(
    manager,
    outbox,
    data.incidentId,
    data.addedBy,
    `Person ${data.personId} joined the response team as ${data.role}`,
    new Date(data.addedAt),
  );
}

export async function responseTeamMemberRemoved(
  manager: EntityManager,
  outbox: Outbox,
  data: EventData<typeof ResponseTeamMemberRemovedV1>,
): Promise<void> {
  await manager.query(`DELETE FROM response_team_member WHERE incident_id = $1 AND person_id = $2`, [
    data.incidentId,
    data.personId,
  ]);
  await note(
    manager,
    outbox,
    data.incidentId,
    data.removedBy,
    `Person ${data.personId} left the response team${data.reason ? `: ${data.reason}` : ''}`,
    new Date(data.removedAt),
  );
}

/**
 * Response-team changes are part of the incident's story and change who may read it; teams
 * may know of an incident before we do, then there is nothing to note on (the incident's
 * own opening announces its readers, these members included).
 */
async function note(
  manager: EntityManager,
  outbox: Outbox,
  incidentId: string,
  actor: string,
  message: string,
  at: Date,
): Promise<void> {
  const rows: { status: IncidentStatus }[] = await manager.query(
    `SELECT status FROM incident WHERE id = $1`,
    [incidentId],
  );
  if (rows.length === 0) return;
  await appendTimeline(manager, {
    incidentId,
    actor,
    kind: 'RESPONSE_TEAM_CHANGED',
    phase: rows[0].status,
    message,
    at,
  });
  await announceAccess(manager, outbox, incidentId);
}
