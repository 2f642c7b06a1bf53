import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { parseInput } from '@csirt/service';
import type { DomainRole } from '../people/domain-roles';
import { loadEligiblePerson } from '../people/load-eligible-person';
import { assertKnownRoles } from '../people/person.schema';
import { Team, TeamMember } from './team.entity';
import { TeamErrors } from './team.errors';

export interface AddTeamMemberCommand {
  teamId: string;
  personId: string;
  role: string;
  reason?: string | null;
  addedBy: string;
}

const AddTeamMemberSchema = z.object({
  teamId: z.uuid(),
  personId: z.uuid(),
  reason: z.string().trim().max(2_000).nullish(),
});

/** Locks a standing team (so membership changes serialise); a virtual CSIRT is refused. */
async function lockStandingTeam(manager: EntityManager, teamId: string): Promise<Team> {
  const team = await manager.findOne(Team, { where: { id: teamId }, lock: { mode: 'pessimistic_write' } });
  if (!team) throw TeamErrors.notFound(teamId);
  if (team.kind === 'VCSIRT') throw TeamErrors.isResponseTeam(teamId);
  return team;
}

/** Adds an active person to a standing team in a role they hold. */
export async function addTeamMember(manager: EntityManager, command: AddTeamMemberCommand): Promise<Team> {
  assertKnownRoles([command.role]);
  const input = parseInput(AddTeamMemberSchema, command, TeamErrors.invalidInput);
  const team = await lockStandingTeam(manager, input.teamId);
  await loadEligiblePerson(manager, input.personId, command.role as DomainRole);
  const current = await manager.findOne(TeamMember, {
    where: { teamId: team.id, personId: input.personId, leftAt: IsNull() },
  });
  if (current) throw TeamErrors.alreadyMember(team.id, input.personId);
  await manager.insert(TeamMember, {
    id: randomUUID(),
    teamId: team.id,
    personId: input.personId,
    role: command.role as DomainRole,
    joinedAt: new Date(),
    joinReason: input.reason ?? null,
    addedBy: command.addedBy,
    leftAt: null,
    leaveReason: null,
    removedBy: null,
  });
  return team;
}

export interface RemoveTeamMemberCommand {
  teamId: string;
  personId: string;
  reason?: string | null;
  removedBy: string;
}

const RemoveTeamMemberSchema = z.object({
  teamId: z.uuid(),
  personId: z.uuid(),
  reason: z.string().trim().max(2_000).nullish(),
});

/** Ends a person's membership of a standing team; the membership stays as history. */
export async function removeTeamMember(
  manager: EntityManager,
  command: RemoveTeamMemberCommand,
): Promise<Team> {
  const input = parseInput(RemoveTeamMemberSchema, command, TeamErrors.invalidInput);
  const team = await lockStandingTeam(manager, input.teamId);
  const current = await manager.findOne(TeamMember, {
    where: { teamId: team.id, personId: input.personId, leftAt: IsNull() },
  });
  if (!current) throw TeamErrors.notAMember(team.id, input.personId);
  current.leftAt = new Date();
  current.leaveReason = input.reason ?? null;
  current.removedBy = command.removedBy;
  await manager.save(current);
  return team;
}
