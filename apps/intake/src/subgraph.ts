import { readSchemaFile, type SubgraphDefinition } from '@csirt/service';
import { createContext, type IntakeContext } from './context';
import { incidentAccessHandlers } from './events/incident-access-changed.handler';
import { consumedTopics, incidentEventHandlers } from './events/incident-events.handler';
import { reporterNotificationHandlers } from './events/reporter-notification.handler';
import { Question } from './feedback/question.entity';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { ReportDecision } from './reports/report-decision.entity';
import { Report } from './reports/report.entity';
import { slaEventHandlers, slaTimers, slaTopics } from './sla/sla.handlers';

/** The intake subgraph: what main.ts runs and what the tests start. */
export const intakeSubgraph: SubgraphDefinition<IntakeContext> = {
  name: 'intake',
  typeDefs: readSchemaFile(__dirname),
  resolvers,
  entities: [Report, ReportDecision, Question],
  migrations,
  createContext,
  consumes: {
    topics: [...consumedTopics, ...slaTopics],
    handlers: (deps) => [...incidentEventHandlers(), ...incidentAccessHandlers(), ...reporterNotificationHandlers(deps.outbox), ...slaEventHandlers()],
  },
  timers: slaTimers,
};
