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
