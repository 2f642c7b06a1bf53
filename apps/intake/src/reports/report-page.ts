import type { Connection } from '@csirt/service';
import type { Report } from './report.entity';

/** Counting reads every matching row: past this many the count stops (and says so by its value). */
export const REPORT_COUNT_CAP = 10_000;

/** A page of reports, and how to count every match (ReportConnection.totalCount asks only when selected). */
export type ReportPage = Connection<Report> & { count: () => Promise<number> };
