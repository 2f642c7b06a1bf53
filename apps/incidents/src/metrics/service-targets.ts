import type { EntityManager } from 'typeorm';

/**
 * A constituency's service-level targets, in minutes (the shape teams publishes in
 * ConstituencyChangedV1). Triage has no counterpart here: it happens in intake, and
 * incidents measure from their opening, not from the report.
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
 * The targets kept by the constituency read model (constituencies/, from
 * teams.constituency.changed), all of them: a team serves a few dozen constituencies.
 */
export const knownTargets: TargetsReader = async (manager) => {
  const rows: {
    id: string;
    acknowledge_minutes: number;
    contain_minutes: number;
    recover_minutes: number;
  }[] = await manager.query(
    `SELECT id, acknowledge_minutes, contain_minutes, recover_minutes FROM constituency`,
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        acknowledgeMinutes: row.acknowledge_minutes,
        containMinutes: row.contain_minutes,
        recoverMinutes: row.recover_minutes,
      },
    ]),
  );
};
