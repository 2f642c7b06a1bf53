import { ReportIncidentClosedV1, TOPICS } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import { notifyReporterOfClosure } from '../notifications/reporter-notification';

/** Intake's stream: this handler reads only the closure notices meant for reporters. */
export const reporterNotificationTopics = [TOPICS.intakeNotices];

/**
 * The incident behind a report closed: its submitter gets an incident notification, addressed
 * to it alone. The inbox (same transaction) and the notification key both stop a redelivery
 * from notifying twice.
 */
export function reportIncidentClosedHandlers(): HandlerRegistration[] {
  return [
    on(ReportIncidentClosedV1, async (event, manager) => {
      await notifyReporterOfClosure(manager, event.data, event.id);
    }),
  ];
}
