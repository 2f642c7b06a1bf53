import { parseDevTokenArgs } from './dev-token';

describe('npm run token arguments', () => {
  it('turns a full command line into claims and a lifetime', () => {
    const request = parseDevTokenArgs(['--sub', 'cert-eu', '--roles', 'reporter', '--clearance', 'amber+strict', '--partner', 'p-1', '--ttl', '8h']);
    expect(request).toEqual({
      ttlSeconds: 8 * 3600,
      claims: expect.objectContaining({
        subject: 'cert-eu',
        roles: ['REPORTER'],
        clearance: 'AMBER_STRICT',
        partnerId: 'p-1',
        expiresIn: '28800s',
      }),
    });
  });

  it('defaults the lifetime to the maximum the services accept', () => {
    expect(parseDevTokenArgs(['--sub', 'a', '--roles', 'ANALYST', '--clearance', 'GREEN'])).toMatchObject({ ttlSeconds: 12 * 3600 });
  });

  it.each([
    ['no subject', ['--roles', 'ANALYST', '--clearance', 'GREEN'], '--sub'],
    ['no roles', ['--sub', 'a', '--clearance', 'GREEN'], '--roles'],
    ['an unknown role', ['--sub', 'a', '--roles', 'ANALYST,ROOT', '--clearance', 'GREEN'], 'ROOT'],
    ['no clearance', ['--sub', 'a', '--roles', 'ANALYST'], '--clearance'],
    ['a lifetime over the maximum', ['--sub', 'a', '--roles', 'ANALYST', '--clearance', 'GREEN', '--ttl', '13h'], '--ttl'],
    ['a malformed lifetime', ['--sub', 'a', '--roles', 'ANALYST', '--clearance', 'GREEN', '--ttl', 'forever'], '--ttl'],
    ['an unknown option', ['--sub', 'a', '--roles', 'ANALYST', '--clearance', 'GREEN', '--admin'], 'admin'],
  ])('refuses %s', (_, argv, mention) => {
    const request = parseDevTokenArgs(argv);
    expect(request).toEqual({ error: expect.stringContaining(mention) });
  });

  it('holds the lifetime to a configured maximum', () => {
    expect(parseDevTokenArgs(['--sub', 'a', '--roles', 'ANALYST', '--clearance', 'GREEN', '--ttl', '2h'], 3600)).toEqual({ error: expect.stringContaining('3600') });
  });
});
