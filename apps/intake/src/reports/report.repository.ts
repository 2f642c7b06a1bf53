import { canRead, hasAnyRole, readableLabels, type Principal } from '@csirt/auth';
import { tlpRank, type Observable } from '@csirt/contracts';
import { isUuid, type Cursor } from '@csirt/service';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ReportDecision } from './report-decision.entity';
import type { ReportStatus } from './report-status';
import { Report, type ReportChannel } from './report.entity';

export interface ReportListFilter {
  status?: ReportStatus[] | null;
  channel?: ReportChannel | null;
  constituencyId?: string | null;
  rsitClass?: string | null;
  rsitType?: string | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  text?: string | null;
  /** Already normalised (see resolvers). */
  observable?: Observable | null;
  /** Whether the triage clock breached. */
  breached?: boolean | null;
  /** Running triage clocks due before this time. */
  dueBefore?: Date | null;
}

/** When the reports a caller may read that carry one indicator were first and last received. */
export interface SeenRange {
  first: Date | null;
  last: Date | null;
}

/** A stored match between two reports (Report.relatedReports). */
export interface RelatedReportRow {
  reportId: string;
  relatedReportId: string;
  sharedObservables: Observable[];
  titleSimilarity: number | null;
  detectedAt: Date;
}

/** Roles that read every report (within TLP); a REPORTER reads only its own. */
export const STAFF_READERS = ['ANALYST', 'INCIDENT_MANAGER', 'AUDITOR'] as const;

/**
 * Whether `caller` may see `report`: staff within their TLP clearance, a REPORTER only
 * what it submitted. TLP:RED content is for named recipients; the submitter is one.
 */
export function mayRead(caller: Principal, report: Pick<Report, 'tlp' | 'submittedBy' | 'recipients'>): boolean {
  if (!hasAnyRole(caller, [...STAFF_READERS]) && report.submittedBy !== caller.subject) return false;
  return canRead(caller, report.tlp, namedRecipients(report));
}

/** Who may read a report when it is TLP:RED: its submitter and the recipients it names. */
export function namedRecipients(report: Pick<Report, 'submittedBy' | 'recipients'>): string[] {
  return [report.submittedBy, ...report.recipients];
}

/**
 * Queries for reports. Every read that returns content takes the caller, so a report the
 * caller may not see never leaves the database.
 */
export class ReportRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(id: string): Promise<Report | null> {
    return isUuid(id) ? this.manager.findOne(Report, { where: { id } }) : Promise.resolve(null);
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, Report>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows = await this.manager.createQueryBuilder(Report, 'r').where('r.id IN (:...ids)', { ids: valid }).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  findByIdempotencyKey(submittedBy: string, key: string): Promise<Report | null> {
    return this.manager.findOne(Report, { where: { submittedBy, idempotencyKey: key } });
  }

  async list(caller: Principal, filter: ReportListFilter, after: Cursor | null, limit: number, oldestFirst = false): Promise<Report[]> {
    // The (received_at DESC, id DESC) indexes serve both directions: Postgres scans them backwards.
    const direction = oldestFirst ? 'ASC' : 'DESC';
    const query = this.matching(caller, filter).orderBy('r.receivedAt', direction).addOrderBy('r.id', direction).limit(limit);
    if (after) query.andWhere(`(r.receivedAt, r.id) ${oldestFirst ? '>' : '<'} (:at, :afterId)`, { at: after.at, afterId: after.id });
    return query.getMany();
  }

  /**
   * How many reports `caller` may see match `filter`, counted up to `cap` (the answer is then
   * `cap`): a count reads every matching row, so it is bounded like a page is.
   */
  async count(caller: Principal, filter: ReportListFilter, cap: number): Promise<number> {
    const [sql, params] = this.matching(caller, filter).select('r.id').limit(cap).getQueryAndParameters();
    const [{ n }] = await this.manager.query(`SELECT count(*)::int AS n FROM (${sql}) AS capped`, params);
    return n;
  }

  /** The reports `caller` may see that match `filter`, unordered (list and count add to it). */
  private matching(caller: Principal, filter: ReportListFilter): SelectQueryBuilder<Report> {
    const query = this.manager.createQueryBuilder(Report, 'r');
    visibleTo(query, caller);
    if (filter.status && filter.status.length > 0) query.andWhere('r.status IN (:...statuses)', { statuses: filter.status });
    if (filter.channel) query.andWhere('r.channel = :channel', { channel: filter.channel });
    if (filter.constituencyId) query.andWhere('r.constituencyId = :constituencyId', { constituencyId: filter.constituencyId });
    if (filter.rsitClass) query.andWhere('r.rsitClass = :rsitClass', { rsitClass: filter.rsitClass });
    if (filter.rsitType) query.andWhere('r.rsitType = :rsitType', { rsitType: filter.rsitType });
    if (filter.receivedFrom) query.andWhere('r.receivedAt >= :receivedFrom', { receivedFrom: filter.receivedFrom });
    if (filter.receivedTo) query.andWhere('r.receivedAt < :receivedTo', { receivedTo: filter.receivedTo });
    if (filter.text && filter.text.trim()) {
      // The generated tsvector column `search` is GIN-indexed (migration 1732300000200).
      query.andWhere(`r.search @@ websearch_to_tsquery('simple', :text)`, { text: filter.text.trim() });
    }
    // Both answered from report_sla's partial indexes (breached; running by due time).
    if (filter.breached === true) query.andWhere(`EXISTS (SELECT 1 FROM report_sla s WHERE s.report_id = r.id AND s.breached_at IS NOT NULL)`);
    if (filter.breached === false) query.andWhere(`NOT EXISTS (SELECT 1 FROM report_sla s WHERE s.report_id = r.id AND s.breached_at IS NOT NULL)`);
    if (filter.dueBefore) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM report_sla s WHERE s.report_id = r.id AND s.due_at < :dueBefore
           AND s.met_at IS NULL AND s.breached_at IS NULL AND s.paused_at IS NULL)`,
        { dueBefore: filter.dueBefore },
      );
    }
    if (filter.observable) {
      // Served by the (type, value) index on report_observable.
      query.andWhere(
        'EXISTS (SELECT 1 FROM report_observable o WHERE o.report_id = r.id AND o.type = :obsType AND o.value = :obsValue)',
        { obsType: filter.observable.type, obsValue: filter.observable.value },
      );
    }
    return query;
  }

  /**
   * The report side of a sighting: first and last `received_at` of the reports carrying
   * `observable` (normalised) that `caller` may read, under the same visibleTo as the list.
   * The (type, value) index on report_observable finds the reports; the cost grows with the
   * reports carrying the indicator, never with the table.
   */
  async seenRange(caller: Principal, observable: Observable): Promise<SeenRange> {
    const query = this.manager
      .createQueryBuilder(Report, 'r')
      .select('MIN(r.receivedAt)', 'first')
      .addSelect('MAX(r.receivedAt)', 'last')
      .innerJoin('report_observable', 'o', 'o.report_id = r.id AND o.type = :obsType AND o.value = :obsValue', {
        obsType: observable.type,
        obsValue: observable.value,
      });
    visibleTo(query, caller);
    const row = await query.getRawOne<{ first: Date | null; last: Date | null }>();
    return { first: row?.first ?? null, last: row?.last ?? null };
  }

  /** Decisions of many reports, oldest first, in one statement (for the Report.decisions loader). */
  async decisionsOf(reportIds: readonly string[]): Promise<Map<string, ReportDecision[]>> {
    const rows = await this.manager
      .createQueryBuilder(ReportDecision, 'd')
      .where('d.reportId IN (:...ids)', { ids: reportIds })
      .orderBy('d.decidedAt', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
    const byReport = new Map<string, ReportDecision[]>(reportIds.map((id) => [id, []]));
    for (const row of rows) byReport.get(row.reportId)?.push(row);
    return byReport;
  }

  /** Stored matches of many reports, best first, in one statement (for the Report.relatedReports loader). */
  async relationsOf(reportIds: readonly string[]): Promise<Map<string, RelatedReportRow[]>> {
    const rows: {
      report_id: string;
      related_report_id: string;
      shared_observables: Observable[];
      title_similarity: number | null;
      detected_at: Date;
    }[] = await this.manager.query(
      `SELECT report_id, related_report_id, shared_observables, title_similarity, detected_at
         FROM report_relation WHERE report_id = ANY($1::uuid[])
        ORDER BY jsonb_array_length(shared_observables) DESC, title_similarity DESC NULLS LAST, detected_at DESC`,
      [reportIds],
    );
    const byReport = new Map<string, RelatedReportRow[]>(reportIds.map((id) => [id, []]));
    for (const row of rows) {
      byReport.get(row.report_id)?.push({
        reportId: row.report_id,
        relatedReportId: row.related_report_id,
        sharedObservables: row.shared_observables,
        titleSimilarity: row.title_similarity,
        detectedAt: row.detected_at,
      });
    }
    return byReport;
  }

  async nextReference(at: Date): Promise<string> {
    const [{ n }] = await this.manager.query(`SELECT nextval('report_reference_seq') AS n`);
    return `RPT-${at.getUTCFullYear()}-${String(n).padStart(6, '0')}`;
  }
}

/** Restricts a report query to what `caller` may see (see mayRead). */
export function visibleTo(query: SelectQueryBuilder<Report>, caller: Principal): SelectQueryBuilder<Report> {
  if (!hasAnyRole(caller, [...STAFF_READERS])) query.andWhere('r.submittedBy = :me', { me: caller.subject });
  const labels = readableLabels(caller);
  const red = tlpRank(caller.clearance) >= tlpRank('RED');
  if (red) {
    const ids = caller.personId ? [caller.subject, caller.personId] : [caller.subject];
    query.andWhere(
      `(r.tlp IN (:...labels) OR (r.tlp = 'RED' AND (r.submittedBy = :redSubject OR r.recipients && CAST(ARRAY[:...redIds] AS text[]))))`,
      { labels, redSubject: caller.subject, redIds: ids },
    );
  } else {
    query.andWhere('r.tlp IN (:...labels)', { labels });
  }
  return query;
}
