import { authorizerFor } from '@csirt/auth';
import type { AdvisoryResolvers, MutationResolvers } from '../generated/resolvers-types';
import { acknowledgeAdvisory } from './acknowledge-advisory.service';

const authorize = authorizerFor('announcements');

/** Mutation.acknowledgeAdvisory: a partner's read receipt. */
export const receiptMutations: Pick<MutationResolvers, 'acknowledgeAdvisory'> = {
  acknowledgeAdvisory: async (_, { trackingId, version }, ctx) => {
    const caller = authorize(ctx.principal, 'Mutation.acknowledgeAdvisory');
    return ctx.deps.transaction((manager) => acknowledgeAdvisory(manager, { caller, trackingId, version }));
  },
};

/** Advisory.acknowledgements: who has and has not acknowledged, for the staff who can read the advisory. */
export const advisoryReceiptFields: Pick<AdvisoryResolvers, 'acknowledgements'> = {
  // The advisory itself was already checked against the caller. Who else received it is
  // the team's business, not a partner's, whatever roles a partner token holds.
  acknowledgements: async (advisory, _, ctx) => (ctx.principal && !ctx.principal.partnerId ? ctx.acknowledgementsByAdvisory.load(advisory.id) : []),
};
