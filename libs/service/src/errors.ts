import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';
import { INPUT_ERROR_CODES, LIMIT_CODES, specificRequestCode } from './request-limits';

/**
 * A rule of the domain said no. `code` is stable (`REPORT.INVALID_TRANSITION`) and is what
 * clients branch on; `message` is for people and may change.
 */
export class DomainError extends Error {
  readonly expose = true;

  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The caller asked for something that does not exist (or that it may not know exists). */
export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(`${entity.toUpperCase()}.NOT_FOUND`, `${entity} ${id} not found`, { id });
  }
}

interface Exposable {
  expose: true;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

function isExposable(error: unknown): error is Exposable {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Exposable).expose === true &&
    typeof (error as Exposable).code === 'string'
  );
}

// Codes graphql-js and Apollo Server assign to malformed requests; safe to show as they are.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  ...Object.values(LIMIT_CODES),
]);

/** Raised by Postgres when a statement ran past `statement_timeout` (see @csirt/db). */
export const QUERY_TIMEOUT = 'QUERY_TIMEOUT';

/**
 * A Postgres "data exception" (class 22: a value that is not a valid uuid, date or number,
 * an untranslatable character, a string too long) is a value the client sent that a
 * check upstream let through: answered as BAD_USER_INPUT, never with Postgres's text.
 * A cancelled statement (57014) is the statement timeout.
 */
function databaseErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ?? (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  if (code.startsWith('22')) return INPUT_ERROR_CODES.badUserInput;
  if (code === '57014') return QUERY_TIMEOUT;
  return undefined;
}

/**
 * Apollo `formatError`: domain and auth errors keep their code and message; request errors
 * pass; everything else is logged with its stack and shown only as INTERNAL_SERVER_ERROR,
 * so no SQL, stack or internal detail reaches a client.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isExposable(original)) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...(original.details ?? {}), code: original.code },
      };
    }
    const code = specificRequestCode(formatted.extensions?.code, formatted.message, error);
    if (code && REQUEST_ERROR_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    const databaseCode = databaseErrorCode(original);
    if (databaseCode) {
      log.warn('database refused a request value', { error: (original as Error)?.message, path: formatted.path });
      const message = databaseCode === QUERY_TIMEOUT ? 'the request took too long' : 'a value in the request is not valid';
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code: databaseCode } };
    }
    log.error('unexpected error', {
      error: (original as Error)?.message,
      stack: (original as Error)?.stack,
      path: formatted.path,
    });
    return {
      message: 'internal error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
