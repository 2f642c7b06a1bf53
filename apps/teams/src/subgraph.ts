import { readSchemaFile, type SubgraphDefinition } from '@csirt/service';
import { auditEventHandlers, auditTopics } from './audit/audit-events.handler';
import { AuditEntryRecord } from './audit/audit-entry.entity';
import { Constituency } from './constituencies/constituency.entity';
import { createContext, type TeamsContext } from './context';
import { consumedTopics, incidentEventHandlers } from './events/incident-events.handler';
import { IncidentRecord } from './incidents/incident-ref.entity';
import { migrations } from './migrations';
import { PartnerCsirt } from './partners/partner.entity';
import { Person } from './people/person.entity';
import { ResponseTeamProposal } from './response-teams/proposal.entity';
import { resolvers } from './resolvers';
import { Team, TeamMember } from './teams/team.entity';

/** The teams subgraph: what main.ts runs and what the tests start. */
export const teamsSubgraph: SubgraphDefinition<TeamsContext> = {
  name: 'teams',
  typeDefs: readSchemaFile(__dirname),
  resolvers,
  entities: [Person, Team, TeamMember, Constituency, PartnerCsirt, IncidentRecord, ResponseTeamProposal, AuditEntryRecord],
  migrations,
  createContext,
  consumes: {
    topics: [...consumedTopics, ...auditTopics],
    handlers: (deps) => [...incidentEventHandlers(deps), ...auditEventHandlers()],
  },
};
