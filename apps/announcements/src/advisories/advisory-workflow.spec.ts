import { buildCsafDocument, CsafAdvisoryInputSchema } from '@csirt/csaf';
import { EMPTY_CONTENT, parseContent, assertComplete, type AdvisoryContent } from './advisory-content';
import { releaseOf } from './advisory-release-of';
import { assertMayApprove, assertMayEdit, assertMaySubmit, assertMayWithdraw, assertReleasable, missingApprovals } from './advisory-workflow';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('advisory workflow rules', () => {
  const advisory = (status: string, releasedRevision: number | null = null, legallySensitive = false) =>
    ({ status, releasedRevision, legallySensitive }) as never;

  it('needs the PR officer always and legal counsel for legally sensitive content', () => {
    expect(missingApprovals({ legallySensitive: false }, [])).toEqual(['PR_OFFICER']);
    expect(missingApprovals({ legallySensitive: true }, ['PR_OFFICER'])).toEqual(['LEGAL_COUNSEL']);
    expect(missingApprovals({ legallySensitive: true }, ['LEGAL_COUNSEL', 'PR_OFFICER'])).toEqual([]);
  });

  it('publishes only approved, never-released content and names what is missing', () => {
    expect(codeOf(() => assertReleasable(advisory('APPROVED'), 'PUBLISHED', ['PR_OFFICER']))).toBeUndefined();
    expect(codeOf(() => assertReleasable(advisory('DRAFT'), 'PUBLISHED', []))).toBe('ADVISORY.NOT_APPROVED');
    expect(codeOf(() => assertReleasable(advisory('IN_REVIEW', null, true), 'PUBLISHED', ['PR_OFFICER']))).toBe('ADVISORY.LEGAL_APPROVAL_REQUIRED');
    expect(codeOf(() => assertReleasable(advisory('IN_REVIEW', null, true), 'PUBLISHED', ['LEGAL_COUNSEL']))).toBe('ADVISORY.NOT_APPROVED');
    // An APPROVED row whose approvals were voided (defence in depth) is not approved.
    expect(codeOf(() => assertReleasable(advisory('APPROVED'), 'PUBLISHED', []))).toBe('ADVISORY.NOT_APPROVED');
    expect(codeOf(() => assertReleasable(advisory('PUBLISHED', 1), 'PUBLISHED', ['PR_OFFICER']))).toBe('ADVISORY.INVALID_TRANSITION');
    expect(codeOf(() => assertReleasable(advisory('APPROVED', 1), 'PUBLISHED', ['PR_OFFICER']))).toBe('ADVISORY.INVALID_TRANSITION');
    expect(codeOf(() => assertReleasable(advisory('WITHDRAWN', 1), 'PUBLISHED', ['PR_OFFICER']))).toBe('ADVISORY.INVALID_TRANSITION');
  });

  it('revises only a released advisory whose new content is approved', () => {
    expect(codeOf(() => assertReleasable(advisory('APPROVED', 1), 'REVISED', ['PR_OFFICER']))).toBeUndefined();
    expect(codeOf(() => assertReleasable(advisory('DRAFT', 1), 'REVISED', []))).toBe('ADVISORY.NOT_APPROVED');
    expect(codeOf(() => assertReleasable(advisory('PUBLISHED', 1), 'REVISED', []))).toBe('ADVISORY.INVALID_TRANSITION');
    expect(codeOf(() => assertReleasable(advisory('APPROVED'), 'REVISED', ['PR_OFFICER']))).toBe('ADVISORY.INVALID_TRANSITION');
  });

  it('orders the other steps', () => {
    expect(codeOf(() => assertMaySubmit(advisory('DRAFT')))).toBeUndefined();
    expect(codeOf(() => assertMaySubmit(advisory('IN_REVIEW')))).toBe('ADVISORY.INVALID_TRANSITION');
    expect(codeOf(() => assertMayApprove(advisory('IN_REVIEW')))).toBeUndefined();
    expect(codeOf(() => assertMayApprove(advisory('DRAFT')))).toBe('ADVISORY.INVALID_TRANSITION');
    expect(codeOf(() => assertMayEdit(advisory('PUBLISHED', 1)))).toBeUndefined();
    expect(codeOf(() => assertMayEdit(advisory('WITHDRAWN', 1)))).toBe('ADVISORY.INVALID_TRANSITION');
    expect(codeOf(() => assertMayWithdraw(advisory('DRAFT', 2)))).toBeUndefined();
    expect(codeOf(() => assertMayWithdraw(advisory('APPROVED')))).toBe('ADVISORY.INVALID_TRANSITION');
    expect(codeOf(() => assertMayWithdraw(advisory('WITHDRAWN', 3)))).toBe('ADVISORY.INVALID_TRANSITION');
  });
});

describe('advisory content rules', () => {
  const base = { ...EMPTY_CONTENT, kind: 'VULNERABILITY_ADVISORY', title: 'Patch the VPN', summary: 'Exploited.', severity: 3, tlp: 'GREEN' };

  it('normalises CVE ids and drops duplicates, and refuses what CSAF would not take', () => {
    expect(parseContent({ ...base, cveIds: [' cve-2026-1234 ', 'CVE-2026-1234'] }).cveIds).toEqual(['CVE-2026-1234']);
    expect(codeOf(() => parseContent({ ...base, cveIds: ['CVE-26-1'] }))).toBe('ADVISORY.INVALID_INPUT');
    expect(codeOf(() => parseContent({ ...base, references: [{ url: 'ftp://x.example', summary: 'x' }] }))).toBe('ADVISORY.INVALID_INPUT');
    expect(codeOf(() => parseContent({ ...base, credits: [{ summary: 'nobody' }] }))).toBe('ADVISORY.INVALID_INPUT');
    expect(codeOf(() => parseContent({ ...base, title: 'x' }))).toBe('ADVISORY.INVALID_INPUT');
  });

  it('keeps the whole community to CLEAR and GREEN', () => {
    const community = { ...base.audience, community: true };
    expect(parseContent({ ...base, audience: community }).audience.community).toBe(true);
    expect(codeOf(() => parseContent({ ...base, tlp: 'AMBER', audience: community }))).toBe('ADVISORY.COMMUNITY_ABOVE_GREEN');
  });

  it('asks for a body, an audience and, for constituencies, the customer notice before review', () => {
    const complete = parseContent({ ...base, body: 'Full text.', audience: { ...base.audience, community: true } });
    expect(codeOf(() => assertComplete(complete))).toBeUndefined();
    expect(codeOf(() => assertComplete({ ...complete, body: '' }))).toBe('ADVISORY.INCOMPLETE');
    expect(codeOf(() => assertComplete({ ...complete, audience: { community: false, partnerIds: [], constituencyIds: [] } }))).toBe('ADVISORY.NO_AUDIENCE');
    const constituency = { community: false, partnerIds: [], constituencyIds: ['7b0e3a52-9d8c-4a53-8f3e-0e4c1f2a6b11'] };
    expect(codeOf(() => assertComplete({ ...complete, audience: constituency }))).toBe('ADVISORY.CUSTOMER_NOTICE_REQUIRED');
    expect(codeOf(() => assertComplete({ ...complete, audience: constituency, customerNotice: { title: 'For you', summary: 's', body: 'b' } }))).toBeUndefined();
  });
});

describe('the release handed to delivery', () => {
  const content: AdvisoryContent = parseContent({
    ...EMPTY_CONTENT,
    kind: 'VULNERABILITY_ADVISORY',
    title: 'Patch the VPN gateways',
    summary: 'Exploited in the wild.',
    body: 'Full text.',
    severity: 4,
    tlp: 'AMBER',
    audience: { community: false, partnerIds: ['7b0e3a52-9d8c-4a53-8f3e-0e4c1f2a6b11'], constituencyIds: [] },
    cveIds: ['CVE-2026-1234'],
    affectedProducts: [{ vendor: 'Acme', product: 'VPN', affectedVersions: ['< 2.4.2'], fixedVersions: ['2.4.2'] }],
    remediations: [{ category: 'VENDOR_FIX', details: 'Upgrade to 2.4.2.', url: 'https://acme.example/fix' }],
    references: [{ url: 'https://acme.example/advisory', summary: 'Vendor advisory' }],
    credits: [{ names: ['Ada'], organization: 'Example CERT' }, { names: ['Secret Person'], anonymised: true }],
  });
  const history = [
    { number: 1, releasedAt: new Date('2026-11-01T10:00:00Z'), summary: 'Initial release' },
    { number: 2, releasedAt: new Date('2026-11-02T10:00:00Z'), summary: 'Fixed version added' },
  ];

  it('carries the partner wording, the history, the audience and the credits, and is valid CSAF input', () => {
    const release = releaseOf({ advisoryId: 'a', reference: 'ADV-2026-00001', action: 'REVISED', content, history });
    expect(release).toMatchObject({ action: 'REVISED', revision: 2, audience: content.audience, releasedAt: history[1].releasedAt });
    expect(release.document.revisionHistory).toEqual([
      { date: '2026-11-01T10:00:00.000Z', summary: 'Initial release' },
      { date: '2026-11-02T10:00:00.000Z', summary: 'Fixed version added' },
    ]);
    expect(release.document.remediations).toEqual([{ category: 'vendor_fix', details: 'Upgrade to 2.4.2.', url: 'https://acme.example/fix' }]);
    expect(release.document.acknowledgements).toEqual([
      { attribution: 'credited', names: ['Ada'], organization: 'Example CERT' },
      { attribution: 'anonymised', names: ['Secret Person'] },
    ]);
    const publisher = { name: 'Example CSIRT', namespace: 'https://csirt.example', category: 'coordinator' as const };
    expect(CsafAdvisoryInputSchema.safeParse({ ...release.document, publisher }).success).toBe(true);
    const csaf = buildCsafDocument({ ...release.document, publisher }) as { document: { tracking: { version: string } } };
    expect(csaf.document.tracking.version).toBe('2');
  });

  it('says why it is withdrawn', () => {
    const release = releaseOf({ advisoryId: 'a', reference: 'ADV-2026-00001', action: 'WITHDRAWN', content, history, withdrawalReason: 'Wrong product' });
    expect(release.document.withdrawal).toEqual({ reason: 'Wrong product' });
  });
});
