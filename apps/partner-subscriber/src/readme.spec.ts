import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subscriberEnvironment } from './environment';
import { REJECTION_CODES } from './rejection';

// The README is the partner's onboarding guide: it must not fall behind the program.
describe('the onboarding guide (README.md)', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  const tableRows = (code: string) => readme.split('\n').filter((line) => line.startsWith(`| \`${code}\``));

  it('explains every rejection reason in its table', () => {
    expect(REJECTION_CODES.length).toBeGreaterThan(5);
    for (const code of REJECTION_CODES) expect([code, tableRows(code).length]).toEqual([code, 1]);
  });

  it('documents every configuration variable in its table', () => {
    const variables = Object.keys(subscriberEnvironment.shape);
    expect(variables).toContain('TRUSTED_KEY_FINGERPRINTS');
    for (const variable of variables) expect([variable, tableRows(variable).length]).toEqual([variable, 1]);
  });
});
