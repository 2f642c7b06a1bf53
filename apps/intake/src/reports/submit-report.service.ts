import { randomUUID } from 'node:crypto';
import { ReportReceivedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { startTriageClock } from '../sla/report-clock';
import { triageTargetOf } from '../sla/constituencies';
import { findRelatedOpenReports, lockRelations, recordRelations } from './related-reports';
import { bindChannel, type ChannelCredentials, type ChannelSource } from './report-channel';
import { validateSubmission, type SubmitReportFields, type ValidSubmission } from './report-input';
import { Report } from './report.entity';
import { ReportErrors } from './report.errors';
import { ReportRepository } from './report.repository';
import { suggestTriage } from './triage-suggestion';

export interface SubmitReportCommand {
  fields: SubmitReportFields;
  submittedBy: string;
  /** The caller's partner and sensor ids: they decide who may use the bound channels. */
  credentials: ChannelCredentials;
  traceparent?: string;
  /** The service's clock reading (receipt time by default, and the triage clock's start). */
  now?: Date;
}

export interface SubmitReportResult {
  report: Report;
  /** False when an earlier submission with the same idempotency key was returned. */
  created: boolean;
}

/** Checks a submission without touching the database (throws the first problem). */
export function prepareSubmission(fields: SubmitReportFields, now = new Date()): ValidSubmission {
  return validateSubmission(fields, now);
}

/**
 * Accepts a report: stores it with its normalised observables, matches it against open
 * reports, proposes a triage, and announces it (ReportReceivedV1) in the same transaction.
 * With an idempotency key, a retry returns the first report and writes nothing.
 */
export async function submitReport(manager: EntityManager, outbox: Outbox, command: SubmitReportCommand): Promise<SubmitReportResult> {
  const now = command.now ?? new Date();
  const valid = prepareSubmission(command.fields, now);
  // Before the idempotency lookup: a retry on a channel the caller may not use is refused too.
  const source = bindChannel(valid.channel, command.credentials);
  const repository = new ReportRepository(manager);

  if (valid.idempotencyKey) {
    // Serialises concurrent retries of one key (held until commit), so exactly one of them
    // inserts and the others find its report.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`intake:${command.submittedBy}:${valid.idempotencyKey}`]);
    const existing = await repository.findByIdempotencyKey(command.submittedBy, valid.idempotencyKey);
    if (existing) return { report: existing, created: false };
  }

  if (valid.constituencyId && (await triageTargetOf(manager, valid.constituencyId)) === null) {
    throw ReportErrors.unknownConstituency('input.reporter.constituencyId', valid.constituencyId);
  }
  const report = newReport(valid, source, command.submittedBy, await repository.nextReference(valid.receivedAt), now);
  await manager.insert(Report, report);

  // Match before this report's own observables are indexed, so it never matches itself; one
  // submission at a time, so concurrent ones relate to each other too.
  await lockRelations(manager);
  const related = await findRelatedOpenReports(manager, report);
  await indexObservables(manager, report);
  await recordRelations(manager, report.id, related, now);
  await startTriageClock(manager, report);

  await outbox.enqueue(manager, {
    contract: ReportReceivedV1,
    subject: report.id,
    tlp: report.tlp,
    traceparent: command.traceparent,
    data: {
      reportId: report.id,
      reference: report.reference,
      channel: report.channel,
      title: report.title,
      receivedAt: report.receivedAt.toISOString(),
      constituencyId: report.constituencyId,
    },
  });
  return { report, created: true };
}

/** A NEW report from a checked submission, with its proposed triage; not yet stored. */
function newReport(valid: ValidSubmission, source: ChannelSource, submittedBy: string, reference: string, now: Date): Report {
  const suggestion = suggestTriage({
    title: valid.title,
    description: valid.description,
    observables: valid.observables,
    cia: valid.cia,
    constituencyId: valid.constituencyId,
  });
  return Object.assign(new Report(), {
    id: randomUUID(),
    reference,
    channel: valid.channel,
    status: 'NEW',
    reporterName: valid.reporterName,
    reporterEmail: valid.reporterEmail,
    reporterOrganisation: valid.reporterOrganisation,
    constituencyId: valid.constituencyId,
    receivedAt: valid.receivedAt,
    occurredAt: valid.occurredAt,
    title: valid.title,
    description: valid.description,
    affectedAssets: valid.affectedAssets,
    observables: valid.observables,
    ciaConfidentiality: valid.cia.confidentiality,
    ciaIntegrity: valid.cia.integrity,
    ciaAvailability: valid.cia.availability,
    tlp: valid.tlp,
    rsitClass: null,
    rsitType: null,
    severity: null,
    priority: null,
    suggestion,
    submittedBy,
    partnerId: source.partnerId,
    sensorId: source.sensorId,
    recipients: valid.recipients,
    idempotencyKey: valid.idempotencyKey,
    triagedAt: null,
    triagedBy: null,
    timeToTriageSeconds: null,
    mergedIntoId: null,
    escalatedToIncidentId: null,
    incidentId: null,
    createdAt: now,
    updatedAt: now,
  } satisfies Report);
}

/** One report_observable row per normalised indicator, open (matchable) while the report is. */
async function indexObservables(manager: EntityManager, report: Report): Promise<void> {
  if (report.observables.length === 0) return;
  await manager.query(
    `INSERT INTO report_observable (report_id, type, value, open)
     SELECT $1, t, v, true FROM unnest($2::text[], $3::text[]) AS o(t, v)`,
    [report.id, report.observables.map((o) => o.type), report.observables.map((o) => o.value)],
  );
}
