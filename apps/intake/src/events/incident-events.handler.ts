import { IncidentMergedV1, IncidentOpenedV1, IncidentReportAttachedV1, TOPICS } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { escalationRefusedHandlers } from './escalation-refused.handler';
import { incidentIndicatorHandlers, recordIncidentMerged, recordIncidentPhase } from './incident-indicators.handler';
import { recordIncidentOpened } from '../reports/reporter-view';

export const consumedTopics = [TOPICS.incidents];

/**
 * Links reports to the incident they became part of, so Report.incident resolves. Safe by
 * state as well as by the inbox: setting the same incident id twice changes nothing. Ids
 * this service does not know (a report created elsewhere, or by a test) are skipped.
 */
export async function linkReportsToIncident(
  manager: EntityManager,
  incidentId: string,
  reportIds: readonly string[],
): Promise<number> {
  if (reportIds.length === 0) return 0;
  const [, affected] = (await manager.query(
    `UPDATE report SET incident_id = $1, updated_at = now()
      WHERE id = ANY($2::uuid[]) AND incident_id IS DISTINCT FROM $1`,
    [incidentId, reportIds],
  )) as [unknown, number];
  return affected;
}

export function incidentEventHandlers(): HandlerRegistration[] {
  return [
    ...escalationRefusedHandlers(),
    ...incidentIndicatorHandlers(),
    on(IncidentOpenedV1, async (event, manager) => {
      await linkReportsToIncident(manager, event.data.incidentId, event.data.reportIds);
      await recordIncidentPhase(manager, event.data.incidentId, 'OPEN', new Date(event.data.openedAt));
      await recordIncidentOpened(manager, event.data.incidentId, new Date(event.data.openedAt));
    }),
    on(IncidentReportAttachedV1, async (event, manager) => {
      await linkReportsToIncident(manager, event.data.incidentId, [event.data.reportId]);
    }),
    // The reports of a merged incident now belong to the incident it was merged into.
    on(IncidentMergedV1, async (event, manager) => {
      await manager.query(`UPDATE report SET incident_id = $2, updated_at = now() WHERE incident_id = $1`, [
        event.data.incidentId,
        event.data.intoIncidentId,
      ]);
      await recordIncidentMerged(manager, event.data);
    }),
  ];
}
