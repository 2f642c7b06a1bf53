import { TLP_LEVELS } from '@csirt/contracts';
import { educationNote, vulnerabilityAdvisory } from './advisory.fixtures';
import { ALL_BUT_FIXED, ANONYMOUS_ACKNOWLEDGEMENT, buildCsafDocument, isVersionRange } from './build-csaf-document';
import { canonicalJson } from './canonical-json';
import { CSAF_ERROR } from './csaf.errors';
import { csafFileName } from './csaf-file-name';

type Branch = { category: string; name: string; branches?: Branch[]; product?: { product_id: string; name: string } };

function leaves(branches: Branch[]): Branch[] {
  return branches.flatMap((b) => (b.branches ? leaves(b.branches) : [b]));
}

describe('buildCsafDocument', () => {
  it('makes a security advisory with a product tree when products are affected', () => {
    const csaf = buildCsafDocument(vulnerabilityAdvisory());
    expect(csaf.document.category).toBe('csaf_security_advisory');
    expect(csaf.document.csaf_version).toBe('2.0');
    const tree = leaves((csaf.product_tree as { branches: Branch[] }).branches);
    expect(tree.map((b) => [b.category, b.name])).toEqual([
      ['product_version', '2.4.0'],
      ['product_version', '2.4.1'],
      ['product_version_range', '< 2.4.0'],
      ['product_version', '2.4.2'],
      ['product_name', 'Example Gateway Cloud'],
      ['product_version_range', ALL_BUT_FIXED],
      ['product_version', '7.1'],
    ]);
    const ids = tree.map((b) => b.product?.product_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(csaf.vulnerabilities?.map((v) => v.cve)).toEqual(['CVE-2026-12345', 'CVE-2026-12346']);
    expect(csaf.vulnerabilities?.[0].product_status).toEqual({
      known_affected: [ids[0], ids[1], ids[2], ids[4], ids[5]],
      fixed: [ids[3], ids[6]],
    });
  });

  it('makes csaf_base when nothing is affected, and still names CVEs and remediations', () => {
    const base = buildCsafDocument(educationNote());
    expect(base.document.category).toBe('csaf_base');
    expect(base.product_tree).toBeUndefined();
    expect(base.vulnerabilities).toBeUndefined();

    const alert = buildCsafDocument(
      educationNote({ kind: 'THREAT_ALERT', cveIds: ['CVE-2026-1111'], remediations: [{ category: 'mitigation', details: 'Block port 4444.' }] }),
    );
    expect(alert.document.category).toBe('csaf_base');
    expect(alert.vulnerabilities).toEqual([{ cve: 'CVE-2026-1111', notes: [expect.objectContaining({ category: 'description' })] }]);
    expect(alert.document.notes).toContainEqual({ category: 'general', title: 'Remediation: mitigation', text: 'Block port 4444.' });
  });

  it('writes one vulnerability named by the title when products are affected but no CVE is known', () => {
    const csaf = buildCsafDocument(vulnerabilityAdvisory({ cveIds: [] }));
    expect(csaf.vulnerabilities).toHaveLength(1);
    expect(csaf.vulnerabilities?.[0].title).toBe('Remote code execution in Example Gateway');
    expect(csaf.vulnerabilities?.[0].cve).toBeUndefined();
  });

  it.each([
    ['CLEAR', 'WHITE', 'TLP:CLEAR'],
    ['GREEN', 'GREEN', 'TLP:GREEN'],
    ['AMBER', 'AMBER', 'TLP:AMBER'],
    ['AMBER_STRICT', 'AMBER', 'TLP:AMBER+STRICT'],
    ['RED', 'RED', 'TLP:RED'],
  ] as const)('labels TLP %s as CSAF %s and states %s in the distribution text', (tlp, label, text) => {
    const distribution = buildCsafDocument(vulnerabilityAdvisory({ tlp })).document.distribution as { text: string; tlp: { label: string } };
    expect(distribution.tlp.label).toBe(label);
    expect(distribution.text.startsWith(`${text} `)).toBe(true);
  });

  it('carries embargo and disclosure terms in the distribution text', () => {
    const { text } = buildCsafDocument(vulnerabilityAdvisory()).document.distribution as { text: string };
    expect(text).toContain('Embargoed until 2026-03-10T00:00:00.000Z');
    expect(text).toContain('Do not publish exploit details.');
  });

  it('numbers revisions by date and takes the release dates from them', () => {
    const csaf = buildCsafDocument(
      vulnerabilityAdvisory({
        revisionHistory: [
          { date: '2026-03-05T00:00:00Z', summary: 'Second' },
          { date: '2026-03-01T00:00:00Z', summary: 'First' },
          { date: '2026-03-09T00:00:00Z', summary: 'Third' },
        ],
      }),
    );
    expect(csaf.document.tracking).toMatchObject({
      initial_release_date: '2026-03-01T00:00:00.000Z',
      current_release_date: '2026-03-09T00:00:00.000Z',
      version: '3',
      revision_history: [
        { number: '1', summary: 'First' },
        { number: '2', summary: 'Second' },
        { number: '3', summary: 'Third' },
      ],
    });
  });

  it('keeps credited names and drops everything identifying from anonymised acknowledgements', () => {
    const csaf = buildCsafDocument(vulnerabilityAdvisory());
    expect(csaf.document.acknowledgments).toEqual([
      { names: ['Ada Lovelace'], organization: 'Analytical CERT' },
      { summary: ANONYMOUS_ACKNOWLEDGEMENT },
    ]);
    const anonymised = canonicalJson(buildCsafDocument(vulnerabilityAdvisory(), { anonymiseAcknowledgements: true }));
    expect(anonymised).not.toContain('Ada Lovelace');
    expect(anonymised).not.toContain('Analytical CERT');
    expect(anonymised).not.toContain('Secret');
  });

  it('lets no field outside the input type through (internal ids, trace ids, authors)', () => {
    const leaky = {
      ...vulnerabilityAdvisory(),
      id: '7b0c1f7e-0000-4000-8000-000000000001',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      authorSubject: 'auth0|analyst-17',
    };
    const json = canonicalJson(buildCsafDocument(leaky));
    for (const secret of ['7b0c1f7e', '4bf92f3577b34da6', 'analyst-17', 'traceparent', 'authorSubject']) {
      expect(json).not.toContain(secret);
    }
  });

  it('gives the same bytes for the same input, whatever the key order of the input', () => {
    const input = vulnerabilityAdvisory();
    const reordered = Object.fromEntries(Object.entries(input).reverse()) as typeof input;
    expect(canonicalJson(buildCsafDocument(reordered))).toBe(canonicalJson(buildCsafDocument(input)));
    expect(Object.keys(buildCsafDocument(input).document)).toEqual([...Object.keys(buildCsafDocument(input).document)].sort());
  });

  it('marks a withdrawal in the title and the first note', () => {
    const csaf = buildCsafDocument(vulnerabilityAdvisory({ withdrawal: { reason: 'Issued in error: the product is not affected.' } }));
    expect(csaf.document.title).toBe('WITHDRAWN: Remote code execution in Example Gateway');
    expect((csaf.document.notes as Array<{ title: string }>)[0].title).toBe('Withdrawn');
  });

  it.each([
    ['a malformed CVE id', { cveIds: ['CVE-26-1'] }],
    ['an empty revision history', { revisionHistory: [] }],
    ['a tracking id with surrounding spaces', { trackingId: ' X-1 ' }],
    ['a javascript: reference', { references: [{ url: 'javascript:alert(1)', summary: 'x' }] }],
    ['a severity of 5', { severity: 5 as never }],
    ['an unknown TLP', { tlp: 'WHITE' as never }],
    ['a date without a zone', { revisionHistory: [{ date: '2026-03-01 10:00', summary: 'x' }] }],
  ])('refuses %s with CSAF.INVALID_INPUT', (_, override) => {
    expect(() => buildCsafDocument(vulnerabilityAdvisory(override))).toThrow(expect.objectContaining({ code: CSAF_ERROR.INVALID_INPUT }));
  });

  it('classifies version ranges as CSAF test 6.1.31 does', () => {
    expect(['< 2.4', '>=1.0', 'vers:semver/<2.4.2', 'all versions', 'prior to 3.0', '1.0 and later'].every(isVersionRange)).toBe(true);
    expect(['2.4.1', '10.0-rc1', 'Allegro 3', 'build 2026.03'].some(isVersionRange)).toBe(false);
  });
});

describe('csafFileName (CSAF 2.0 §5.1)', () => {
  it.each([
    ['cisco-sa-20190513-secureboot', 'cisco-sa-20190513-secureboot.json'],
    ['Example Company - 2019-YH3234', 'example_company_-_2019-yh3234.json'],
    ['RHBA-2019:0024', 'rhba-2019_0024.json'],
    ['2022_#01-A', '2022_01-a.json'],
    ['../../etc/passwd', '_etc_passwd.json'],
  ])('names %s %s', (id, name) => {
    expect(csafFileName(id)).toBe(name);
  });
});

it('covers every TLP level of the platform', () => {
  for (const tlp of TLP_LEVELS) expect(() => buildCsafDocument(educationNote({ tlp }))).not.toThrow();
});
