import { TLP_LEVELS } from '@csirt/contracts';
import { educationNote, vulnerabilityAdvisory } from './advisory.fixtures';
import { buildCsafDocument } from './build-csaf-document';
import { ANNOUNCEMENT_KINDS, CSAF_STATUSES } from './csaf-input';
import { closeCsafValidator, validateCsaf } from './validate-csaf';

afterAll(closeCsafValidator);

describe('validateCsaf (official csaf-validator-lib: strict schema + mandatory tests)', () => {
  const cases = ANNOUNCEMENT_KINDS.flatMap((kind) =>
    TLP_LEVELS.map((tlp) => {
      // Vulnerability advisories and threat alerts carry products; the other kinds are csaf_base.
      const withProducts = kind === 'VULNERABILITY_ADVISORY' || kind === 'THREAT_ALERT';
      const make = withProducts ? vulnerabilityAdvisory : educationNote;
      return [kind, tlp, make({ kind, tlp, trackingId: `CSIRT-${kind}-${tlp}` })] as const;
    }),
  );

  it.each(cases)('passes %s at TLP %s', async (_kind, _tlp, input) => {
    const result = await validateCsaf(buildCsafDocument(input));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(CSAF_STATUSES)('passes a %s document, also anonymised, withdrawn and with CVEs but no products', async (status) => {
    const documents = [
      buildCsafDocument(vulnerabilityAdvisory({ status }), { anonymiseAcknowledgements: true }),
      buildCsafDocument(vulnerabilityAdvisory({ status, cveIds: [], withdrawal: { reason: 'Issued in error.' } })),
      buildCsafDocument(educationNote({ status, kind: 'THREAT_ALERT', cveIds: ['CVE-2026-0001'], remediations: [{ category: 'mitigation', details: 'Block it.' }] })),
    ];
    for (const document of documents) expect(await validateCsaf(document)).toEqual({ valid: true, errors: [] });
  });

  it('fails a document missing its tracking block (schema)', async () => {
    const broken = buildCsafDocument(educationNote());
    delete (broken.document as Record<string, unknown>).tracking;
    const result = await validateCsaf(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(expect.objectContaining({ test: 'csaf_2_0_strict', instancePath: '/document' }));
  });

  it('fails a product status naming a product the tree does not define (mandatory test 6.1.1)', async () => {
    const broken = buildCsafDocument(vulnerabilityAdvisory());
    (broken.vulnerabilities?.[0].product_status as { known_affected: string[] }).known_affected.push('CSAFPID-9999');
    const result = await validateCsaf(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.test)).toContain('mandatoryTest_6_1_1');
  });

  it('fails a version range written as a product version (mandatory test 6.1.31)', async () => {
    const broken = buildCsafDocument(vulnerabilityAdvisory());
    const text = JSON.stringify(broken).replace('"category":"product_version_range","name":"< 2.4.0"', '"category":"product_version","name":"< 2.4.0"');
    const result = await validateCsaf(JSON.parse(text));
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.test)).toContain('mandatoryTest_6_1_31');
  });

  it('answers invalid, not an exception, for anything that is not a CSAF document', async () => {
    for (const junk of [null, 42, 'csaf', [], { document: { category: 17 } }, { __proto__: { polluted: true } }]) {
      expect((await validateCsaf(junk)).valid).toBe(false);
    }
    expect((await validateCsaf({ f: () => 1 })).valid).toBe(false);
  });

  it('starts a fresh worker on demand after being closed', async () => {
    await closeCsafValidator();
    expect((await validateCsaf(buildCsafDocument(educationNote()))).valid).toBe(true);
  });
});
