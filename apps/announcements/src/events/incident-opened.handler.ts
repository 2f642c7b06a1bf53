import { IncidentAccessChangedV1, IncidentOpenedV1, TOPICS } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import { draftAdvisory } from '../advisories/draft-advisory.service';
import { recordIncidentAccessAndRaiseDrafts } from '../incident-access/incident-access';

/** Severity at and above which a new incident gets an incident-notification draft. */
export const NOTIFY_FROM_SEVERITY = 3;

export const consumedTopics = [TOPICS.incidents];

/**
 * A severe incident needs telling the constituency: draft a notification for a publisher
 * to review. The draft keeps the incident's TLP label; a publisher lowers it (or not)
 * before publishing. The inbox and the unique source event id both stop a redelivery from
 * drafting twice. Access changes decide who may see the incident behind an advisory.
 */
export function incidentEventHandlers(): HandlerRegistration[] {
  return [
    on(IncidentOpenedV1, async (event, manager) => {
      if (event.data.severity < NOTIFY_FROM_SEVERITY) return;
      await draftAdvisory(manager, {
        kind: 'INCIDENT_NOTIFICATION',
        title: `Incident notification: ${event.data.title}`.slice(0, 200),
        summary: `Incident ${event.data.reference} (severity ${event.data.severity}) was opened at ${event.data.openedAt}.`,
        severity: event.data.severity,
        tlp: event.data.tlp,
        incidentId: event.data.incidentId,
        createdBy: 'system:incident-opened',
        sourceEventId: event.id,
      });
    }),
    on(IncidentAccessChangedV1, async (event, manager) => {
      await recordIncidentAccessAndRaiseDrafts(manager, event.data);
    }),
  ];
}
