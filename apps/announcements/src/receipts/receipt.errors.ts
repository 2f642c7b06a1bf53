import { DomainError } from '@csirt/service';

/** Refusals of read receipts (a missing or hidden advisory is ADVISORY.NOT_FOUND, as everywhere). */
export const ReceiptErrors = {
  partnerTokenRequired: () =>
    new DomainError('ACKNOWLEDGEMENT.PARTNER_TOKEN_REQUIRED', "only a partner CSIRT acknowledges an advisory: use a token with the partner's partner_id"),
  invalidInput: (field: string, message: string) => new DomainError('ACKNOWLEDGEMENT.INVALID_INPUT', message, { field }),
  unknownVersion: (trackingId: string, version: number, latest: number) =>
    new DomainError('ACKNOWLEDGEMENT.UNKNOWN_VERSION', `${trackingId} has no released version ${version}; the newest is ${latest}`, {
      field: 'version',
      latestVersion: latest,
    }),
};
