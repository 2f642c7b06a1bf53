import { PartnerChangedV2, TOPICS } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import { recordPartnerChanged } from './partner-agreement';

/** Teams announces partners (and people) on its directory topic. */
export const partnerTopics = [TOPICS.teamsDirectory];

/**
 * Keeps `partner_agreement` in step with teams: what each partner may receive and on which
 * terms, read by delivery at publish time. v1 events carry no partner code and so cannot
 * address a partner: they are ignored (teams publishes v2 only).
 */
export function partnerEventHandlers(): HandlerRegistration[] {
  return [
    on(PartnerChangedV2, async (event, manager) => {
      await recordPartnerChanged(manager, event.data);
    }),
  ];
}
