import type { ConstituencyChangedV1, EventData } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The read model of constituencies (owned by the teams service): which ones exist, so a
 * report naming an unknown one is refused, and their service-level targets, in minutes
 * from the report. An older change (a replay) never overwrites a newer one.
 */
export async function constituencyChanged(manager: EntityManager, data: EventData<typeof ConstituencyChangedV1>): Promise<void> {
  const t = data.targets;
  await manager.query(
    `INSERT INTO constituency (id, name, triage_minutes, acknowledge_minutes, contain_minutes, recover_minutes, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, triage_minutes = EXCLUDED.triage_minutes,
       acknowledge_minutes = EXCLUDED.acknowledge_minutes, contain_minutes = EXCLUDED.contain_minutes,
       recover_minutes = EXCLUDED.recover_minutes, changed_at = EXCLUDED.changed_at
     WHERE constituency.changed_at <= EXCLUDED.changed_at`,
    [data.constituencyId, data.name, t.triageMinutes, t.acknowledgeMinutes, t.containMinutes, t.recoverMinutes, new Date(data.changedAt)],
  );
}

/** The triage target of a constituency, in minutes; null when the directory has not told us of it. */
export async function triageTargetOf(manager: EntityManager, constituencyId: string): Promise<number | null> {
  const rows: { triage_minutes: number }[] = await manager.query(`SELECT triage_minutes FROM constituency WHERE id = $1`, [constituencyId]);
  return rows.length > 0 ? rows[0].triage_minutes : null;
}
