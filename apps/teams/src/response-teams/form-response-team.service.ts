import { randomUUID } from 'node:crypto';
import type { Principal } from '@csirt/auth';
import { ResponseTeamFormedV2 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { isSecurityRole, type DomainRole } from '../people/domain-roles';
import { loadEligiblePerson } from '../people/load-eligible-person';
import type { Person } from '../people/person.entity';
import { assertKnownRoles } from '../people/person.schema';
import { Team, TeamMember, type Authority } from '../teams/team.entity';
import { ResponseTeamProposal } from './proposal.entity';
import { lockOpenIncident, maySeeResponseTeam } from './response-team-access';
import { ResponseTeamErrors } from './response-team.errors';

export interface ResponderCommand {
  personId: string;
  role: string;
  reason?: string | null;
}

export interface FormResponseTeamCommand {
  incidentId: string;
  leadPersonId: string;
  members: readonly ResponderCommand[];
  reason: string;
  authority?: Authority | null;
  caller: Principal;
  traceparent?: string;
}

const FormSchema = z.object({
  incidentId: z.uuid(),
  leadPersonId: z.uuid(),
  members: z
    .array(z.object({ personId: z.uuid(), role: z.string(), reason: z.string().trim().max(2_000).nullish() }))
    .min(1)
    .max(50)
    .refine((members) => new Set(members.map((m) => m.personId)).size === members.length, {
      message: 'each person may be listed once',
    }),
  reason: z.string().trim().min(3).max(2_000),
  authority: z.enum(['FULL', 'SHARED', 'NONE', 'INDIRECT']).nullish(),
});

/**
 * Forms an incident's virtual CSIRT. The rules, checked before anything is written:
 * the incident is known and open; it has no team yet (one per incident); every member is
 * active and holds the role they get; at least one member has security responsibilities;
 * there is one geo-based security officer; and the lead is that officer, of the incident's
 * region. Confirms the incident's proposal, if there was one.
 */
export async function formResponseTeam(
  manager: EntityManager,
  outbox: Outbox,
  command: FormResponseTeamCommand,
): Promise<Team> {
  assertKnownRoles(command.members.map((m) => m.role));
  const input = parseInput(FormSchema, command, ResponseTeamErrors.invalidInput);
  const incident = await lockOpenIncident(manager, input.incidentId);
  // No team yet: the incident's own readers decide, never the members the caller names.
  if (!maySeeResponseTeam(command.caller, incident, [])) {
    throw ResponseTeamErrors.incidentUnknown(input.incidentId);
  }
  if (await manager.existsBy(Team, { incidentId: incident.id }))
    throw ResponseTeamErrors.alreadyFormed(incident.id);

  const people = new Map<string, Person>();
  for (const member of input.members) {
    people.set(
      member.personId,
      await loadEligiblePerson(manager, member.personId, member.role as DomainRole),
    );
  }
  if (!input.members.some((m) => isSecurityRole(m.role))) throw ResponseTeamErrors.noSecurityMember();
  if (input.members.filter((m) => m.role === 'GEO_SECURITY_OFFICER').length > 1)
    throw ResponseTeamErrors.oneSecurityOfficer();
  const lead = input.members.find((m) => m.personId === input.leadPersonId);
  if (!lead) throw ResponseTeamErrors.leadNotAMember(input.leadPersonId);
  const leadPerson = people.get(lead.personId) as Person;
  const leadQualifies = incident.region
    ? lead.role === 'GEO_SECURITY_OFFICER' && leadPerson.region === incident.region
    : lead.role === 'GEO_SECURITY_OFFICER' || lead.role === 'WORLDWIDE_SECURITY_MANAGER';
  if (!leadQualifies) throw ResponseTeamErrors.leadNotRegionalOfficer(lead.personId, incident.region);

  const now = new Date();
  const team = manager.create(Team, {
    id: randomUUID(),
    name: `VCSIRT ${incident.reference}`,
    kind: 'VCSIRT',
    region: incident.region,
    authority: input.authority ?? 'SHARED',
    description: input.reason,
    incidentId: incident.id,
    leadPersonId: lead.personId,
    createdBy: command.caller.subject,
    createdAt: now,
  });
  await manager.insert(Team, team);
  await manager.insert(
    TeamMember,
    input.members.map((member) => ({
      id: randomUUID(),
      teamId: team.id,
      personId: member.personId,
      role: member.role as DomainRole,
      joinedAt: now,
      joinReason: member.reason ?? input.reason,
      addedBy: command.caller.subject,
      leftAt: null,
      leaveReason: null,
      removedBy: null,
    })),
  );
  await manager.update(
    ResponseTeamProposal,
    { incidentId: incident.id },
    { status: 'CONFIRMED', teamId: team.id },
  );
  await outbox.enqueue(manager, {
    contract: ResponseTeamFormedV2,
    subject: incident.id,
    tlp: incident.tlp,
    traceparent: command.traceparent,
    data: {
      incidentId: incident.id,
      teamId: team.id,
      leadPersonId: lead.personId,
      memberIds: input.members.map((m) => m.personId),
      formedBy: command.caller.subject,
      formedAt: now.toISOString(),
      // Incidents decides from it how the team's tasks may act on the constituency.
      authority: team.authority,
    },
  });
  return team;
}
