import { DraftFieldError, updateOf, type DraftFields } from './draft-fields';

const base: DraftFields = {
  title: 'Exim RCE',
  summary: 'Patch now',
  body: 'Details',
  severity: '3',
  tlp: 'GREEN',
  legallySensitive: true,
  community: false,
  partnerIds: ['p1'],
  constituencyIds: [],
  noticeTitle: '',
  noticeSummary: '',
  noticeBody: '',
  cveIds: 'CVE-2024-1234\n\n CVE-2024-5678 ',
  products: 'Exim | Exim MTA | < 4.97, 4.96.1 | 4.97',
  remediations: 'VENDOR_FIX | Upgrade to 4.97 | https://exim.org\nWORKAROUND | Disable chunking',
  references: 'https://example.org/a | Write-up',
  credits: 'Ada Lovelace, Alan Turing | Example CERT | found it',
};

describe('the advisory edit form as an UpdateAdvisoryInput', () => {
  it('reads lists one a line, parts split by |, values by commas', () => {
    const input = updateOf(base);
    expect(input).toMatchObject({
      severity: 3,
      legallySensitive: true,
      audience: { community: false, partnerIds: ['p1'], constituencyIds: [] },
      cveIds: ['CVE-2024-1234', 'CVE-2024-5678'],
      affectedProducts: [{ vendor: 'Exim', product: 'Exim MTA', affectedVersions: ['< 4.97', '4.96.1'], fixedVersions: ['4.97'] }],
      remediations: [
        { category: 'VENDOR_FIX', details: 'Upgrade to 4.97', url: 'https://exim.org' },
        { category: 'WORKAROUND', details: 'Disable chunking' },
      ],
      references: [{ url: 'https://example.org/a', summary: 'Write-up' }],
      credits: [{ names: ['Ada Lovelace', 'Alan Turing'], organization: 'Example CERT', summary: 'found it' }],
    });
    expect(input.customerNotice).toBeUndefined();
    expect(updateOf({ ...base, noticeTitle: 'For customers' }).customerNotice).toEqual({ title: 'For customers', summary: '', body: '' });
  });

  it('says which line it cannot read', () => {
    expect(() => updateOf({ ...base, remediations: 'PATCH | now' })).toThrow(new DraftFieldError(
      'Remediations, line 1: start with one of VENDOR_FIX, MITIGATION, WORKAROUND, NONE_AVAILABLE, NO_FIX_PLANNED, then "| what to do".',
    ));
    expect(() => updateOf({ ...base, products: 'Exim' })).toThrow(/Affected products, line 1/);
    expect(() => updateOf({ ...base, references: 'https://example.org' })).toThrow(/References, line 1/);
  });
});
