import { PartnerChangedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import type { PartnerCsirt } from './partner.entity';

/**
 * Tells other services (announcements publishes to partners) what a partner may receive.
 * Agreements are internal business information: the event is labelled TLP:AMBER.
 */
export function announcePartnerChanged(
  manager: EntityManager,
  outbox: Outbox,
  partner: PartnerCsirt,
  traceparent?: string,
) {
  return outbox.enqueue(manager, {
    contract: PartnerChangedV1,
    subject: partner.id,
    tlp: 'AMBER',
    traceparent,
    data: {
      partnerId: partner.id,
      name: partner.name,
      country: partner.country,
      active: partner.active,
      tlpCeiling: partner.tlpCeiling,
      permittedActions: partner.permittedActions,
      attribution: partner.attribution,
      changedAt: partner.agreedAt.toISOString(),
    },
  });
}
