import type { EntityManager } from 'typeorm';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Writes one row of a read model kept from another service's events, unless the row held
 * is as new or newer by `version` (a `changed_at`, a version number): a replay or an
 * out-of-order redelivery never rolls a read model back (a person who left is not
 * reactivated, a label not lowered again). The one home of "the newest description wins".
 * `row` maps column names to values; `key` names the conflict target. Answers whether it
 * wrote.
 */
export async function keepNewest(
  manager: EntityManager,
  table: string,
  row: Record<string, unknown>,
  by: { key: string; version: string },
): Promise<boolean> {
  const columns = Object.keys(row);
  // Names come from code, never from an event; checked anyway, as they are spliced into SQL.
  for (const name of [table, ...columns]) if (!IDENTIFIER.test(name)) throw new Error(`keepNewest: not a plain identifier: ${name}`);
  if (!columns.includes(by.key) || !columns.includes(by.version)) throw new Error(`keepNewest: ${table} row lacks ${by.key} or ${by.version}`);
  const updates = columns.filter((column) => column !== by.key).map((column) => `${column} = EXCLUDED.${column}`);
  const written: unknown[] = await manager.query(
    `INSERT INTO ${table} AS held (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (${by.key}) DO UPDATE SET ${updates.join(', ')}
     WHERE held.${by.version} < EXCLUDED.${by.version}
     RETURNING 1`,
    columns.map((column) => row[column]),
  );
  return written.length > 0;
}
