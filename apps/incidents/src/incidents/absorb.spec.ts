import { absorb, absorbable, mergeAssets } from './absorb';
import { incidentLike } from '../testing/incident-like';
import { addAccounts } from './merge-incidents.service';

const report = {
  observables: [
    { type: 'CVE' as const, value: 'CVE-2024-3094' },
    { type: 'ASN' as const, value: 'AS13335' },
  ],
  affectedAssets: ['MAIL.example.org', 'vpn'],
  cia: { confidentiality: false, integrity: true, availability: false },
  severity: 4,
  tlp: 'AMBER' as const,
};

describe('absorb: what an incident takes in from a report or a merged incident', () => {
  it('takes the union of indicators and assets, any CIA impact, the stricter severity and TLP', () => {
    const into = incidentLike({
      observables: [{ type: 'CVE', value: 'CVE-2024-3094' }],
      affectedAssets: ['mail.example.org'],
      ciaConfidentiality: true,
    });
    expect(absorb(into, report, { report: 'RPT-1' })).toEqual([
      {
        kind: 'absorbed',
        observables: [
          { type: 'CVE', value: 'CVE-2024-3094' },
          { type: 'ASN', value: 'AS13335' },
        ],
        affectedAssets: ['mail.example.org', 'vpn'],
        cia: { confidentiality: true, integrity: true, availability: false },
        added: { observables: 1, assets: 1 },
        origin: { report: 'RPT-1' },
        actor: 'system:report-attached',
      },
      { kind: 'severity-changed', from: 2, to: 4, cause: 'by report RPT-1', actor: 'system:report-attached' },
      { kind: 'tlp-changed', from: 'GREEN', to: 'AMBER', reason: null, cause: 'by report RPT-1', actor: 'system:report-attached' },
    ]);
  });

  it('never lowers severity or TLP, and tells a merge as the merge', () => {
    const into = incidentLike({ severity: 4, tlp: 'RED' });
    const source = incidentLike({ severity: 1, tlp: 'CLEAR', id: 'other' });
    const changes = absorb(into, absorbable(source), { incident: source });
    expect(changes.map((c) => c.kind)).toEqual(['absorbed']);
    expect(changes[0]).toMatchObject({ actor: 'system:merge', added: { observables: 0, assets: 0 } });
  });

  it('unions assets case-insensitively, keeping the first spelling and dropping blanks', () => {
    expect(mergeAssets(['Mail.example.org'], ['mail.example.org', ' vpn ', ''])).toEqual(['Mail.example.org', 'vpn']);
  });
});

describe('addAccounts: effort and loss of a merge', () => {
  const acc = (effortHours: number, lossAmount: number | null, lossCurrency: string | null) => ({ effortHours, lossAmount, lossCurrency });
  it('adds effort and losses in the same currency', () => {
    expect(addAccounts(acc(2, 100, 'EUR'), acc(3.25, 50, 'EUR'))).toEqual({ effortHours: 5.25, loss: { amount: 150, currency: 'EUR' }, lossNote: '' });
  });
  it('takes the source loss when the target has none', () => {
    expect(addAccounts(acc(0, null, null), acc(0, 50, 'USD')).loss).toEqual({ amount: 50, currency: 'USD' });
  });
  it('does not convert currencies and says so', () => {
    const result = addAccounts(acc(0, 100, 'EUR'), acc(0, 50, 'USD'));
    expect(result.loss).toEqual({ amount: 100, currency: 'EUR' });
    expect(result.lossNote).toBe('; loss estimate of 50 USD not added (different currency)');
  });
});
