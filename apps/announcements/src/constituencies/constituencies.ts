import { keepNewest } from '@csirt/db';
import type { ConstituencyChangedV1, EventData } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import { AdvisoryErrors } from '../advisories/advisory.errors';

/**
 * Keeps what the event says unless a newer description is already held (highest
 * `changedAt` wins), so a replay or an out-of-order redelivery changes nothing. Answers
 * whether it changed what is held.
 */
export async function recordConstituency(
  manager: EntityManager,
  constituency: EventData<typeof ConstituencyChangedV1>,
): Promise<boolean> {
  return keepNewest(
    manager,
    'constituency',
    { constituency_id: constituency.constituencyId, name: constituency.name, geography: constituency.geography, changed_at: constituency.changedAt },
    { key: 'constituency_id', version: 'changed_at' },
  );
}

/**
 * An advisory is addressed only to constituencies the teams directory announced. Those
 * already in the audience stay as they are (named before this check, or before the
 * directory told of them), so an edit never fails on what it does not change.
 */
export async function assertKnownConstituencies(
  manager: EntityManager,
  requested: readonly string[],
  existing: readonly string[] = [],
): Promise<void> {
  const added = requested.filter((id) => !existing.includes(id));
  if (added.length === 0) return;
  const rows: { constituency_id: string }[] = await manager.query(
    `SELECT constituency_id FROM constituency WHERE constituency_id = ANY($1::uuid[])`,
    [added],
  );
  const known = new Set(rows.map((row) => row.constituency_id));
  const index = requested.findIndex((id) => !existing.includes(id) && !known.has(id));
  if (index >= 0) throw AdvisoryErrors.constituencyUnknown(requested[index], index);
}
