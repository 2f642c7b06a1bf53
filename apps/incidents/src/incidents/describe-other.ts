import { tlpRank } from '@csirt/contracts';
import type { Incident } from './incident.entity';

/**
 * How one incident's timeline names another. Readers of `self` may not be cleared for
 * `other`, so a more restrictive (or RED) incident is not named.
 */
export function describeOther(self: Incident, other: Incident): string {
  return other.tlp !== 'RED' && tlpRank(other.tlp) <= tlpRank(self.tlp)
    ? other.reference
    : 'a restricted incident';
}
