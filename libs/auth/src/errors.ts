/**
 * Errors a caller is meant to see. The service layer turns any error with `expose` into a
 * GraphQL error whose `extensions.code` is `code`; anything else is logged and masked.
 */
export class AuthError extends Error {
  readonly expose = true;

  constructor(
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN',
    message: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}
