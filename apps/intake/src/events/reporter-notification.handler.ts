import { IncidentClosedV1, IncidentReopenedV1, ReportIncidentClosedV1 } from '@csirt/contracts';
import { on, type HandlerRegistration, type Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { recordIncidentClosed, recordIncidentReopened } from '../reports/reporter-view';

/**
 * When an incident closes, each report that is part of it tells its submitter, through
 * announcements (ReportIncidentClosedV1): the one who sent it learns the outcome, nobody
 * else. The event is enqueued in the transaction that records the event in the inbox, so a
 * redelivered closed event notifies no one twice; its `notificationKey` lets announcements
 * refuse a duplicate too. A merged-away incident has no reports left by the time its closed
 * event arrives (the merged event moved them), so its reporters hear of the target's closure.
 */
export function reporterNotificationHandlers(outbox: Outbox): HandlerRegistration[] {
  return [
    on(IncidentClosedV1, async (event, manager) => {
      const closedAt = new Date(event.data.closedAt);
      const summary = event.data.publicResolutionSummary ?? null;
      await recordIncidentClosed(manager, event.data.incidentId, closedAt, summary);
      await notifyReporters(manager, outbox, event.data.incidentId, closedAt, summary, event.traceparent);
    }),
    on(IncidentReopenedV1, async (event, manager) => {
      await recordIncidentReopened(manager, event.data.incidentId);
    }),
  ];
}

async function notifyReporters(
  manager: EntityManager,
  outbox: Outbox,
  incidentId: string,
  closedAt: Date,
  summary: string | null,
  traceparent: string | undefined,
): Promise<void> {
  const reports: { id: string; reference: string; submitted_by: string; tlp: string }[] = await manager.query(
    `SELECT id, reference, submitted_by, tlp FROM report WHERE incident_id = $1 ORDER BY id`,
    [incidentId],
  );
  for (const report of reports) {
    await outbox.enqueue(manager, {
      contract: ReportIncidentClosedV1,
      subject: report.id,
      // It names the report (its reference): it travels under the report's label.
      tlp: report.tlp as never,
      traceparent,
      data: {
        reportId: report.id,
        reference: report.reference,
        reporterSubject: report.submitted_by,
        notificationKey: `${report.id}:${closedAt.toISOString()}`,
        closedAt: closedAt.toISOString(),
        publicResolutionSummary: summary,
      },
    });
  }
}
