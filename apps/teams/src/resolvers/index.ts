import { authorizerFor, type Principal } from '@csirt/auth';
import { DateTimeScalar, decodeCursor, isUuid, pageSize, toConnection } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { auditTeamChange } from '../audit/audit-team-change';
import { readAuditTrail } from '../audit/read-audit-trail';
import { createConstituency } from '../constituencies/create-constituency.service';
import { updateConstituency } from '../constituencies/update-constituency.service';
import type { TeamsContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { IncidentRecord } from '../incidents/incident-ref.entity';
import { registerPartner } from '../partners/register-partner.service';
import { updatePartnerAgreement } from '../partners/update-partner-agreement.service';
import { createPerson } from '../people/create-person.service';
import { isSecurityRole } from '../people/domain-roles';
import { updatePerson } from '../people/update-person.service';
import { addResponder, releaseResponder } from '../response-teams/change-responders.service';
import { formResponseTeam } from '../response-teams/form-response-team.service';
import { maySeeResponseTeam } from '../response-teams/response-team-access';
import { createTeam } from '../teams/create-team.service';
import { addTeamMember, removeTeamMember } from '../teams/team-membership.service';
import type { Team, TeamMember } from '../teams/team.entity';
import { translateUniqueViolation } from '../unique-violations';
import { normaliseRegion } from '../validation';

/** Roles per operation: the access matrix. Which virtual CSIRTs a reader sees is decided after it (visibleTeam). */
const authorize = authorizerFor('teams');

/** One use case in one transaction; a lost race on a unique index becomes its domain error. */
function run<T>(ctx: TeamsContext, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return ctx.deps.transaction(work).catch(translateUniqueViolation);
}

/**
 * Whose names make a TLP:RED response team visible: its current members; once the incident
 * is closed (and everyone has left), everyone who was in it, for the post-incident review.
 */
function visibilityIds(incident: IncidentRecord, members: TeamMember[]): string[] {
  return members.filter((m) => incident.closedAt !== null || m.leftAt === null).map((m) => m.personId);
}

/** A standing team to any reader; a virtual CSIRT only to those who may see its incident. */
async function visibleTeam(ctx: TeamsContext, caller: Principal, team: Team | null): Promise<Team | null> {
  if (!team) return null;
  if (!team.incidentId) return team;
  const incident = await ctx.incidentById.load(team.incidentId);
  if (!incident) return null;
  const members = await ctx.membersByTeam.load(team.id);
  return maySeeResponseTeam(caller, incident, visibilityIds(incident, members)) ? team : null;
}

// Resolvers stay thin: check the caller, call a use case, return what it returns.
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    person: async (_, { id }, ctx) => {
      authorize(ctx.principal, 'Query.person');
      return ctx.personById.load(id);
    },
    people: async (_, { filter, first, after }, ctx) => {
      authorize(ctx.principal, 'Query.people');
      const size = pageSize(first);
      const rows = await ctx.people.list(
        {
          region: normaliseRegion(filter?.region),
          role: filter?.role,
          active: filter?.active,
          onCall: filter?.onCall,
          skill: filter?.skill?.trim().toLowerCase() || null,
        },
        decodeCursor(after),
        size + 1,
      );
      return toConnection(rows, size, (p) => ({ at: p.createdAt, id: p.id }));
    },
    team: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.team');
      return visibleTeam(ctx, caller, await ctx.teamById.load(id));
    },
    teams: async (_, { filter, first, after }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.teams');
      const size = pageSize(first);
      const memberId = filter?.memberId;
      if (memberId && !isUuid(memberId))
        return toConnection([], size, (t: Team) => ({ at: t.createdAt, id: t.id }));
      const rows = await ctx.teams.list(
        caller,
        { kind: filter?.kind, region: normaliseRegion(filter?.region), memberId },
        decodeCursor(after),
        size + 1,
      );
      return toConnection(rows, size, (t) => ({ at: t.createdAt, id: t.id }));
    },
    constituency: async (_, { id }, ctx) => {
      authorize(ctx.principal, 'Query.constituency');
      return ctx.constituencyById.load(id);
    },
    constituencies: async (_, { first, after }, ctx) => {
      authorize(ctx.principal, 'Query.constituencies');
      const size = pageSize(first);
      const rows = await ctx.constituencies.list(decodeCursor(after), size + 1);
      return toConnection(rows, size, (c) => ({ at: c.createdAt, id: c.id }));
    },
    partner: async (_, { id }, ctx) => {
      authorize(ctx.principal, 'Query.partner');
      return ctx.partnerById.load(id);
    },
    partners: async (_, { first, after }, ctx) => {
      authorize(ctx.principal, 'Query.partners');
      const size = pageSize(first);
      const rows = await ctx.partners.list(decodeCursor(after), size + 1);
      return toConnection(rows, size, (p) => ({ at: p.createdAt, id: p.id }));
    },
    auditTrail: (_, { filter, first, after }, ctx) => readAuditTrail(ctx.audit, authorize(ctx.principal, 'Query.auditTrail'), { filter: filter ?? {}, first, after }),
  },

  AuditEntry: {
    at: (entry) => entry.occurredAt,
    actor: (entry) => ({ subject: entry.actorSubject, personId: entry.actorPersonId, roles: entry.actorRoles }),
  },

  Mutation: {
    createPerson: async (_, { input }, ctx) => {
      authorize(ctx.principal, 'Mutation.createPerson');
      return run(ctx, (manager) =>
        createPerson(manager, ctx.deps.outbox, { ...input, traceparent: ctx.traceparent }),
      );
    },
    updatePerson: async (_, { id, input }, ctx) => {
      authorize(ctx.principal, 'Mutation.updatePerson');
      return run(ctx, (manager) =>
        updatePerson(manager, ctx.deps.outbox, { id, changes: input, traceparent: ctx.traceparent }),
      );
    },
    createTeam: async (_, { input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.createTeam');
      return run(ctx, (manager) => createTeam(manager, { ...input, createdBy: caller.subject }));
    },
    addTeamMember: async (_, { teamId, input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.addTeamMember');
      return run(ctx, (manager) => addTeamMember(manager, { teamId, ...input, addedBy: caller.subject }));
    },
    removeTeamMember: async (_, { teamId, personId, reason }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.removeTeamMember');
      return run(ctx, (manager) =>
        removeTeamMember(manager, { teamId, personId, reason, removedBy: caller.subject }),
      );
    },
    createConstituency: async (_, { input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.createConstituency');
      return run(ctx, (manager) =>
        createConstituency(manager, ctx.deps.outbox, {
          ...input,
          createdBy: caller.subject,
          traceparent: ctx.traceparent,
        }),
      );
    },
    updateConstituency: async (_, { id, input }, ctx) => {
      authorize(ctx.principal, 'Mutation.updateConstituency');
      return run(ctx, (manager) =>
        updateConstituency(manager, ctx.deps.outbox, { ...input, id, traceparent: ctx.traceparent }),
      );
    },
    registerPartner: async (_, { input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.registerPartner');
      return run(ctx, (manager) =>
        registerPartner(manager, ctx.deps.outbox, {
          ...input,
          createdBy: caller.subject,
          traceparent: ctx.traceparent,
        }),
      );
    },
    updatePartnerAgreement: async (_, { partnerId, input }, ctx) => {
      authorize(ctx.principal, 'Mutation.updatePartnerAgreement');
      return run(ctx, (manager) =>
        updatePartnerAgreement(manager, ctx.deps.outbox, {
          partnerId,
          agreement: input,
          traceparent: ctx.traceparent,
        }),
      );
    },
    formResponseTeam: async (_, { incidentId, input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.formResponseTeam');
      return run(ctx, auditTeamChange(ctx, 'formed', (manager) =>
        formResponseTeam(manager, ctx.deps.outbox, { incidentId, ...input, caller, traceparent: ctx.traceparent }),
      ));
    },
    addResponder: async (_, { incidentId, input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.addResponder');
      return run(ctx, auditTeamChange(ctx, 'member-added', (manager) => addResponder(manager, ctx.deps.outbox, { incidentId, ...input, caller, traceparent: ctx.traceparent })));
    },
    releaseResponder: async (_, { incidentId, personId, reason }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.releaseResponder');
      return run(ctx, auditTeamChange(ctx, 'member-released', (manager) =>
        releaseResponder(manager, ctx.deps.outbox, { incidentId, personId, reason, caller, traceparent: ctx.traceparent }),
      ));
    },
  },

  Person: {
    // Batched: an incident's task list resolves many assignees in one _entities call.
    __resolveReference: async (reference, ctx) => {
      authorize(ctx.principal, 'Entity.Person');
      return ctx.personById.load(reference.id);
    },
    hasSecurityResponsibilities: (person) => person.roles.some(isSecurityRole),
  },

  Team: {
    __resolveReference: async (reference, ctx) => {
      const caller = authorize(ctx.principal, 'Entity.Team');
      return visibleTeam(ctx, caller, await ctx.teamById.load(reference.id));
    },
    constituencies: (team, _, ctx) => (team.incidentId ? [] : ctx.constituenciesByTeam.load(team.id)),
    members: async (team, { includeFormer }, ctx) => {
      const members = await ctx.membersByTeam.load(team.id);
      return includeFormer ? members : members.filter((m) => m.leftAt === null);
    },
    incident: (team) => (team.incidentId ? { id: team.incidentId } : null),
    lead: (team, _, ctx) => (team.leadPersonId ? ctx.personById.load(team.leadPersonId) : null),
  },

  TeamMember: {
    person: async (member, _, ctx) => (await ctx.personById.load(member.personId))!,
    lead: async (member, _, ctx) =>
      (await ctx.teamById.load(member.teamId))?.leadPersonId === member.personId,
  },

  Constituency: {
    __resolveReference: async (reference, ctx) => {
      authorize(ctx.principal, 'Entity.Constituency');
      return ctx.constituencyById.load(reference.id);
    },
    boundaries: (c) => ({
      geography: c.geography,
      networkProviders: c.networkProviders,
      organisations: c.organisations,
    }),
    team: (c, _, ctx) => (c.teamId ? ctx.teamById.load(c.teamId) : null),
  },

  PartnerCsirt: {
    __resolveReference: async (reference, ctx) => {
      authorize(ctx.principal, 'Entity.PartnerCsirt');
      return ctx.partnerById.load(reference.id);
    },
    agreement: (p) => ({
      tlpCeiling: p.tlpCeiling,
      namedRecipients: p.namedRecipients,
      permittedActions: p.permittedActions,
      disclosure: p.disclosure,
      embargoDays: p.embargoDays,
      attribution: p.attribution,
      version: p.agreementVersion,
      agreedAt: p.agreedAt,
    }),
  },

  ResponseTeamProposal: {
    lead: (proposal, _, ctx) => (proposal.leadPersonId ? ctx.personById.load(proposal.leadPersonId) : null),
  },

  ProposedResponder: {
    person: async (candidate, _, ctx) => (await ctx.personById.load(candidate.personId))!,
  },

  Incident: {
    __resolveReference: async (reference, ctx) => {
      authorize(ctx.principal, 'Entity.Incident');
      return { id: reference.id };
    },
    responseTeam: async (incident, _, ctx) => {
      const caller = authorize(ctx.principal, 'Entity.Incident');
      return visibleTeam(ctx, caller, await ctx.responseTeamByIncident.load(incident.id));
    },
    proposedResponseTeam: async (incident, _, ctx) => {
      const caller = authorize(ctx.principal, 'Entity.Incident');
      const [record, proposal] = await Promise.all([
        ctx.incidentById.load(incident.id),
        ctx.proposalByIncident.load(incident.id),
      ]);
      if (!record || !proposal) return null;
      // Being a candidate does not make one a reader: the incident's readers decide.
      return maySeeResponseTeam(caller, record, []) ? proposal : null;
    },
  },
};
