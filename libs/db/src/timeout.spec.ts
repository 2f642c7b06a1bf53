import { TimeoutError, withTimeout } from './timeout';

describe('withTimeout', () => {
  it('answers what the work answers in time', async () => {
    await expect(withTimeout(Promise.resolve(42), 1_000, 'slow')).resolves.toBe(42);
  });

  it('passes the work’s own failure on', async () => {
    await expect(withTimeout(Promise.reject(new Error('broken')), 1_000, 'slow')).rejects.toThrow('broken');
  });

  it('fails with a TimeoutError carrying the message when the work is late', async () => {
    const never = new Promise<never>(() => undefined);
    const result = withTimeout(never, 10, 'database ping timed out');
    await expect(result).rejects.toBeInstanceOf(TimeoutError);
    await expect(result).rejects.toThrow('database ping timed out');
  });
});
