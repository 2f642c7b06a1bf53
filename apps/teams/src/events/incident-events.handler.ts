import {
  IncidentAccessChangedV1,
  IncidentClosedV1,
  IncidentOpenedV1,
  IncidentRegionChangedV1,
  IncidentReopenedV1,
  IncidentSeverityChangedV1,
  IncidentTlpChangedV1,
  TOPICS,
} from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import type { ServiceDeps } from '@csirt/service';
import { IncidentRecord } from '../incidents/incident-ref.entity';
import { Team } from '../teams/team.entity';
import { disbandResponseTeam } from '../response-teams/change-responders.service';
import { proposeResponseTeam } from '../response-teams/propose-response-team.service';
import { restoreResponseTeam } from '../response-teams/restore-response-team.service';
import { normaliseRegion } from '../validation';

export const consumedTopics = [TOPICS.incidents];

/**
 * Keeps the small incidents read model this service needs (id, reference, region,
 * constituency, TLP label, open or closed) and reacts to it. The label follows both
 * severity-changed and tlp-changed events, since response-team visibility depends on it. Each handler runs in the inbox's
 * transaction, and is also safe by state: the proposal is unique per incident, an upsert
 * of the read model is idempotent, a closed team has no current members left to release, and only a closed incident
 * can be reopened.
 */
export function incidentEventHandlers(deps: ServiceDeps): HandlerRegistration[] {
  return [
    on(IncidentOpenedV1, async (event, manager) => {
      const data = event.data;
      await manager
        .createQueryBuilder()
        .insert()
        .into(IncidentRecord)
        .values({
          id: data.incidentId,
          reference: data.reference,
          region: normaliseRegion(data.region),
          constituencyId: data.constituencyId,
          tlp: data.tlp,
          severity: data.severity,
          openedAt: new Date(data.openedAt),
          closedAt: null,
        })
        .orIgnore()
        .execute();
      const incident = (await manager.findOne(IncidentRecord, {
        where: { id: data.incidentId },
      })) as IncidentRecord;
      await proposeResponseTeam(manager, deps.outbox, {
        incident,
        classification: data.classification,
        sourceEventId: event.id,
      });
    }),

    // The label can change with the severity; visibility of the response team follows it.
    on(IncidentSeverityChangedV1, async (event, manager) => {
      await manager.update(
        IncidentRecord,
        { id: event.data.incidentId },
        { tlp: event.data.tlp, severity: event.data.to },
      );
    }),

    // Where it happened moved: the read model and the incident's VCSIRT follow (a later
    // response team is checked against the new region). The topic is keyed by incident, so
    // the last event applied is the newest.
    on(IncidentRegionChangedV1, async (event, manager) => {
      const region = normaliseRegion(event.data.region);
      await manager.update(IncidentRecord, { id: event.data.incidentId }, { region, constituencyId: event.data.constituencyId });
      await manager.update(Team, { incidentId: event.data.incidentId }, { region });
    }),

    on(IncidentTlpChangedV1, async (event, manager) => {
      await manager.update(IncidentRecord, { id: event.data.incidentId }, { tlp: event.data.to });
    }),

    // Who may read the incident, per the incidents service. The opened event always comes
    // first (same key, same transaction order), so there is a row to update; a version not
    // newer than the one held is a redelivery or arrives late, and changes nothing.
    on(IncidentAccessChangedV1, async (event, manager) => {
      const { incidentId, tlp, readers, version } = event.data;
      await manager.query(
        `UPDATE incident_ref SET tlp = $2, readers = $3, access_version = $4 WHERE id = $1 AND access_version < $4`,
        [incidentId, tlp, readers, version],
      );
    }),

    on(IncidentClosedV1, async (event, manager) => {
      const incident = await manager.findOne(IncidentRecord, {
        where: { id: event.data.incidentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!incident || incident.closedAt) return;
      incident.closedAt = new Date(event.data.closedAt);
      await manager.save(incident);
      await disbandResponseTeam(manager, deps.outbox, {
        incident,
        reason: `incident closed: ${event.data.resolution}`.slice(0, 2_000),
        removedBy: event.data.closedBy,
        at: incident.closedAt,
      });
    }),

    // Reopened: the members its closure released come back. Safe by state too: an incident
    // not marked closed (a redelivery, or a reopen already applied) changes nothing.
    on(IncidentReopenedV1, async (event, manager) => {
      const incident = await manager.findOne(IncidentRecord, {
        where: { id: event.data.incidentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!incident?.closedAt) return;
      const back = await restoreResponseTeam(manager, deps.outbox, {
        incident,
        reason: `incident reopened: ${event.data.reason}`.slice(0, 2_000),
        addedBy: event.data.reopenedBy,
        at: new Date(event.data.reopenedAt),
      });
      incident.closedAt = null;
      await manager.save(incident);
      deps.log.info('response team restored', { incidentId: incident.id, members: back.length });
    }),
  ];
}
