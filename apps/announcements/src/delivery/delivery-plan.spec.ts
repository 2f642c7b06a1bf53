import type { PartnerAgreement } from '../partners/partner-agreement';
import { combineTerms, planDelivery, termsSentence } from './delivery-plan';

let next = 0;
function partner(code: string, overrides: Partial<PartnerAgreement> = {}): PartnerAgreement {
  next += 1;
  return {
    partnerId: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    code,
    name: `CSIRT ${code}`,
    active: true,
    tlpCeiling: 'GREEN',
    permittedActions: ['CONTACT_FOR_INSTRUCTION', 'INTERNALLY_VISIBLE_ACTIONS'],
    disclosure: 'MAY_DISCLOSE',
    embargoDays: null,
    attribution: 'MAY',
    agreementVersion: 1,
    changedAt: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}
const byId = (...partners: PartnerAgreement[]) => new Map(partners.map((p) => [p.partnerId, p]));
const releasedAt = new Date('2026-05-01T10:00:00Z');

describe('planDelivery', () => {
  const clearOnly = partner('clearonly', { tlpCeiling: 'CLEAR' });
  const green = partner('green');
  const amber = partner('amber', { tlpCeiling: 'AMBER' });
  const red = partner('red', { tlpCeiling: 'RED' });
  const retired = partner('retired', { tlpCeiling: 'RED', active: false });
  const everyone = [clearOnly, green, amber, red, retired];

  it('sends CLEAR to the clear community feed, read by every active partner', () => {
    const plan = planDelivery({ tlp: 'CLEAR', audience: { community: true, partnerIds: [] }, releasedAt }, byId(), everyone);
    expect(plan.targets.map((t) => t.topic)).toEqual(['csirt.announcements.clear']);
    expect(plan.targets[0].readers.map((p) => p.code)).toEqual(['clearonly', 'green', 'amber', 'red']);
    expect(plan.recipients).toEqual([]);
  });

  it('sends GREEN to the green feed, whose readers exclude partners capped at CLEAR', () => {
    const plan = planDelivery({ tlp: 'GREEN', audience: { community: true, partnerIds: [] }, releasedAt }, byId(), everyone);
    expect(plan.targets.map((t) => t.topic)).toEqual(['csirt.announcements.green']);
    expect(plan.targets[0].readers.map((p) => p.code)).toEqual(['green', 'amber', 'red']);
  });

  it('sends AMBER and above to each addressed partner’s own feed only', () => {
    for (const tlp of ['AMBER', 'AMBER_STRICT', 'RED'] as const) {
      const plan = planDelivery({ tlp, audience: { community: false, partnerIds: [red.partnerId] }, releasedAt }, byId(red), everyone);
      expect(plan.targets.map((t) => t.topic)).toEqual(['csirt.partner.red.advisories']);
      expect(plan.recipients).toEqual(['red']);
    }
  });

  it('refuses, per partner, a label above an addressed partner’s ceiling, naming the partner', () => {
    const release = { tlp: 'RED' as const, audience: { community: false, partnerIds: [red.partnerId, amber.partnerId] }, releasedAt };
    expect(() => planDelivery(release, byId(red, amber), [])).toThrow(
      expect.objectContaining({ code: 'ADVISORY.PARTNER_CEILING_EXCEEDED', details: { partner: 'amber', ceiling: 'AMBER', tlp: 'RED' } }),
    );
    // GREEN addressed by name to a CLEAR-only partner is refused as well.
    expect(() =>
      planDelivery({ tlp: 'GREEN', audience: { community: true, partnerIds: [clearOnly.partnerId] }, releasedAt }, byId(clearOnly), everyone),
    ).toThrow(expect.objectContaining({ code: 'ADVISORY.PARTNER_CEILING_EXCEEDED' }));
  });

  it('refuses unknown partners and AMBER for the community; skips inactive partners', () => {
    expect(() => planDelivery({ tlp: 'AMBER', audience: { community: false, partnerIds: ['00000000-0000-4000-8000-999999999999'] }, releasedAt }, byId(), [])).toThrow(
      expect.objectContaining({ code: 'ADVISORY.PARTNER_UNKNOWN' }),
    );
    expect(() => planDelivery({ tlp: 'AMBER', audience: { community: true, partnerIds: [] }, releasedAt }, byId(), everyone)).toThrow(
      expect.objectContaining({ code: 'ADVISORY.COMMUNITY_ABOVE_GREEN' }),
    );
    const plan = planDelivery({ tlp: 'RED', audience: { community: false, partnerIds: [retired.partnerId, red.partnerId] }, releasedAt }, byId(retired, red), []);
    expect(plan.recipients).toEqual(['red']);
  });

  it('keeps GREEN addressed by name only (no community) on the named partners’ own feeds', () => {
    const plan = planDelivery({ tlp: 'GREEN', audience: { community: false, partnerIds: [green.partnerId, amber.partnerId] }, releasedAt }, byId(green, amber), everyone);
    expect(plan.targets.map((t) => t.topic).sort()).toEqual(['csirt.partner.amber.advisories', 'csirt.partner.green.advisories']);
    expect(plan.recipients).toEqual(['amber', 'green']);
  });

  it('delivers nothing when no partner is addressed (constituencies only)', () => {
    expect(planDelivery({ tlp: 'AMBER', audience: { community: false, partnerIds: [] }, releasedAt }, byId(), []).targets).toEqual([]);
  });

  it('anonymises the one document when any reader’s agreement forbids attribution', () => {
    const shy = partner('shy', { attribution: 'MUST_NOT', tlpCeiling: 'RED' });
    const community = planDelivery({ tlp: 'CLEAR', audience: { community: true, partnerIds: [] }, releasedAt }, byId(), [green, shy]);
    expect(community.anonymise).toBe(true);
    expect(community.targets[0].terms.attribution).toBe('anonymised');
    const toRedOnly = planDelivery({ tlp: 'RED', audience: { community: false, partnerIds: [red.partnerId] }, releasedAt }, byId(red, shy), [green, shy]);
    expect(toRedOnly.anonymise).toBe(false);
    const toBoth = planDelivery({ tlp: 'RED', audience: { community: false, partnerIds: [red.partnerId, shy.partnerId] }, releasedAt }, byId(red, shy), []);
    expect(toBoth.anonymise).toBe(true);
    // Each partner feed carries that partner's own terms; the document the strictest of all.
    expect(toBoth.targets.map((t) => t.terms.attribution)).toEqual(['anonymised', 'anonymised']);
  });
});

describe('combineTerms', () => {
  it('takes a partner’s embargo from the release time, and the strictest terms of several readers', () => {
    const embargoed = partner('e', { disclosure: 'AFTER_EMBARGO', embargoDays: 10, permittedActions: ['INTERNALLY_VISIBLE_ACTIONS'] });
    const longer = partner('l', { disclosure: 'AFTER_EMBARGO', embargoDays: 30 });
    const open = partner('o');
    expect(combineTerms([embargoed], { tlp: 'AMBER', releasedAt }, false)).toEqual({
      disclosure: 'AFTER_EMBARGO',
      embargoUntil: '2026-05-11T10:00:00.000Z',
      permittedActions: ['INTERNALLY_VISIBLE_ACTIONS'],
      attribution: 'credited',
    });
    expect(combineTerms([open, embargoed, longer], { tlp: 'GREEN', releasedAt }, false)).toMatchObject({
      disclosure: 'AFTER_EMBARGO',
      embargoUntil: '2026-05-31T10:00:00.000Z',
      permittedActions: ['INTERNALLY_VISIBLE_ACTIONS'],
    });
    const secret = partner('s', { disclosure: 'MUST_NOT_DISCLOSE', permittedActions: ['NONE'] });
    expect(combineTerms([embargoed, secret], { tlp: 'GREEN', releasedAt }, true)).toEqual({
      disclosure: 'MUST_NOT_DISCLOSE',
      embargoUntil: null,
      permittedActions: ['NONE'],
      attribution: 'anonymised',
    });
  });

  it('holds a feed nobody reads yet to its label', () => {
    expect(combineTerms([], { tlp: 'CLEAR', releasedAt }, false).disclosure).toBe('MAY_DISCLOSE');
    expect(combineTerms([], { tlp: 'GREEN', releasedAt }, false).disclosure).toBe('MUST_NOT_DISCLOSE');
  });

  it('says the terms in the document’s distribution text', () => {
    expect(termsSentence({ disclosure: 'AFTER_EMBARGO', embargoUntil: null, permittedActions: ['NONE'], attribution: 'anonymised' })).toBe(
      'Under the information-exchange agreements of its recipients, recipients may disclose it after the embargo; permitted actions: NONE. Sources are anonymised at the recipients’ request.',
    );
  });
});
