import type { z } from 'zod';

/** The field and message of a zod error's first issue, for an INVALID_INPUT DomainError. */
export function firstIssue(error: z.ZodError): [field: string, message: string] {
  const issue = error.issues[0];
  const field = issue.path.map(String).join('.') || 'input';
  return [field, `${field}: ${issue.message}`];
}
