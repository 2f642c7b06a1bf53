import { randomUUID } from 'node:crypto';
import type { Principal } from '@csirt/auth';
import { ResponseTeamMemberAddedV1, ResponseTeamMemberRemovedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import { IsNull, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { IncidentRecord } from '../incidents/incident-ref.entity';
import type { DomainRole } from '../people/domain-roles';
import { loadEligiblePerson } from '../people/load-eligible-person';
import { assertKnownRoles } from '../people/person.schema';
import { Team, TeamMember } from '../teams/team.entity';
import { lockOpenIncident, maySeeResponseTeam } from './response-team-access';
import { ResponseTeamErrors } from './response-team.errors';

interface ResponseTeamScope {
  incident: IncidentRecord;
  team: Team;
  current: TeamMember[];
}

/** The incident (locked), its team and current members, if the caller may see them. */
async function openResponseTeam(
  manager: EntityManager,
  incidentId: string,
  caller: Principal,
): Promise<ResponseTeamScope> {
  const incident = await lockOpenIncident(manager, incidentId);
  const team = await manager.findOne(Team, { where: { incidentId } });
  const current = team
    ? await manager.find(TeamMember, { where: { teamId: team.id, leftAt: IsNull() } })
    : [];
  if (
    !maySeeResponseTeam(
      caller,
      incident,
      current.map((m) => m.personId),
    )
  )
    throw ResponseTeamErrors.incidentUnknown(incidentId);
  if (!team) throw ResponseTeamErrors.notFormed(incidentId);
  return { incident, team, current };
}

const reason = z.string().trim().min(3).max(2_000);

export interface AddResponderCommand {
  incidentId: string;
  personId: string;
  role: string;
  reason: string;
  caller: Principal;
  traceparent?: string;
}

const AddSchema = z.object({ incidentId: z.uuid(), personId: z.uuid(), reason });

/** Adds an active person to an incident's response team, in a role they hold, with the reason. */
export async function addResponder(
  manager: EntityManager,
  outbox: Outbox,
  command: AddResponderCommand,
): Promise<Team> {
  assertKnownRoles([command.role]);
  const input = parseInput(AddSchema, command, ResponseTeamErrors.invalidInput);
  const role = command.role as DomainRole;
  const { incident, team, current } = await openResponseTeam(manager, input.incidentId, command.caller);
  await loadEligiblePerson(manager, input.personId, role);
  if (current.some((m) => m.personId === input.personId))
    throw ResponseTeamErrors.alreadyMember(input.personId);
  if (role === 'GEO_SECURITY_OFFICER' && current.some((m) => m.role === 'GEO_SECURITY_OFFICER'))
    throw ResponseTeamErrors.oneSecurityOfficer();
  await joinResponseTeam(manager, outbox, {
    incident,
    team,
    personId: input.personId,
    role,
    reason: input.reason,
    addedBy: command.caller.subject,
    at: new Date(),
    traceparent: command.traceparent,
  });
  return team;
}

export interface ReleaseResponderCommand {
  incidentId: string;
  personId: string;
  reason: string;
  caller: Principal;
  traceparent?: string;
}

const ReleaseSchema = z.object({ incidentId: z.uuid(), personId: z.uuid(), reason });

/**
 * Releases a member, with the reason; the membership stays as history. The lead stays
 * until the incident closes, which also keeps a member with security responsibilities
 * in the team at all times (the lead is the security officer).
 */
export async function releaseResponder(
  manager: EntityManager,
  outbox: Outbox,
  command: ReleaseResponderCommand,
): Promise<Team> {
  const input = parseInput(ReleaseSchema, command, ResponseTeamErrors.invalidInput);
  const { incident, team, current } = await openResponseTeam(manager, input.incidentId, command.caller);
  const membership = current.find((m) => m.personId === input.personId);
  if (!membership) throw ResponseTeamErrors.notAMember(input.personId);
  if (team.leadPersonId === input.personId) throw ResponseTeamErrors.leadCannotLeave(input.personId);
  const now = new Date();
  membership.leftAt = now;
  membership.leaveReason = input.reason;
  membership.removedBy = command.caller.subject;
  await manager.save(membership);
  await outbox.enqueue(manager, {
    contract: ResponseTeamMemberRemovedV1,
    subject: incident.id,
    tlp: incident.tlp,
    traceparent: command.traceparent,
    data: {
      incidentId: incident.id,
      teamId: team.id,
      personId: input.personId,
      reason: input.reason,
      removedBy: command.caller.subject,
      removedAt: now.toISOString(),
    },
  });
  return team;
}

/**
 * The incident closed: every member leaves, with that as the reason (DOMAIN.md: members
 * join for the incident and leave at its closure). One removed event per member.
 */
export async function disbandResponseTeam(
  manager: EntityManager,
  outbox: Outbox,
  command: { incident: IncidentRecord; reason: string; removedBy: string; at: Date },
): Promise<number> {
  const team = await manager.findOne(Team, { where: { incidentId: command.incident.id } });
  if (!team) return 0;
  const current = await manager.find(TeamMember, { where: { teamId: team.id, leftAt: IsNull() } });
  for (const membership of current) {
    membership.leftAt = command.at;
    membership.leaveReason = command.reason;
    membership.removedBy = command.removedBy;
    await manager.save(membership);
    await outbox.enqueue(manager, {
      contract: ResponseTeamMemberRemovedV1,
      subject: command.incident.id,
      tlp: command.incident.tlp,
      data: {
        incidentId: command.incident.id,
        teamId: team.id,
        personId: membership.personId,
        reason: command.reason,
        removedBy: command.removedBy,
        removedAt: command.at.toISOString(),
      },
    });
  }
  return current.length;
}

/**
 * One person joins an incident's response team: a new membership row (history keeps every
 * stint) and its `member-added` event, together. For adding a responder and for a return
 * when the incident is reopened.
 */
export async function joinResponseTeam(
  manager: EntityManager,
  outbox: Outbox,
  join: {
    incident: IncidentRecord;
    team: Team;
    personId: string;
    role: DomainRole;
    reason: string;
    addedBy: string;
    at: Date;
    traceparent?: string;
  },
): Promise<void> {
  const { incident, team, personId, role, reason, addedBy, at } = join;
  await manager.insert(TeamMember, {
    id: randomUUID(),
    teamId: team.id,
    personId,
    role,
    joinedAt: at,
    joinReason: reason,
    addedBy,
    leftAt: null,
    leaveReason: null,
    removedBy: null,
  });
  await outbox.enqueue(manager, {
    contract: ResponseTeamMemberAddedV1,
    subject: incident.id,
    tlp: incident.tlp,
    traceparent: join.traceparent,
    data: { incidentId: incident.id, teamId: team.id, personId, role, reason, addedBy, addedAt: at.toISOString() },
  });
}
