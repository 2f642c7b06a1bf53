import { DOMAIN_ROLES, isDomainRole, isSecurityRole, SECURITY_ROLES } from './domain-roles';
import { assertKnownRoles } from './person.schema';

describe('domain roles', () => {
  it('lists the fifteen roles of the domain and the four with security responsibilities', () => {
    expect(DOMAIN_ROLES).toHaveLength(15);
    expect([...SECURITY_ROLES].sort()).toEqual([
      'ENTERPRISE_CSIRT_CONTACT',
      'GEO_SECURITY_OFFICER',
      'SECURITY_COORDINATOR',
      'WORLDWIDE_SECURITY_MANAGER',
    ]);
    expect(isSecurityRole('CUSTOMER_ACCOUNT_MANAGER')).toBe(false);
    expect(isSecurityRole('FORENSICS_EXPERT')).toBe(false);
    expect(isSecurityRole('SECURITY_COORDINATOR')).toBe(true);
  });

  it('matches the schema enum exactly', () => {
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const sdl = readFileSync(`${__dirname}/../../schema.graphql`, 'utf8');
    const body = /enum DomainRole \{([\s\S]*?)\n\}/.exec(sdl)?.[1] ?? '';
    const values = body
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z_]+$/.test(line));
    expect(values).toEqual([...DOMAIN_ROLES]);
  });

  it('gives an unknown role its own stable code', () => {
    expect(isDomainRole('WIZARD')).toBe(false);
    expect(() => assertKnownRoles(['GEO_SECURITY_OFFICER', 'WIZARD'])).toThrow(
      expect.objectContaining({ code: 'PERSON.UNKNOWN_ROLE', details: { role: 'WIZARD' } }),
    );
    expect(() => assertKnownRoles(['PR_OFFICER'])).not.toThrow();
    expect(() => assertKnownRoles(null)).not.toThrow();
  });
});
