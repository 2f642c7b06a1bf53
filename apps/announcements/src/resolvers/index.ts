import { canRead, requireRole } from '@csirt/auth';
import { DateTimeScalar, decodeCursor, pageSize, toConnection } from '@csirt/service';
import { draftAdvisory } from '../advisories/draft-advisory.service';
import { publishAdvisory } from '../advisories/publish-advisory.service';
import { withdrawAdvisory } from '../advisories/withdraw-advisory.service';
import type { Resolvers } from '../generated/resolvers-types';

/** Who may read advisories at all: staff and auditors; TLP decides which ones. */
const READERS = ['PUBLISHER', 'ANALYST', 'INCIDENT_MANAGER', 'AUDITOR'] as const;

// Resolvers stay thin: check the caller, call a use case, return what it returns.
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    advisory: async (_, { id }, ctx) => {
      const caller = requireRole(ctx.principal, ...READERS);
      const advisory = await ctx.advisories.findById(id);
      // Not cleared is answered like not found: the caller learns nothing of its existence.
      return advisory && canRead(caller, advisory.tlp) ? advisory : null;
    },
    advisories: async (_, { filter, first, after }, ctx) => {
      const caller = requireRole(ctx.principal, ...READERS);
      const size = pageSize(first);
      const rows = await ctx.advisories.list(caller, filter ?? {}, decodeCursor(after), size + 1);
      return toConnection(rows, size, (a) => ({ at: a.createdAt, id: a.id }));
    },
  },

  Mutation: {
    draftAdvisory: async (_, { input }, ctx) => {
      const caller = requireRole(ctx.principal, 'PUBLISHER');
      return ctx.deps.transaction((manager) => draftAdvisory(manager, { ...input, createdBy: caller.subject }));
    },
    publishAdvisory: async (_, { id }, ctx) => {
      const caller = requireRole(ctx.principal, 'PUBLISHER');
      return ctx.deps.transaction((manager) =>
        publishAdvisory(manager, ctx.deps.outbox, { id, publishedBy: caller.subject, traceparent: ctx.traceparent }),
      );
    },
    withdrawAdvisory: async (_, { id, reason }, ctx) => {
      requireRole(ctx.principal, 'PUBLISHER');
      return ctx.deps.transaction((manager) => withdrawAdvisory(manager, id, reason));
    },
  },

  Advisory: {
    __resolveReference: async (reference, ctx) => {
      const caller = requireRole(ctx.principal, ...READERS);
      const advisory = await ctx.advisoryById.load(reference.id);
      return advisory && canRead(caller, advisory.tlp) ? advisory : null;
    },
    incident: (advisory) => (advisory.incidentId ? { id: advisory.incidentId } : null),
    autoDrafted: (advisory) => advisory.sourceEventId !== null,
  },

  Incident: {
    __resolveReference: (reference) => ({ id: reference.id }),
    advisories: async (incident, _, ctx) => {
      requireRole(ctx.principal, ...READERS);
      return ctx.advisoriesByIncident.load(incident.id);
    },
  },
};
