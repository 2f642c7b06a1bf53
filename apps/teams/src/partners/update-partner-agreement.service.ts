import type { Tlp } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AgreementSchema, assertRedHasRecipients } from './agreement.schema';
import { announcePartnerChanged } from './partner-changed';
import {
  PartnerCsirt,
  type Attribution,
  type DisclosurePolicy,
  type PermittedAction,
} from './partner.entity';
import { PartnerErrors } from './partner.errors';

export interface ExchangeAgreementCommand {
  tlpCeiling: Tlp;
  namedRecipients?: readonly string[] | null;
  permittedActions: readonly PermittedAction[];
  disclosure: DisclosurePolicy;
  embargoDays?: number | null;
  attribution: Attribution;
}

const UpdateAgreementSchema = z.object({ partnerId: z.uuid(), agreement: AgreementSchema });

/** Replaces a partner's agreement with the next version and tells other services. */
export async function updatePartnerAgreement(
  manager: EntityManager,
  outbox: Outbox,
  command: { partnerId: string; agreement: ExchangeAgreementCommand; traceparent?: string },
): Promise<PartnerCsirt> {
  assertRedHasRecipients(command.agreement);
  const input = parseInput(UpdateAgreementSchema, command, (field, message) =>
    PartnerErrors.invalidInput(field.replace(/^agreement\./, ''), message),
  );
  const partner = await manager.findOne(PartnerCsirt, {
    where: { id: input.partnerId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!partner) throw PartnerErrors.notFound(input.partnerId);
  partner.tlpCeiling = input.agreement.tlpCeiling;
  partner.namedRecipients = input.agreement.namedRecipients;
  partner.permittedActions = input.agreement.permittedActions;
  partner.disclosure = input.agreement.disclosure;
  partner.embargoDays = input.agreement.embargoDays ?? null;
  partner.attribution = input.agreement.attribution;
  partner.agreementVersion += 1;
  partner.agreedAt = new Date();
  await manager.save(partner);
  await announcePartnerChanged(manager, outbox, partner, command.traceparent);
  return partner;
}
