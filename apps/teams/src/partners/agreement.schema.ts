import { TlpSchema } from '@csirt/contracts';
import { z } from 'zod';
import { PartnerErrors } from './partner.errors';

/** Rules of an information-exchange agreement, for registering a partner and for changing it. */
export const AgreementSchema = z
  .object({
    tlpCeiling: TlpSchema,
    namedRecipients: z
      .array(
        z
          .email()
          .max(254)
          .transform((email) => email.toLowerCase()),
      )
      .max(50)
      .nullish()
      .transform((list) => [...new Set(list ?? [])]),
    permittedActions: z
      .array(
        z.enum([
          'NONE',
          'CONTACT_FOR_INSTRUCTION',
          'INTERNALLY_VISIBLE_ACTIONS',
          'EXTERNALLY_VISIBLE_INDIRECT_ACTIONS',
          'EXTERNALLY_VISIBLE_DIRECT_ACTIONS',
        ]),
      )
      .min(1, 'at least one permitted action (NONE if nothing is permitted)')
      .transform((list) => [...new Set(list)]),
    disclosure: z.enum(['MAY_DISCLOSE', 'AFTER_EMBARGO', 'WITH_SOURCE_CONSENT', 'MUST_NOT_DISCLOSE']),
    embargoDays: z.number().int().min(1).max(3650).nullish(),
    attribution: z.enum(['MUST', 'MAY', 'MUST_NOT']),
  })
  .refine(
    (a) => (a.disclosure === 'AFTER_EMBARGO') === (a.embargoDays !== null && a.embargoDays !== undefined),
    {
      message: 'embargoDays is required exactly when disclosure is AFTER_EMBARGO',
      path: ['embargoDays'],
    },
  )
  .refine((a) => !(a.permittedActions.includes('NONE') && a.permittedActions.length > 1), {
    message: 'NONE cannot be combined with other permitted actions',
    path: ['permittedActions'],
  });
export type Agreement = z.infer<typeof AgreementSchema>;

/** TLP:RED is for named recipients only, so an agreement allowing RED must name them. */
export function assertRedHasRecipients(agreement: {
  tlpCeiling: string;
  namedRecipients?: readonly string[] | null;
}): void {
  if (agreement.tlpCeiling === 'RED' && (agreement.namedRecipients ?? []).length === 0)
    throw PartnerErrors.redNeedsRecipients();
}
