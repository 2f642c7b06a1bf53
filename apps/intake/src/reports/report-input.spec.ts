import { DomainError } from '@csirt/service';
import { validateSubmission, type SubmitReportFields } from './report-input';

const valid: SubmitReportFields = {
  channel: 'EMAIL',
  reporter: { name: 'Alice', email: 'Alice@Example.ORG' },
  title: 'Suspicious login',
  description: 'Logins from an unknown address.',
  observables: [
    { type: 'IPV4', value: '198.51.100[.]7' },
    { type: 'IPV4', value: '198.51.100.7' },
  ],
  tlp: 'tlp:amber+strict',
};

function codeOf(fields: SubmitReportFields): { code: string; field: unknown } {
  try {
    validateSubmission(fields);
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.details.field };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('submission validation', () => {
  it('normalises the TLP label, the reporter e-mail and de-duplicates observables', () => {
    const result = validateSubmission(valid);
    expect(result.tlp).toBe('AMBER_STRICT');
    expect(result.reporterEmail).toBe('alice@example.org');
    expect(result.observables).toEqual([{ type: 'IPV4', value: '198.51.100.7' }]);
    expect(result.cia).toEqual({ confidentiality: false, integrity: false, availability: false });
  });

  it('reads WHITE as CLEAR and defaults to AMBER', () => {
    expect(validateSubmission({ ...valid, tlp: 'WHITE' }).tlp).toBe('CLEAR');
    expect(validateSubmission({ ...valid, tlp: null }).tlp).toBe('AMBER');
  });

  it.each([
    [{ ...valid, title: 'ab' }, 'REPORT.INVALID_INPUT', 'title'],
    [{ ...valid, description: 'x'.repeat(20_001) }, 'REPORT.INVALID_INPUT', 'description'],
    [{ ...valid, reporter: { name: ' ' } }, 'REPORT.INVALID_INPUT', 'reporter.name'],
    [{ ...valid, reporter: { name: 'A', email: 'nope' } }, 'REPORT.INVALID_INPUT', 'reporter.email'],
    [{ ...valid, tlp: 'PURPLE' }, 'REPORT.INVALID_TLP', 'tlp'],
    [{ ...valid, observables: [{ type: 'DOMAIN' as const, value: 'ok.example' }, { type: 'IPV4' as const, value: '999.1.1.1' }] }, 'REPORT.INVALID_OBSERVABLE', 'observables.1.value'],
    [{ ...valid, receivedAt: new Date(Date.now() + 3_600_000) }, 'REPORT.INVALID_INPUT', 'receivedAt'],
    [{ ...valid, affectedAssets: Array.from({ length: 101 }, (_, i) => `a${i}`) }, 'REPORT.INVALID_INPUT', 'affectedAssets'],
  ])('refuses bad input %#', (fields, code, field) => {
    expect(codeOf(fields as SubmitReportFields)).toEqual({ code, field });
  });
});
