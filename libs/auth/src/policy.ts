import { tlpRank, type Tlp } from '@csirt/contracts';
import { AuthError } from './errors';
import type { PlatformRole, Principal } from './principal';

/** Fails unless there is a caller. */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new AuthError('UNAUTHENTICATED', 'a valid bearer token is required');
  return principal;
}

export function hasAnyRole(principal: Principal, roles: readonly PlatformRole[]): boolean {
  return principal.roles.has('ADMIN') || roles.some((role) => principal.roles.has(role));
}

/** Fails unless there is a caller holding one of `roles` (ADMIN holds them all). */
export function requireRole(principal: Principal | null, ...roles: PlatformRole[]): Principal {
  const caller = requirePrincipal(principal);
  if (!hasAnyRole(caller, roles)) {
    throw new AuthError('FORBIDDEN', `requires one of the roles ${roles.join(', ')}`);
  }
  return caller;
}

/**
 * May `principal` read something labelled `tlp`? The label must be within the caller's
 * clearance; TLP:RED is moreover for named recipients only, so RED content needs the
 * caller's subject or person id among `recipients`. No role lifts the RED rule: an
 * administrator is not a named recipient by being an administrator.
 */
export function canRead(principal: Principal, tlp: Tlp, recipients: readonly string[] = []): boolean {
  if (tlpRank(tlp) > tlpRank(principal.clearance)) return false;
  if (tlp !== 'RED') return true;
  return recipients.includes(principal.subject) || (principal.personId !== null && recipients.includes(principal.personId));
}

/** Fails unless `principal` may read content labelled `tlp`. */
export function requireRead(principal: Principal, tlp: Tlp, recipients: readonly string[] = []): void {
  if (!canRead(principal, tlp, recipients)) {
    throw new AuthError('FORBIDDEN', `not cleared for TLP:${tlp.replace('_', '+')} content`);
  }
}

/** TLP labels a caller may read without being a named recipient, for list filters. */
export function readableLabels(principal: Principal): Tlp[] {
  const labels: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT'];
  return labels.filter((tlp) => tlpRank(tlp) <= tlpRank(principal.clearance));
}
