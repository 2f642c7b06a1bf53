import { keepNewest } from '@csirt/db';
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
  await keepNewest(
    manager,
    'constituency',
    {
      id: data.constituencyId,
      name: data.name,
      kind: data.kind,
      team_id: data.teamId,
      triage_minutes: t.triageMinutes,
      acknowledge_minutes: t.acknowledgeMinutes,
      contain_minutes: t.containMinutes,
      recover_minutes: t.recoverMinutes,
      changed_at: new Date(data.changedAt),
    },
    { key: 'id', version: 'changed_at' },
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
