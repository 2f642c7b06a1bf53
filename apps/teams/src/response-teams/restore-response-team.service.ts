import type { Outbox } from '@csirt/messaging';
import { In, type EntityManager } from 'typeorm';
import type { IncidentRecord } from '../incidents/incident-ref.entity';
import { Person } from '../people/person.entity';
import { Team, TeamMember } from '../teams/team.entity';
import { joinResponseTeam } from './change-responders.service';

export interface RestoreResponseTeamCommand {
  /** The incident, locked, still marked closed. */
  incident: IncidentRecord;
  reason: string;
  addedBy: string;
  at: Date;
}

/**
 * The incident was reopened: undo what its closure did to the response team. Exactly the
 * members the closure released (they left at the incident's closing time) join again, as
 * new memberships so the history keeps both the leaving and the return; one added event
 * each. Someone deactivated since, or no longer holding their role, stays out: the
 * directory's rules for joining hold on a return too. Answers who came back.
 */
export async function restoreResponseTeam(
  manager: EntityManager,
  outbox: Outbox,
  command: RestoreResponseTeamCommand,
): Promise<string[]> {
  const { incident } = command;
  const team = await manager.findOne(Team, { where: { incidentId: incident.id } });
  if (!team || !incident.closedAt) return [];
  const released = await manager.find(TeamMember, { where: { teamId: team.id, leftAt: incident.closedAt } });
  const people = await manager.find(Person, { where: { id: In(released.map((m) => m.personId)) } });
  const eligible = released.filter((member) =>
    people.some((p) => p.id === member.personId && p.active && p.roles.includes(member.role)),
  );
  for (const member of eligible) {
    await joinResponseTeam(manager, outbox, {
      incident,
      team,
      personId: member.personId,
      role: member.role,
      reason: command.reason,
      addedBy: command.addedBy,
      at: command.at,
    });
  }
  return eligible.map((m) => m.personId);
}
