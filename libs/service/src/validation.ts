import type { z } from 'zod';
import type { DomainError } from './errors';

/**
 * Parses use-case input with `schema`. The first problem becomes the use case's own
 * INVALID_INPUT error naming the field (`observables.2.value`), thrown before anything
 * is written.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  invalid: (field: string, message: string) => DomainError,
): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.map(String).join('.') || 'input';
  throw invalid(field, `${field}: ${issue.message}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids come from clients and every table keys on uuid: a malformed id names nothing, and
 * is answered as missing instead of reaching Postgres as a failing uuid cast.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Longest free-text search filter any list accepts: a search term longer than this is not
 * a search, and a long pattern makes the trigram or full-text match expensive.
 */
export const MAX_TEXT_FILTER_LENGTH = 200;
