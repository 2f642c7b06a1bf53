import { PartnerChangedV2 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import type { PartnerCsirt } from './partner.entity';

/**
 * Tells other services (announcements delivers to partners) who a partner is outside the
 * platform (its code) and on which terms it may receive what: the whole agreement, with
 * named recipients counted, not listed. Agreements are internal business information: the
 * event is labelled TLP:AMBER.
 */
export function announcePartnerChanged(
  manager: EntityManager,
  outbox: Outbox,
  partner: PartnerCsirt,
  traceparent?: string,
) {
  return outbox.enqueue(manager, {
    contract: PartnerChangedV2,
    subject: partner.id,
    tlp: 'AMBER',
    traceparent,
    data: {
      partnerId: partner.id,
      code: partner.code,
      name: partner.name,
      country: partner.country,
      active: partner.active,
      agreement: {
        tlpCeiling: partner.tlpCeiling,
        namedRecipientCount: partner.namedRecipients.length,
        permittedActions: partner.permittedActions,
        disclosure: partner.disclosure,
        embargoDays: partner.embargoDays,
        attribution: partner.attribution,
        version: partner.agreementVersion,
        agreedAt: partner.agreedAt.toISOString(),
      },
      changedAt: new Date().toISOString(),
    },
  });
}
