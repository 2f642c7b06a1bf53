import { keepNewest } from '@csirt/db';
import type { ConstituencyChangedV1, EventData } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The read model of constituencies (owned by the teams service): which ones exist, so a
 * report naming an unknown one is refused, and their service-level targets, in minutes
 * from the report. An older change (a replay) never overwrites a newer one.
 */
export async function constituencyChanged(manager: EntityManager, data: EventData<typeof ConstituencyChangedV1>): Promise<void> {
  const t = data.targets;
  await keepNewest(
    manager,
    'constituency',
    {
      id: data.constituencyId,
      name: data.name,
      triage_minutes: t.triageMinutes,
      acknowledge_minutes: t.acknowledgeMinutes,
      contain_minutes: t.containMinutes,
      recover_minutes: t.recoverMinutes,
      changed_at: new Date(data.changedAt),
    },
    { key: 'id', version: 'changed_at' },
  );
}

/** The triage target of a constituency, in minutes; null when the directory has not told us of it. */
export async function triageTargetOf(manager: EntityManager, constituencyId: string): Promise<number | null> {
  const rows: { triage_minutes: number }[] = await manager.query(`SELECT triage_minutes FROM constituency WHERE id = $1`, [constituencyId]);
  return rows.length > 0 ? rows[0].triage_minutes : null;
}
