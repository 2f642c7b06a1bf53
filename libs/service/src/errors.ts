import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';

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
]);

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
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) return formatted;
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
