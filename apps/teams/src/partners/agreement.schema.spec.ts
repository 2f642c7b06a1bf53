import { AgreementSchema, assertRedHasRecipients } from './agreement.schema';

const base = {
  tlpCeiling: 'AMBER',
  permittedActions: ['CONTACT_FOR_INSTRUCTION'],
  disclosure: 'MAY_DISCLOSE',
  attribution: 'MUST',
} as const;

describe('information-exchange agreement rules', () => {
  it('lets TLP:RED only to named recipients', () => {
    expect(() => assertRedHasRecipients({ tlpCeiling: 'RED', namedRecipients: [] })).toThrow(
      expect.objectContaining({ code: 'PARTNER.RED_REQUIRES_NAMED_RECIPIENTS' }),
    );
    expect(() => assertRedHasRecipients({ tlpCeiling: 'RED', namedRecipients: null })).toThrow(
      expect.objectContaining({ code: 'PARTNER.RED_REQUIRES_NAMED_RECIPIENTS' }),
    );
    expect(() =>
      assertRedHasRecipients({ tlpCeiling: 'RED', namedRecipients: ['a@b.example'] }),
    ).not.toThrow();
    expect(() => assertRedHasRecipients({ tlpCeiling: 'AMBER_STRICT', namedRecipients: [] })).not.toThrow();
  });

  it('asks for embargo days exactly when disclosure waits for an embargo', () => {
    expect(AgreementSchema.safeParse({ ...base, disclosure: 'AFTER_EMBARGO' }).success).toBe(false);
    expect(AgreementSchema.safeParse({ ...base, disclosure: 'AFTER_EMBARGO', embargoDays: 30 }).success).toBe(
      true,
    );
    expect(AgreementSchema.safeParse({ ...base, embargoDays: 30 }).success).toBe(false);
  });

  it('does not combine NONE with other actions, and normalises recipients', () => {
    expect(
      AgreementSchema.safeParse({ ...base, permittedActions: ['NONE', 'INTERNALLY_VISIBLE_ACTIONS'] })
        .success,
    ).toBe(false);
    const parsed = AgreementSchema.parse({
      ...base,
      namedRecipients: ['Duty@Cert.Example', 'duty@cert.example'],
    });
    expect(parsed.namedRecipients).toEqual(['duty@cert.example']);
  });
});
