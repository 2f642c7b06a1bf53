import type { DomainError } from '@csirt/service';
import type { z } from 'zod';

/**
 * Parses use-case input with `schema`; the first problem becomes the use case's
 * INVALID_INPUT error naming the field, so nothing is written on bad input.
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
  return throwError(invalid(field, `${field}: ${issue.message}`));
}

function throwError(error: Error): never {
  throw error;
}

/** True when `error` is Postgres's unique violation, optionally on one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  const pgError = driverError ?? (error as { code?: string; constraint?: string });
  if (pgError?.code !== '23505') return false;
  return constraint === undefined || pgError.constraint === constraint;
}

/** Regions are compared as upper-case codes (EMEA, DE, APAC), whoever wrote them. */
export function normaliseRegion(region: string | null | undefined): string | null {
  if (region === null || region === undefined) return null;
  const trimmed = region.trim().toUpperCase();
  return trimmed.length > 0 ? trimmed : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not UUIDs cannot exist here; they are answered as missing instead of reaching Postgres. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
