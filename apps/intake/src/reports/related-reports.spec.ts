import { relationReason } from './related-reports';
import { secondsBetween } from './triage-report.service';

describe('related-report reasons', () => {
  it('names the shared observables, at most five, and the title similarity', () => {
    expect(relationReason([{ type: 'IPV4', value: '192.0.2.1' }], null)).toBe('shares 1 observable: IPV4 192.0.2.1');
    const many = Array.from({ length: 7 }, (_, i) => ({ type: 'DOMAIN' as const, value: `d${i}.example.com` }));
    expect(relationReason(many, 0.734)).toBe(
      'shares 7 observables: DOMAIN d0.example.com, DOMAIN d1.example.com, DOMAIN d2.example.com, DOMAIN d3.example.com, DOMAIN d4.example.com and 2 more; similar title (73%)',
    );
    expect(relationReason([], 0.5)).toBe('similar title (50%)');
  });
});

describe('triage clock', () => {
  it('counts whole seconds from receipt and never goes negative', () => {
    const received = new Date('2026-11-23T10:00:00.000Z');
    expect(secondsBetween(received, new Date('2026-11-23T10:02:30.900Z'))).toBe(150);
    expect(secondsBetween(received, new Date('2026-11-23T09:59:00.000Z'))).toBe(0);
  });
});
