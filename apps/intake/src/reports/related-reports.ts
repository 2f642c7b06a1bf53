import type { Observable } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';
import { OPEN_STATUSES_SQL } from './report-status';

export interface RelatedMatch {
  reportId: string;
  sharedObservables: Observable[];
  titleSimilarity: number | null;
}

/** Titles at least this alike (pg_trgm similarity, 0-1) make two reports related. */
export const TITLE_SIMILARITY_THRESHOLD = 0.5;
/** At most this many candidates per report are kept. */
export const MAX_RELATED = 20;
/**
 * At most this many open reports are read per shared value: a value in thousands of open
 * reports (a scanner's IP) is a poor duplicate signal and must not make a submission slow.
 */
const MAX_PER_VALUE = 200;

/**
 * Open (NEW/TRIAGED) reports sharing an observable with `observables`, most shared first.
 * Reads only the partial index report_observable_match (type, value, report_id) WHERE open,
 * so its cost depends on how many open reports carry each value, not on the table's size.
 */
export async function matchByObservables(
  manager: EntityManager,
  observables: readonly Observable[],
  excludeReportId: string,
  limit = MAX_RELATED,
): Promise<RelatedMatch[]> {
  if (observables.length === 0) return [];
  const rows: { report_id: string; shared: Observable[] }[] = await manager.query(
    `SELECT m.report_id, jsonb_agg(jsonb_build_object('type', m.type, 'value', m.value) ORDER BY m.type, m.value) AS shared
       FROM unnest($1::text[], $2::text[]) AS o(type, value)
       CROSS JOIN LATERAL (
         SELECT ro.report_id, ro.type, ro.value FROM report_observable ro
          WHERE ro.type = o.type AND ro.value = o.value AND ro.open AND ro.report_id <> $3
          LIMIT ${MAX_PER_VALUE}
       ) m
      GROUP BY m.report_id
      ORDER BY count(*) DESC, m.report_id
      LIMIT $4`,
    [observables.map((o) => o.type), observables.map((o) => o.value), excludeReportId, limit],
  );
  return rows.map((row) => ({ reportId: row.report_id, sharedObservables: row.shared, titleSimilarity: null }));
}

/**
 * Open reports whose title is alike: the nearest titles by trigram distance, read from the
 * GiST index on open reports' titles (nearest first, so only `limit` rows are visited
 * however many titles share common words), then kept if similar enough.
 */
export async function matchByTitle(manager: EntityManager, title: string, excludeReportId: string, limit = 10): Promise<RelatedMatch[]> {
  const rows: { id: string; similarity: number }[] = await manager.query(
    `SELECT id, similarity FROM (
       SELECT id, similarity(title, $1) AS similarity FROM report
        WHERE status IN ${OPEN_STATUSES_SQL} AND id <> $2
        ORDER BY title <-> $1
        LIMIT $4
     ) nearest
     WHERE similarity >= $3
     ORDER BY similarity DESC, id`,
    [title, excludeReportId, TITLE_SIMILARITY_THRESHOLD, limit],
  );
  return rows.map((row) => ({ reportId: row.id, sharedObservables: [], titleSimilarity: Number(row.similarity) }));
}

/**
 * Serialises matching until the transaction ends. Without it, reports submitted at the same
 * moment each match only what was committed before them and never find each other: the one
 * that takes the lock second sees the first one's report, observables and relations (READ
 * COMMITTED reads what committed before each statement), and relates both ways. Taken after
 * the report's insert, so only matching and the commit are serialised (a few milliseconds);
 * always after the idempotency-key lock, so the two never deadlock.
 */
export async function lockRelations(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('intake:report-relations', 0))`);
}

/** Both kinds of match, merged per report: observable matches first, then similar titles. */
export async function findRelatedOpenReports(
  manager: EntityManager,
  report: { id: string; title: string; observables: readonly Observable[] },
): Promise<RelatedMatch[]> {
  const [byObservable, byTitle] = [
    await matchByObservables(manager, report.observables, report.id),
    await matchByTitle(manager, report.title, report.id),
  ];
  const merged = new Map<string, RelatedMatch>(byObservable.map((match) => [match.reportId, match]));
  for (const match of byTitle) {
    const existing = merged.get(match.reportId);
    if (existing) existing.titleSimilarity = match.titleSimilarity;
    else merged.set(match.reportId, match);
  }
  return [...merged.values()].slice(0, MAX_RELATED);
}

/** Records matches in both directions, so the older report shows the newer one as well. */
export async function recordRelations(manager: EntityManager, reportId: string, matches: readonly RelatedMatch[], at: Date): Promise<void> {
  if (matches.length === 0) return;
  const values: unknown[] = [];
  const tuples: string[] = [];
  for (const match of matches) {
    for (const [from, to] of [
      [reportId, match.reportId],
      [match.reportId, reportId],
    ]) {
      const base = values.length;
      tuples.push(`($${base + 1}::uuid, $${base + 2}::uuid, $${base + 3}::jsonb, $${base + 4}::real, $${base + 5}::timestamptz)`);
      values.push(from, to, JSON.stringify(match.sharedObservables), match.titleSimilarity, at);
    }
  }
  await manager.query(
    `INSERT INTO report_relation (report_id, related_report_id, shared_observables, title_similarity, detected_at)
     VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`,
    values,
  );
}

/** Why two reports were matched, for people. */
export function relationReason(shared: readonly Observable[], titleSimilarity: number | null): string {
  const parts: string[] = [];
  if (shared.length > 0) {
    const listed = shared.slice(0, 5).map((o) => `${o.type} ${o.value}`);
    const more = shared.length > 5 ? ` and ${shared.length - 5} more` : '';
    parts.push(`shares ${shared.length} observable${shared.length === 1 ? '' : 's'}: ${listed.join(', ')}${more}`);
  }
  if (titleSimilarity !== null) parts.push(`similar title (${Math.round(titleSimilarity * 100)}%)`);
  return parts.join('; ');
}
