import {
  PersonChangedV1,
  ConstituencyChangedV1,
  ReportEscalatedV1,
  ReportSlaBreachedV1,
  ResponseTeamFormedV1,
  ResponseTeamFormedV2,
  ResponseTeamMemberAddedV1,
  ResponseTeamMemberRemovedV1,
  TOPICS,
} from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import type { ServiceDeps } from '@csirt/service';
import { constituencyChanged } from '../constituencies/constituencies';
import { reportSlaBreached } from '../sla/report-breaches';
import { applyEscalatedReport } from '../incidents/escalated-report';
import { recordPerson } from '../people/people';
import {
  responseTeamFormed,
  responseTeamMemberAdded,
  responseTeamMemberRemoved,
} from '../response-team/response-team.projection';

export const consumedTopics = [TOPICS.intakeReports, TOPICS.teamsResponseTeams, TOPICS.teamsDirectory];

/**
 * What this service does with other services' events. Each runs in the consumer's
 * transaction together with the inbox row, so an effect and "seen" commit together.
 */
export function eventHandlers(deps: ServiceDeps): HandlerRegistration[] {
  return [
    on(ReportEscalatedV1, async (event, manager) => {
      const result = await applyEscalatedReport(
        manager,
        deps.outbox,
        event.data,
        event.id,
        event.traceparent,
      );
      deps.log.info('report escalated', { reportId: event.data.reportId, ...result });
    }),
    on(ResponseTeamFormedV1, (event, manager) => responseTeamFormed(manager, deps.outbox, event.data)),
    on(ResponseTeamFormedV2, (event, manager) =>
      responseTeamFormed(manager, deps.outbox, event.data, event.data.authority),
    ),
    on(ResponseTeamMemberAddedV1, (event, manager) =>
      responseTeamMemberAdded(manager, deps.outbox, event.data),
    ),
    on(ResponseTeamMemberRemovedV1, (event, manager) =>
      responseTeamMemberRemoved(manager, deps.outbox, event.data),
    ),
    // Who may be assigned a task: the newest description of each person wins.
    on(PersonChangedV1, async (event, manager) => {
      await recordPerson(manager, event.data);
    }),
    on(ReportSlaBreachedV1, (event, manager) => reportSlaBreached(manager, event.data)),
    on(ConstituencyChangedV1, (event, manager) => constituencyChanged(manager, event.data)),
  ];
}
