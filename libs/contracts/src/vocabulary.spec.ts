import { formatTlp, isRsitClassification, parseTlp, tlpRank } from './vocabulary';

describe('TLP 2.0 labels', () => {
  it.each([
    ['TLP:CLEAR', 'CLEAR'],
    ['tlp:amber+strict', 'AMBER_STRICT'],
    ['AMBER_STRICT', 'AMBER_STRICT'],
    [' red ', 'RED'],
    ['GREEN', 'GREEN'],
  ])('reads %s as %s', (label, expected) => {
    expect(parseTlp(label)).toBe(expected);
  });

  it('accepts TLP 1.0 WHITE only as an alias of CLEAR', () => {
    expect(parseTlp('TLP:WHITE')).toBe('CLEAR');
    expect(formatTlp('CLEAR')).toBe('TLP:CLEAR');
  });

  it('rejects anything that is not a TLP 2.0 label', () => {
    expect(parseTlp('PURPLE')).toBeUndefined();
    expect(parseTlp('TLP:AMBER+')).toBeUndefined();
    expect(parseTlp('')).toBeUndefined();
  });

  it('orders labels from least to most restrictive', () => {
    expect(['RED', 'CLEAR', 'AMBER_STRICT', 'GREEN', 'AMBER'].sort((a, b) => tlpRank(a as never) - tlpRank(b as never))).toEqual([
      'CLEAR',
      'GREEN',
      'AMBER',
      'AMBER_STRICT',
      'RED',
    ]);
    expect(formatTlp('AMBER_STRICT')).toBe('TLP:AMBER+STRICT');
  });
});

describe('RSIT classification', () => {
  it('accepts a type within its class and nothing else', () => {
    expect(isRsitClassification('intrusions', 'system-compromise')).toBe(true);
    expect(isRsitClassification('intrusions', 'phishing')).toBe(false);
    expect(isRsitClassification('made-up', 'other')).toBe(false);
  });
});
