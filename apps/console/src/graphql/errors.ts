import type { CombinedError } from 'urql';

/** What the console says for the API's general codes; domain codes come with their own words. */
const GENERAL: Record<string, string> = {
  UNAUTHENTICATED: 'Your session is not valid any more. Sign in again.',
  FORBIDDEN: 'Your roles do not allow this.',
  BAD_USER_INPUT: 'The request was not accepted: ',
  GRAPHQL_VALIDATION_FAILED: 'The console sent a request the API does not understand: ',
};

export interface ApiProblem {
  code: string;
  message: string;
}

/** The API's answer in words, one line per error, with its stable code. */
export function describeError(error: CombinedError): ApiProblem[] {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', message: 'The API could not be reached. Check your connection and try again.' }];
  }
  return error.graphQLErrors.map((graphQLError) => {
    const code = String(graphQLError.extensions?.code ?? 'ERROR');
    const general = GENERAL[code];
    const message = general === undefined ? sentence(graphQLError.message) : general.endsWith(' ') ? general + graphQLError.message : general;
    return { code, message };
  });
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return 'The API refused the request.';
  return trimmed[0].toUpperCase() + trimmed.slice(1) + (/[.!?]$/.test(trimmed) ? '' : '.');
}
