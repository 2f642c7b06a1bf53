import type { Principal } from '@csirt/auth';
import { decodeCursor, MAX_TEXT_FILTER_LENGTH, pageSize, recordRedReads, toConnection } from '@csirt/service';
import type { IntakeContext } from '../context';
import type { ReportFilter } from '../generated/resolvers-types';
import { REPORT_COUNT_CAP, type ReportPage } from './report-page';
import { normaliseFilterObservable } from './report-input';
import { ReportErrors } from './report.errors';

export interface ListReportsQuery {
  filter?: ReportFilter | null;
  first?: number | null;
  after?: string | null;
  oldestFirst?: boolean;
}

/**
 * A page of the reports `caller` may read (see visibleTo), newest received first unless asked
 * otherwise. The one path of `reports` and of an indicator's reports (`sightings`), so both
 * show exactly the same reports.
 */
export async function listReports(ctx: IntakeContext, caller: Principal, query: ListReportsQuery): Promise<ReportPage> {
  const size = pageSize(query.first);
  const filter = query.filter ?? {};
  if (filter.text && filter.text.length > MAX_TEXT_FILTER_LENGTH) {
    throw ReportErrors.invalidInput('filter.text', `text must be at most ${MAX_TEXT_FILTER_LENGTH} characters`);
  }
  const observable = filter.observable ? normaliseFilterObservable('filter.observable.value', filter.observable) : null;
  const rows = await ctx.reports.list(caller, { ...filter, observable }, decodeCursor(query.after), size + 1, query.oldestFirst ?? false);
  const page = toConnection(rows, size, (r) => ({ at: r.receivedAt, id: r.id }));
  // A RED report on a page is a read of RED data like one asked for by id.
  await recordRedReads(ctx.deps, ctx, 'Report', page.edges.map((edge) => edge.node));
  // Counted only when asked for (ReportConnection.totalCount), under the same visibility.
  return { ...page, count: () => ctx.reports.count(caller, { ...filter, observable }, REPORT_COUNT_CAP) };
}
