import type { CsafAdvisoryInput } from './csaf-input';

/** A full vulnerability advisory, as the announcements service would hand it over. Specs only. */
export function vulnerabilityAdvisory(overrides: Partial<CsafAdvisoryInput> = {}): CsafAdvisoryInput {
  return {
    kind: 'VULNERABILITY_ADVISORY',
    trackingId: 'CSIRT-2026-0042',
    title: 'Remote code execution in Example Gateway',
    summary: 'A crafted request lets an unauthenticated attacker run code on Example Gateway.',
    body: 'Example Gateway before 2.4.2 does not check the length of the Host header...',
    severity: 4,
    tlp: 'GREEN',
    status: 'final',
    publisher: { name: 'Example National CSIRT', namespace: 'https://cert.example.org', category: 'coordinator' },
    revisionHistory: [
      { date: '2026-03-01T09:00:00Z', summary: 'Initial release.' },
      { date: '2026-03-04T12:30:00+01:00', summary: 'Fixed version added.' },
    ],
    cveIds: ['CVE-2026-12345', 'CVE-2026-12346'],
    affectedProducts: [
      { vendor: 'Example Corp', product: 'Example Gateway', affectedVersions: ['2.4.0', '2.4.1', '< 2.4.0'], fixedVersions: ['2.4.2'] },
      { vendor: 'Example Corp', product: 'Example Gateway Cloud' },
      { vendor: 'Other Vendor', product: 'Relay', fixedVersions: ['7.1'] },
    ],
    remediations: [
      { category: 'vendor_fix', details: 'Update to 2.4.2.', url: 'https://example.com/gateway/2.4.2' },
      { category: 'workaround', details: 'Reject Host headers longer than 255 bytes at the proxy.' },
    ],
    references: [{ url: 'https://example.com/security/ESA-2026-07', summary: 'Vendor advisory' }],
    acknowledgements: [
      { attribution: 'credited', names: ['Ada Lovelace'], organization: 'Analytical CERT' },
      { attribution: 'anonymised', names: ['Secret Person'], summary: 'Reported by Secret Person of Secret Org' },
    ],
    disclosure: { embargoUntil: '2026-03-10T00:00:00Z', terms: 'Do not publish exploit details.' },
    ...overrides,
  };
}

/** An education note: no products, no CVEs. */
export function educationNote(overrides: Partial<CsafAdvisoryInput> = {}): CsafAdvisoryInput {
  return {
    kind: 'EDUCATION',
    trackingId: 'CSIRT-FAQ-7',
    title: 'How to rotate SSH host keys',
    summary: 'Rotating host keys without locking users out.',
    body: 'Publish the new key alongside the old one first...',
    severity: 1,
    tlp: 'CLEAR',
    status: 'final',
    publisher: { name: 'Example National CSIRT', namespace: 'https://cert.example.org', category: 'coordinator' },
    revisionHistory: [{ date: '2026-02-01T08:00:00Z', summary: 'Initial release.' }],
    ...overrides,
  };
}
