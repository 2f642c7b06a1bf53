import type { EntityManager } from 'typeorm';

/**
 * A constituency's service-level targets, in minutes (the shape teams publishes in
 * ConstituencyChangedV1). Triage has no counterpart here: it happens in intake.
 */
export interface ServiceTargets {
  acknowledgeMinutes: number;
  containMinutes: number;
  recoverMinutes: number;
}

/**
 * Reads the targets of every constituency known (a few dozen: the metrics join them on the
 * cells in SQL); a constituency without known targets is absent.
 */
export type TargetsReader = (manager: EntityManager) => Promise<Map<string, ServiceTargets>>;

/**
 * The incidents service's constituency read model (constituencies/) is being built on
 * another branch; until it is merged no targets are known, and `targetSeconds` and
 * `breachRate` stay null. The integrator swaps this for the read model's reader.
 */
export const knownTargets: TargetsReader = async () => new Map();
