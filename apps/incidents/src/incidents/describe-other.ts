import { tlpRank } from '@csirt/contracts';
import type { Incident } from './incident.entity';

/**
 * May what is said about `other` be written into `self` (its timeline, its resolution)?
 * Readers of `self` may not be cleared for `other`: a stricter (or RED) incident's reference
 * and the reason given for linking or merging it stay out, since a reason written about
 * both usually describes the stricter one.
 */
export function mayMention(self: Incident, other: Incident): boolean {
  return other.tlp !== 'RED' && tlpRank(other.tlp) <= tlpRank(self.tlp);
}

/** How one incident's timeline names another. */
export function describeOther(self: Incident, other: Incident): string {
  return mayMention(self, other) ? other.reference : 'a restricted incident';
}

/** The reason for linking or merging, as `self`'s timeline may tell it. */
export function reasonFor(self: Incident, other: Incident, reason: string): string {
  return mayMention(self, other) ? `: ${reason}` : '';
}
