import { readSchemaFile, type SubgraphDefinition } from '@csirt/service';
import { Advisory } from './advisories/advisory.entity';
import { createContext, type AnnouncementsContext } from './context';
import { consumedTopics, incidentEventHandlers } from './events/incident-opened.handler';
import { migrations } from './migrations';
import { partnerEventHandlers, partnerTopics } from './partners/partner-events.handler';
import { resolvers } from './resolvers';

/** The announcements subgraph: what main.ts runs and what the tests start. */
export const announcementsSubgraph: SubgraphDefinition<AnnouncementsContext> = {
  name: 'announcements',
  typeDefs: readSchemaFile(__dirname),
  resolvers,
  entities: [Advisory],
  migrations,
  createContext,
  consumes: {
    topics: [...consumedTopics, ...partnerTopics],
    handlers: () => [...incidentEventHandlers(), ...partnerEventHandlers()],
  },
};
