import { suggestTriage, type SuggestionInput } from './triage-suggestion';

const none = { confidentiality: false, integrity: false, availability: false };
const base: SuggestionInput = { title: 'Something odd', description: 'Please look.', observables: [], cia: none, constituencyId: 'c-1' };

describe('triage suggestion', () => {
  it('classifies by keywords and explains why', () => {
    const s = suggestTriage({ ...base, title: 'Phishing mail', description: 'A fake login page harvesting credentials' });
    expect(s.classification).toEqual({ rsitClass: 'fraud', rsitType: 'phishing' });
    expect(s.severity).toBe(2);
    expect(s.priority).toBe('P3');
    expect(s.reasons.join(' ')).toMatch(/phishing/);
  });

  it('ransomware is critical and urgent in a served constituency', () => {
    const s = suggestTriage({ ...base, title: 'Ransomware on file server', cia: { confidentiality: false, integrity: true, availability: true } });
    expect(s.classification).toEqual({ rsitClass: 'malicious-code', rsitType: 'infected-system' });
    expect(s.severity).toBe(4);
    expect(s.priority).toBe('P1');
  });

  it('falls back to observable types when no keyword matches', () => {
    const s = suggestTriage({ ...base, observables: [{ type: 'SHA256', value: 'a'.repeat(64) }] });
    expect(s.classification).toEqual({ rsitClass: 'malicious-code', rsitType: 'infected-system' });
    const cve = suggestTriage({ ...base, observables: [{ type: 'CVE', value: 'CVE-2024-3094' }] });
    expect(cve.classification).toEqual({ rsitClass: 'vulnerable', rsitType: 'vulnerable-system' });
  });

  it('proposes nothing specific for content without signals, at the lowest priority outside a constituency', () => {
    const s = suggestTriage({ ...base, constituencyId: null });
    expect(s.classification).toBeNull();
    expect(s.severity).toBe(1);
    expect(s.priority).toBe('P4');
  });

  it('raises severity with CIA impact and lowers priority without a constituency', () => {
    const served = suggestTriage({ ...base, title: 'Port scan', cia: { confidentiality: true, integrity: true, availability: false } });
    const unknown = suggestTriage({ ...base, title: 'Port scan', cia: { confidentiality: true, integrity: true, availability: false }, constituencyId: null });
    expect(served.severity).toBe(2);
    expect(served.priority).toBe('P3');
    expect(unknown.priority).toBe('P4');
  });
});
