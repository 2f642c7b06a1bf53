import type { Tlp } from '@csirt/contracts';
import { isReleasedTo, mayFetchFromDirectory, type PartnerAgreementView } from './release-audience';

const partner = (tlpCeiling: Tlp, overrides: Partial<PartnerAgreementView> = {}): PartnerAgreementView => ({
  partnerId: '00000000-0000-4000-8000-000000000001',
  code: 'alpha',
  name: 'Alpha CERT',
  active: true,
  tlpCeiling,
  ...overrides,
});

describe('who a released document is for', () => {
  it.each([
    ['CLEAR', 'GREEN', [], true],
    ['GREEN', 'GREEN', [], true],
    ['GREEN', 'CLEAR', [], false],
    // Addressed by name, not to the community: only the named partners.
    ['GREEN', 'RED', ['bravo'], false],
    ['GREEN', 'GREEN', ['alpha'], true],
    ['CLEAR', 'RED', ['bravo'], false],
    ['AMBER', 'GREEN', ['alpha'], false],
    ['AMBER', 'AMBER', ['alpha'], true],
    ['AMBER', 'RED', ['bravo'], false],
    ['AMBER', 'RED', [], false],
    ['AMBER_STRICT', 'AMBER', ['alpha'], false],
    ['AMBER_STRICT', 'AMBER_STRICT', ['alpha'], true],
    ['RED', 'RED', ['alpha', 'bravo'], true],
    ['RED', 'AMBER_STRICT', ['alpha'], false],
  ] as const)('%s to a partner with ceiling %s, addressed to %j: %s', (tlp, ceiling, recipients, expected) => {
    expect(isReleasedTo(partner(ceiling), { tlp, recipients })).toBe(expected);
  });

  it('gives nothing to a partner whose agreement is inactive, not even TLP:CLEAR', () => {
    expect(isReleasedTo(partner('RED', { active: false }), { tlp: 'CLEAR', recipients: [] })).toBe(false);
  });

  it('serves TLP:CLEAR to anyone from the directory, and nothing else without a partner', () => {
    expect(mayFetchFromDirectory(null, { tlp: 'CLEAR', recipients: [] })).toBe(true);
    expect(mayFetchFromDirectory(null, { tlp: 'GREEN', recipients: [] })).toBe(false);
    expect(mayFetchFromDirectory(partner('RED', { active: false }), { tlp: 'CLEAR', recipients: [] })).toBe(true);
    expect(mayFetchFromDirectory(partner('GREEN'), { tlp: 'GREEN', recipients: [] })).toBe(true);
    expect(mayFetchFromDirectory(partner('RED'), { tlp: 'RED', recipients: ['bravo'] })).toBe(false);
  });
});
