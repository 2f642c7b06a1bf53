import type { ConstituencyChangedV1, EventData } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';

/** A constituency as this service knows it (read model of the teams service's directory). */
export interface Constituency {
  id: string;
  name: string;
  kind: string;
  teamId: string | null;
  /** Service-level targets, in minutes from the report (DOMAIN.md). */
  targets: { triageMinutes: number; acknowledgeMinutes: number; containMinutes: number; recoverMinutes: number };
  changedAt: Date;
}

/**
 * Applies `teams.constituency.changed`. Events of one constituency are keyed by its id, so
 * they arrive in order; still, an older change (a replay) never overwrites a newer one.
 */
export async function constituencyChanged(
  manager: EntityManager,
  data: EventData<typeof ConstituencyChangedV1>,
): Promise<void> {
  const t = data.targets;
  await manager.query(
    `INSERT INTO constituency (id, name, kind, team_id, triage_minutes, acknowledge_minutes, contain_minutes, recover_minutes, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, team_id = EXCLUDED.team_id,
       triage_minutes = EXCLUDED.triage_minutes, acknowledge_minutes = EXCLUDED.acknowledge_minutes,
       contain_minutes = EXCLUDED.contain_minutes, recover_minutes = EXCLUDED.recover_minutes,
       changed_at = EXCLUDED.changed_at
     WHERE constituency.changed_at <= EXCLUDED.changed_at`,
    [
      data.constituencyId,
      data.name,
      data.kind,
      data.teamId,
      t.triageMinutes,
      t.acknowledgeMinutes,
      t.containMinutes,
      t.recoverMinutes,
      new Date(data.changedAt),
    ],
  );
}

/** The constituency with this id, or null when the directory has not told us of it (yet). */
export async function findConstituency(manager: EntityManager, id: string): Promise<Constituency | null> {
  const rows: ConstituencyRow[] = await manager.query(`SELECT * FROM constituency WHERE id = $1`, [id]);
  return rows.length > 0 ? toConstituency(rows[0]) : null;
}

interface ConstituencyRow {
  id: string;
  name: string;
  kind: string;
  team_id: string | null;
  triage_minutes: number;
  acknowledge_minutes: number;
  contain_minutes: number;
  recover_minutes: number;
  changed_at: Date;
}

function toConstituency(row: ConstituencyRow): Constituency {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    teamId: row.team_id,
    targets: {
      triageMinutes: row.triage_minutes,
      acknowledgeMinutes: row.acknowledge_minutes,
      containMinutes: row.contain_minutes,
      recoverMinutes: row.recover_minutes,
    },
    changedAt: row.changed_at,
  };
}
