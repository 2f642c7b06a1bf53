import { HTTP_ERROR_CODES, HttpRouteError } from '@csirt/service';

/**
 * The provider directory's refusals. A document the caller may not fetch is answered
 * exactly like one that does not exist; a protected listing asks for a partner's token.
 */
export const DirectoryErrors = {
  notFound: () => new HttpRouteError(404, HTTP_ERROR_CODES.notFound, 'not found'),
  partnerTokenRequired: () =>
    new HttpRouteError(401, 'CSAF_DIRECTORY.PARTNER_TOKEN_REQUIRED', "this feed is for partner CSIRTs: send a partner's bearer token", {
      'www-authenticate': 'Bearer realm="csaf"',
    }),
};
