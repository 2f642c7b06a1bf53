import { IncidentEscalationRefusedV1 } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import { applyDecision } from '../reports/report-decisions';
import { Report } from '../reports/report.entity';

/** Who took the decision, on the report's record: incident management, not an analyst. */
export const ESCALATION_REFUSED_BY = 'system:incidents';

/** Recorded on the report; the same for an incident that does not exist and one the analyst may not read. */
export const ESCALATION_REFUSED_REASON =
  'Escalation refused by incident management: the incident does not exist or the escalating analyst may not read it';

/** Recorded on the report when the incident was closed (only to an analyst who may read it). */
export const ESCALATION_REFUSED_CLOSED_REASON = 'Escalation refused by incident management: the incident is closed';

/**
 * An escalation into an existing incident that incident management refused: the report goes
 * back to TRIAGED with the reason recorded, to be escalated again (or otherwise decided), and
 * no longer names the incident. Safe by state: only a report still ESCALATED into that very
 * incident changes, so a redelivery or a refusal overtaken by a new decision changes nothing.
 */
export function escalationRefusedHandlers(): HandlerRegistration[] {
  return [
    on(IncidentEscalationRefusedV1, async (event, manager) => {
      const { reportId, incidentId, refusedAt, reason } = event.data;
      const report = await manager.findOne(Report, {
        where: { id: reportId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!report || report.status !== 'ESCALATED' || report.escalatedToIncidentId !== incidentId) return;
      report.escalatedToIncidentId = null;
      await applyDecision(manager, report, {
        kind: 'ESCALATION_REFUSED',
        to: 'TRIAGED',
        by: ESCALATION_REFUSED_BY,
        at: new Date(refusedAt),
        reason: reason === 'INCIDENT_CLOSED' ? ESCALATION_REFUSED_CLOSED_REASON : ESCALATION_REFUSED_REASON,
      });
    }),
  ];
}
