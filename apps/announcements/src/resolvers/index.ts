import { authorizerFor, canRead } from '@csirt/auth';
import { DateTimeScalar, decodeCursor, pageSize, toConnection } from '@csirt/service';
import { draftAdvisory } from '../advisories/draft-advisory.service';
import { publishAdvisory } from '../advisories/publish-advisory.service';
import { withdrawAdvisory } from '../advisories/withdraw-advisory.service';
import type { Resolvers } from '../generated/resolvers-types';

/** Roles per operation: the access matrix. TLP decides which advisories a reader sees after it. */
const authorize = authorizerFor('announcements');

// Resolvers stay thin: check the caller, call a use case, return what it returns.
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    advisory: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.advisory');
      const advisory = await ctx.advisories.findById(id);
      // Not cleared is answered like not found: the caller learns nothing of its existence.
      return advisory && canRead(caller, advisory.tlp) ? advisory : null;
    },
    advisories: async (_, { filter, first, after }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.advisories');
      const size = pageSize(first);
      const rows = await ctx.advisories.list(caller, filter ?? {}, decodeCursor(after), size + 1);
      return toConnection(rows, size, (a) => ({ at: a.createdAt, id: a.id }));
    },
  },

  Mutation: {
    draftAdvisory: async (_, { input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.draftAdvisory');
      return ctx.deps.transaction((manager) => draftAdvisory(manager, { ...input, createdBy: caller.subject }));
    },
    publishAdvisory: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.publishAdvisory');
      return ctx.deps.transaction((manager) =>
        publishAdvisory(manager, ctx.deps.outbox, { id, publishedBy: caller.subject, traceparent: ctx.traceparent }),
      );
    },
    withdrawAdvisory: async (_, { id, reason }, ctx) => {
      authorize(ctx.principal, 'Mutation.withdrawAdvisory');
      return ctx.deps.transaction((manager) => withdrawAdvisory(manager, id, reason));
    },
  },

  Advisory: {
    __resolveReference: async (reference, ctx) => {
      const caller = authorize(ctx.principal, 'Entity.Advisory');
      const advisory = await ctx.advisories.findById(reference.id);
      return advisory && canRead(caller, advisory.tlp) ? advisory : null;
    },
    incident: (advisory) => (advisory.incidentId ? { id: advisory.incidentId } : null),
    autoDrafted: (advisory) => advisory.sourceEventId !== null,
  },

  Incident: {
    __resolveReference: (reference, ctx) => {
      authorize(ctx.principal, 'Entity.Incident');
      return { id: reference.id };
    },
    advisories: async (incident, _, ctx) => {
      authorize(ctx.principal, 'Entity.Advisory');
      return ctx.advisoriesByIncident.load(incident.id);
    },
  },
};
