import { tlpRank, type Tlp } from '@csirt/contracts';

/** The more restrictive of two labels; an unknown second label leaves the first. */
export function stricterTlp(a: Tlp, b: Tlp | undefined): Tlp {
  return b !== undefined && tlpRank(b) > tlpRank(a) ? b : a;
}
