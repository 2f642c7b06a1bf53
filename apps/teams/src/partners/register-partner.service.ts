import { randomUUID } from 'node:crypto';
import type { Outbox } from '@csirt/messaging';
import { isPartnerId } from '@csirt/contracts';
import { parseInput } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { AgreementSchema, assertRedHasRecipients } from './agreement.schema';
import { announcePartnerChanged } from './partner-changed';
import { PartnerCsirt, type TrustLevel } from './partner.entity';
import { PartnerErrors } from './partner.errors';
import type { ExchangeAgreementCommand } from './update-partner-agreement.service';

export interface RegisterPartnerCommand {
  /** Slug naming the partner outside the platform (`isPartnerId`); unique, immutable. */
  code: string;
  name: string;
  country: string;
  contactEmail: string;
  contactPhone?: string | null;
  trustLevel: TrustLevel;
  agreement: ExchangeAgreementCommand;
  createdBy: string;
  traceparent?: string;
}

const RegisterPartnerSchema = z.object({
  code: z
    .string()
    .trim()
    .refine(isPartnerId, 'lower-case letters, digits and dashes, starting with a letter or digit, at most 63 characters'),
  name: z.string().trim().min(1).max(200),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code, e.g. DE'),
  contactEmail: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  contactPhone: z.string().trim().min(3).max(50).nullish(),
  trustLevel: z.enum(['LOW', 'MEDIUM', 'HIGH']),
  agreement: AgreementSchema,
});

/** Registers a partner CSIRT with its first agreement (version 1) and tells other services. */
export async function registerPartner(
  manager: EntityManager,
  outbox: Outbox,
  command: RegisterPartnerCommand,
): Promise<PartnerCsirt> {
  assertRedHasRecipients(command.agreement);
  const input = parseInput(RegisterPartnerSchema, command, PartnerErrors.invalidInput);
  const clash = await manager
    .createQueryBuilder(PartnerCsirt, 'p')
    .where('lower(p.name) = lower(:name)', { name: input.name })
    .getExists();
  if (clash) throw PartnerErrors.nameTaken(input.name);
  if (await manager.existsBy(PartnerCsirt, { code: input.code })) throw PartnerErrors.codeTaken(input.code);
  const now = new Date();
  const partner = manager.create(PartnerCsirt, {
    id: randomUUID(),
    code: input.code,
    name: input.name,
    country: input.country,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone ?? null,
    trustLevel: input.trustLevel,
    active: true,
    tlpCeiling: input.agreement.tlpCeiling,
    namedRecipients: input.agreement.namedRecipients,
    permittedActions: input.agreement.permittedActions,
    disclosure: input.agreement.disclosure,
    embargoDays: input.agreement.embargoDays ?? null,
    attribution: input.agreement.attribution,
    agreementVersion: 1,
    agreedAt: now,
    createdBy: command.createdBy,
    createdAt: now,
  });
  await manager.insert(PartnerCsirt, partner);
  await announcePartnerChanged(manager, outbox, partner, command.traceparent);
  return partner;
}
