import { authorizerFor } from '@csirt/auth';
import { DateTimeScalar, decodeCursor, pageSize, recordRedReads, toConnection, withAudit } from '@csirt/service';
import { advisoryAudit } from '../advisories/advisory-audit';
import { missingApprovals } from '../advisories/advisory-workflow';
import { mayReadAdvisory } from '../advisories/advisory.repository';
import { approveAdvisory } from '../advisories/approve-advisory.service';
import { draftAdvisory, type DraftAdvisoryInput } from '../advisories/draft-advisory.service';
import { publishAdvisory, reviseAdvisory, withdrawAdvisory } from '../advisories/release-advisory';
import { submitAdvisoryForReview } from '../advisories/submit-advisory.service';
import { updateAdvisory, type UpdateAdvisoryInput } from '../advisories/update-advisory.service';
import { csafRelease } from '../delivery/csaf-release.resolver';
import { notificationsOf } from '../notifications/reporter-notification';
import type { Resolvers } from '../generated/resolvers-types';
import { advisoryReceiptFields, receiptMutations } from '../receipts/receipts.resolvers';

/** Roles per operation: the access matrix. TLP decides which advisories a reader sees after it. */
const authorize = authorizerFor('announcements');

// Resolvers stay thin: check the caller, call a use case, return what it returns. Inputs
// are passed as they come: the use cases validate every field (advisory-content.ts).
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    myNotifications: async (_, { first }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.myNotifications');
      return notificationsOf(ctx.deps.dataSource.manager, caller.subject, pageSize(first));
    },
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
      return ctx.deps.transaction((manager) =>
        draftAdvisory(manager, ctx.deps.outbox, {
          input: input as unknown as DraftAdvisoryInput,
          createdBy: caller.subject,
          drafter: caller,
          traceparent: ctx.traceparent,
        }),
      );
    },
    updateAdvisory: async (_, { id, input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.updateAdvisory');
      return ctx.deps.transaction((manager) =>
        updateAdvisory(manager, ctx.deps.outbox, { id, caller, input: input as unknown as UpdateAdvisoryInput, traceparent: ctx.traceparent }),
      );
    },
    submitAdvisoryForReview: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.submitAdvisoryForReview');
      return ctx.deps.transaction((manager) => submitAdvisoryForReview(manager, ctx.deps.outbox, { id, caller, traceparent: ctx.traceparent }));
    },
    approveAdvisory: async (_, { id, role, comment }, ctx) => {
      // Staff roles may ask; the person's domain role (people read model) is the gate.
      const caller = authorize(ctx.principal, 'Mutation.approveAdvisory');
      return ctx.deps.transaction((manager) =>
        approveAdvisory(manager, ctx.deps.outbox, { id, caller, role, comment, traceparent: ctx.traceparent }),
      );
    },
    publishAdvisory: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.publishAdvisory');
      return ctx.deps.transaction(
        withAudit(ctx.deps.outbox, ctx, advisoryAudit('PUBLISHED'), (manager) =>
          publishAdvisory(manager, { outbox: ctx.deps.outbox, delivery: ctx.delivery }, { id, caller, traceparent: ctx.traceparent }),
        ),
      );
    },
    reviseAdvisory: async (_, { id, summary }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.reviseAdvisory');
      // A revision is published to partners again: the audit trail records it as a publication.
      return ctx.deps.transaction(
        withAudit(ctx.deps.outbox, ctx, advisoryAudit('PUBLISHED'), (manager) =>
          reviseAdvisory(manager, { outbox: ctx.deps.outbox, delivery: ctx.delivery }, { id, caller, summary, traceparent: ctx.traceparent }),
        ),
      );
    },
    withdrawAdvisory: async (_, { id, reason }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.withdrawAdvisory');
      return ctx.deps.transaction(
        withAudit(ctx.deps.outbox, ctx, advisoryAudit('WITHDRAWN'), (manager) =>
          withdrawAdvisory(manager, { outbox: ctx.deps.outbox, delivery: ctx.delivery }, { id, caller, reason, traceparent: ctx.traceparent }),
        ),
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
    audience: (advisory) => ({
      community: advisory.audienceCommunity,
      partnerIds: advisory.audiencePartnerIds,
      constituencyIds: advisory.audienceConstituencyIds,
    }),
    // Incident ids only for who may read the incident: an id alone tells that it exists.
    incidents: async (advisory, _, ctx) => {
      const ids = await ctx.incidentIdsOfAdvisory.load(advisory.id);
      const readable = await Promise.all(ids.map((id) => ctx.readableIncident.load(id)));
      return ids.filter((_, index) => readable[index]).map((id) => ({ id }));
    },
    approvals: (advisory, _, ctx) => ctx.approvalsOfAdvisory.load(advisory.id),
    missingApprovals: async (advisory, _, ctx) => {
      const standing = (await ctx.approvalsOfAdvisory.load(advisory.id)).filter((a) => a.contentVersion === advisory.contentVersion && !a.voidedAt);
      return missingApprovals(advisory, standing.map((a) => a.role));
    },
    revisions: (advisory, _, ctx) => ctx.revisionsOfAdvisory.load(advisory.id),
    autoDrafted: (advisory) => advisory.sourceEventId !== null,
    csaf: csafRelease,
    ...advisoryReceiptFields,
  },

  AdvisoryApproval: {
    approvedBy: (approval) => approval.subject,
  },

  AdvisoryRevision: {
    date: (revision) => revision.releasedAt,
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
