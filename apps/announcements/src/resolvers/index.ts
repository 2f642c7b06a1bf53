import { authorizerFor } from '@csirt/auth';
import { DateTimeScalar, decodeCursor, pageSize, recordRedReads, toConnection, withAudit } from '@csirt/service';
import { advisoryAudit } from '../advisories/advisory-audit';
import { mayReadAdvisory } from '../advisories/advisory.repository';
import { draftAdvisory } from '../advisories/draft-advisory.service';
import { publishAdvisory } from '../advisories/publish-advisory.service';
import { withdrawAdvisory } from '../advisories/withdraw-advisory.service';
import type { Resolvers } from '../generated/resolvers-types';
import { advisoryReceiptFields, receiptMutations } from '../receipts/receipts.resolvers';

/** Roles per operation: the access matrix. TLP decides which advisories a reader sees after it. */
const authorize = authorizerFor('announcements');

// Resolvers stay thin: check the caller, call a use case, return what it returns.
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    advisory: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.advisory');
      // Not cleared is answered like not found: the caller learns nothing of its existence.
      const readable = await ctx.advisories.findReadable(caller, id);
      await recordRedReads(ctx.deps, ctx, 'Advisory', [readable]);
      return readable;
    },
    advisories: async (_, { filter, first, after }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.advisories');
      const size = pageSize(first);
      const cursor = decodeCursor(after);
      // Filtering by an incident the caller may not read finds nothing, as if it had no
      // advisories: the answer must not tell which advisories are about it.
      const hiddenIncident = !!filter?.incidentId && !(await ctx.readableIncident.load(filter.incidentId));
      const rows = hiddenIncident ? [] : await ctx.advisories.list(caller, filter ?? {}, cursor, size + 1);
      const page = toConnection(rows, size, (a) => ({ at: a.createdAt, id: a.id }));
      await recordRedReads(ctx.deps, ctx, 'Advisory', page.edges.map((edge) => edge.node));
      return page;
    },
  },

  Mutation: {
    draftAdvisory: async (_, { input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.draftAdvisory');
      return ctx.deps.transaction((manager) => draftAdvisory(manager, { ...input, createdBy: caller.subject, drafter: caller }));
    },
    publishAdvisory: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.publishAdvisory');
      return ctx.deps.transaction(
        withAudit(ctx.deps.outbox, ctx, advisoryAudit('PUBLISHED'), (manager) =>
          publishAdvisory(manager, ctx.deps.outbox, { id, caller, traceparent: ctx.traceparent }),
        ),
      );
    },
    withdrawAdvisory: async (_, { id, reason }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.withdrawAdvisory');
      return ctx.deps.transaction(
        withAudit(ctx.deps.outbox, ctx, advisoryAudit('WITHDRAWN'), (manager) => withdrawAdvisory(manager, caller, id, reason)),
      );
    },
    ...receiptMutations,
  },

  Advisory: {
    __resolveReference: async (reference, ctx) => {
      const caller = authorize(ctx.principal, 'Entity.Advisory');
      const advisory = await ctx.advisoryById.load(reference.id);
      const readable = advisory && mayReadAdvisory(caller, advisory) ? advisory : null;
      await recordRedReads(ctx.deps, ctx, 'Advisory', [readable]);
      return readable;
    },
    // The incident id only for who may read the incident: the id alone tells that it exists.
    incident: async (advisory, _, ctx) =>
      advisory.incidentId && (await ctx.readableIncident.load(advisory.incidentId)) ? { id: advisory.incidentId } : null,
    autoDrafted: (advisory) => advisory.sourceEventId !== null,
    ...advisoryReceiptFields,
  },

  Incident: {
    __resolveReference: (reference, ctx) => {
      authorize(ctx.principal, 'Entity.Incident');
      return { id: reference.id };
    },
    advisories: async (incident, _, ctx) => {
      authorize(ctx.principal, 'Entity.Advisory');
      // Asked directly through _entities about an incident the caller may not read, the
      // answer is the same as for an incident without advisories.
      if (!(await ctx.readableIncident.load(incident.id))) return [];
      return ctx.advisoriesByIncident.load(incident.id);
    },
  },
};
