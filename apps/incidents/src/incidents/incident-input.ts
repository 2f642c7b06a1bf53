import { REASON_LENGTH } from '@csirt/contracts';
import { IncidentErrors } from './incident.errors';

/** A required reason (REASON_LENGTH, shared by every service), trimmed; INCIDENT.INVALID_INPUT naming `field` otherwise. */
export function requireReason(field: string, reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < REASON_LENGTH.min || trimmed.length > REASON_LENGTH.max) {
    throw IncidentErrors.invalidInput(field, `${field} must be ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters`);
  }
  return trimmed;
}
