import { TLP_LEVELS, type EventData, type IncidentAccessChangedV1 } from '@csirt/contracts';
import { recordIncidentAccess } from '@csirt/service';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the incident's access (the shared read model in @csirt/service) and, when it changed,
 * raises the label of the notification drafts written from the incident's own words, so they
 * never say more than the incident now allows. Safe to apply twice.
 */
export async function recordIncidentAccessAndRaiseDrafts(manager: EntityManager, access: EventData<typeof IncidentAccessChangedV1>): Promise<void> {
  if (!(await recordIncidentAccess(manager, access))) return;
  // Only automatic drafts nobody has edited yet (content version 1) and not submitted: a
  // person chose the words and label of the others, and what is published has left already.
  await manager.query(
    `UPDATE advisory SET tlp = $2
      WHERE id IN (SELECT advisory_id FROM advisory_incident WHERE incident_id = $1)
        AND source_event_id IS NOT NULL AND content_version = 1 AND status = 'DRAFT'
        AND array_position($3::text[], tlp) < array_position($3::text[], $2)`,
    [access.incidentId, access.tlp, [...TLP_LEVELS]],
  );
  // The same drafts are read by whoever may read the incident: a TLP:RED notification is
  // otherwise for nobody, and no person could take it on.
  await manager.query(
    `UPDATE advisory SET readers = $2
      WHERE id IN (SELECT advisory_id FROM advisory_incident WHERE incident_id = $1)
        AND source_event_id IS NOT NULL AND content_version = 1 AND status = 'DRAFT'`,
    [access.incidentId, access.readers],
  );
}
