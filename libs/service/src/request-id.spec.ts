import { requestIdFrom } from './request-id';

describe('requestIdFrom', () => {
  it('keeps a well-formed client request id', () => {
    expect(requestIdFrom('3f1c9a1e-0d7b-4f7e-9a43-5b1f0a2c7d11')).toBe('3f1c9a1e-0d7b-4f7e-9a43-5b1f0a2c7d11');
    expect(requestIdFrom(['req-01HZX3KQ7R', 'other'])).toBe('req-01HZX3KQ7R');
  });

  it.each([
    ['missing', undefined],
    ['too short', 'abc'],
    ['too long', 'a'.repeat(101)],
    ['a log-line injection', 'req-1234\n{"level":"info"}'],
    ['spaces and quotes', `req 1234 ' OR 1=1`],
  ])('replaces a %s one with a new uuid', (_, header) => {
    const id = requestIdFrom(header);
    expect(id).not.toBe(header);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
