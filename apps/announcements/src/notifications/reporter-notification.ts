import { randomUUID } from 'node:crypto';
import type { AnnouncementKind, EventData, ReportIncidentClosedV1 } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';

/** A notification addressed to one person; only that person reads it (myNotifications). */
export interface ReporterNotification {
  id: string;
  kind: AnnouncementKind;
  recipientSubject: string;
  reportId: string;
  reportReference: string;
  title: string;
  body: string;
  createdAt: Date;
}

/**
 * The wording a reporter receives when the incident its report became part of closes. Built
 * only from what intake marked reporter-safe: the report's own reference, the closing time,
 * the public resolution summary. Pure.
 */
export function incidentClosedWording(data: Pick<EventData<typeof ReportIncidentClosedV1>, 'reference' | 'closedAt' | 'publicResolutionSummary'>): {
  title: string;
  body: string;
} {
  const closed = `The incident handling your report ${data.reference} was closed on ${data.closedAt}.`;
  return {
    title: `Your report ${data.reference}: incident closed`,
    body: data.publicResolutionSummary ? `${closed}\n\nOutcome: ${data.publicResolutionSummary}` : closed,
  };
}

/**
 * Addresses an incident notification to the report's submitter: the audience is that one
 * subject, decided here from the event. A second event with the same notification key (a
 * redelivery, a replay) adds nothing. Returns whether one was created.
 */
export async function notifyReporterOfClosure(
  manager: EntityManager,
  data: EventData<typeof ReportIncidentClosedV1>,
  sourceEventId: string,
  at: Date = new Date(),
): Promise<boolean> {
  const { title, body } = incidentClosedWording(data);
  const rows: unknown[] = await manager.query(
    `INSERT INTO reporter_notification
       (id, kind, recipient_subject, report_id, report_reference, title, body, notification_key, source_event_id, created_at)
     VALUES ($1, 'INCIDENT_NOTIFICATION', $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (notification_key) DO NOTHING RETURNING id`,
    [randomUUID(), data.reporterSubject, data.reportId, data.reference, title, body, data.notificationKey, sourceEventId, at],
  );
  return rows.length > 0;
}

/** The caller's own notifications, newest first, at most `limit`. Nobody reads another's. */
export async function notificationsOf(manager: EntityManager, subject: string, limit: number): Promise<ReporterNotification[]> {
  const rows: {
    id: string;
    kind: AnnouncementKind;
    recipient_subject: string;
    report_id: string;
    report_reference: string;
    title: string;
    body: string;
    created_at: Date;
  }[] = await manager.query(
    `SELECT id, kind, recipient_subject, report_id, report_reference, title, body, created_at
       FROM reporter_notification WHERE recipient_subject = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
    [subject, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    recipientSubject: row.recipient_subject,
    reportId: row.report_id,
    reportReference: row.report_reference,
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
  }));
}
