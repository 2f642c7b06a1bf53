import { ConstituencyChangedV1, IncidentAccessChangedV1, IncidentOpenedV1, PersonChangedV1, TOPICS } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import { incidentAccessOf, type ServiceDeps } from '@csirt/service';
import { draftAdvisory } from '../advisories/draft-advisory.service';
import { recordConstituency } from '../constituencies/constituencies';
import { recordIncidentAccessAndRaiseDrafts } from '../incident-access/incident-access';
import { recordPerson } from '../people/people';

/** Severity at and above which a new incident gets an incident-notification draft. */
export const NOTIFY_FROM_SEVERITY = 3;

export const consumedTopics = [TOPICS.incidents, TOPICS.teamsDirectory];

/**
 * A severe incident needs telling the constituency: draft a notification for a publisher
 * to complete and submit. The draft keeps the incident's TLP label; a publisher lowers it
 * (or not) before submitting. The inbox and the unique source event id both stop a
 * redelivery from drafting twice. Access changes decide who may see the incident behind
 * an advisory. People changes feed the read model approvers are checked against;
 * constituency changes, the one an advisory's audience is checked against.
 */
export function announcementHandlers(deps: ServiceDeps): HandlerRegistration[] {
  return [
    on(IncidentOpenedV1, async (event, manager) => {
      if (event.data.severity < NOTIFY_FROM_SEVERITY) return;
      const access = (await incidentAccessOf(manager, [event.data.incidentId])).get(event.data.incidentId);
      const summary = `Incident ${event.data.reference} (severity ${event.data.severity}) was opened at ${event.data.openedAt}.`;
      await draftAdvisory(manager, deps.outbox, {
        input: {
          kind: 'INCIDENT_NOTIFICATION',
          title: `Incident notification: ${event.data.title}`.slice(0, 200),
          summary,
          body: summary,
          severity: event.data.severity,
          tlp: event.data.tlp,
          incidentIds: [event.data.incidentId],
          // Whoever may read the incident may read its notification (it matters for TLP:RED).
          readers: access?.readers ?? [],
        },
        createdBy: 'system:incident-opened',
        sourceEventId: event.id,
      });
    }),
    on(IncidentAccessChangedV1, async (event, manager) => {
      await recordIncidentAccessAndRaiseDrafts(manager, event.data);
    }),
    on(PersonChangedV1, async (event, manager) => {
      await recordPerson(manager, event.data);
    }),
    on(ConstituencyChangedV1, async (event, manager) => {
      await recordConstituency(manager, event.data);
    }),
  ];
}
