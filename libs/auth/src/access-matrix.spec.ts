import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_MATRIX, authorizerFor, renderAccessMatrix, roleMayCall } from './access-matrix';
import { ACCESS_MATRIX_MARKERS, withCurrentAccessMatrix } from './access-matrix-doc';
import { PLATFORM_ROLES, type PlatformRole, type Principal } from './principal';

const caller = (...roles: PlatformRole[]): Principal => ({
  subject: 'u1',
  name: 'U One',
  roles: new Set(roles),
  clearance: 'AMBER',
  personId: null,
  organisation: null,
  partnerId: null,
  sensorId: null,
});

describe('the access matrix', () => {
  it('lets a row’s roles and ADMIN through, refuses other roles (FORBIDDEN) and no caller (UNAUTHENTICATED)', () => {
    const authorize = authorizerFor('announcements');
    expect(authorize(caller('PUBLISHER'), 'Mutation.publishAdvisory').subject).toBe('u1');
    expect(authorize(caller('ADMIN'), 'Mutation.publishAdvisory').subject).toBe('u1');
    expect(() => authorize(caller('ANALYST', 'AUDITOR'), 'Mutation.publishAdvisory')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorize(null, 'Query.advisories')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('names only platform roles, never ADMIN (which holds them all), and leaves no row empty', () => {
    for (const operations of Object.values(ACCESS_MATRIX)) {
      for (const roles of Object.values(operations) as (readonly PlatformRole[])[]) {
        expect(roles.length).toBeGreaterThan(0);
        expect(roles).not.toContain('ADMIN');
        for (const role of roles) expect(PLATFORM_ROLES).toContain(role);
      }
    }
    expect(roleMayCall('teams', 'Mutation.createPerson', 'ADMIN')).toBe(true);
    expect(roleMayCall('teams', 'Mutation.createPerson', 'SECURITY_OFFICER')).toBe(false);
  });

  it('renders one table row per operation with a column per role', () => {
    const lines = renderAccessMatrix().split('\n');
    const operations = Object.values(ACCESS_MATRIX).reduce((sum, rows) => sum + Object.keys(rows).length, 0);
    expect(lines).toHaveLength(2 + operations);
    expect(lines[0]).toBe(`| subgraph | operation | ${PLATFORM_ROLES.join(' | ')} |`);
    expect(lines).toContain('| teams | `Mutation.formResponseTeam` |  |  | ✓ | ✓ |  |  |  | ✓ |');
  });

  it('is shown as it is in docs/SECURITY.md (run `npm run docs:security` after changing it)', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/SECURITY.md'), 'utf8');
    expect(doc).toContain(ACCESS_MATRIX_MARKERS.start);
    expect(withCurrentAccessMatrix(doc)).toBe(doc);
  });

  it('refuses to rewrite a document without the section', () => {
    expect(() => withCurrentAccessMatrix('# Security\n')).toThrow('no access-matrix section');
  });
});
