/** Thrown by withTimeout when the work did not settle in time. */
export class TimeoutError extends Error {}

/**
 * `work`, or a TimeoutError with `message` after `ms` milliseconds, whichever comes first.
 * The timer is cleared either way, so a finished race keeps no process alive. The work itself
 * is not cancelled: the caller decides what a late result means (a failed health check, a
 * shutdown that stops waiting). Here, the lowest shared library, so every library can use it.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
