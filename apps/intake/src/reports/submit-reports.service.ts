import { DomainError } from '@csirt/service';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import type { ChannelCredentials } from './report-channel';
import type { SubmitReportFields } from './report-input';
import type { Report } from './report.entity';
import { ReportErrors } from './report.errors';
import { submitReport } from './submit-report.service';

export const MAX_BULK = 500;

export interface BulkItemResult {
  index: number;
  report: Report | null;
  error: { code: string; message: string; field: string | null } | null;
}

/**
 * Submits many reports (a sensor's or partner feed's batch). Each item is its own
 * transaction: one bad item is reported in its result and the others are still accepted.
 * Items are taken in order, so an idempotency key repeated within a batch yields one report.
 */
export async function submitReports(
  transaction: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>,
  outbox: Outbox,
  items: readonly SubmitReportFields[],
  submittedBy: string,
  credentials: ChannelCredentials,
  traceparent?: string,
): Promise<{ accepted: number; rejected: number; items: BulkItemResult[] }> {
  if (items.length > MAX_BULK) throw ReportErrors.bulkTooLarge(MAX_BULK);
  const results: BulkItemResult[] = [];
  for (const [index, fields] of items.entries()) {
    try {
      const { report } = await transaction((manager) => submitReport(manager, outbox, { fields, submittedBy, credentials, traceparent }));
      results.push({ index, report, error: null });
    } catch (error) {
      // Only refusals the domain explains are per-item results; anything else (the database
      // is gone) fails the whole call, as retrying the batch is then the right thing.
      if (!(error instanceof DomainError)) throw error;
      const field = typeof error.details.field === 'string' ? error.details.field : null;
      results.push({ index, report: null, error: { code: error.code, message: error.message, field } });
    }
  }
  const accepted = results.filter((r) => r.report !== null).length;
  return { accepted, rejected: results.length - accepted, items: results };
}
