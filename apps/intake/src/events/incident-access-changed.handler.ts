import { IncidentAccessChangedV1 } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import { recordIncidentAccess } from '@csirt/service';

/**
 * Who may see the incident a report points to (Report.incident, escalatedToIncidentId): the
 * incidents service's latest word, newest version wins. Idempotent by the inbox and by state.
 */
export function incidentAccessHandlers(): HandlerRegistration[] {
  return [
    on(IncidentAccessChangedV1, async (event, manager) => {
      await recordIncidentAccess(manager, event.data);
    }),
  ];
}
