import { readSchemaFile, type SubgraphDefinition } from '@csirt/service';
import { createContext, type IncidentsContext } from './context';
import { consumedTopics, eventHandlers } from './events/handlers';
import { Incident } from './incidents/incident.entity';
import { migrations } from './migrations';
import { DirectoryPerson } from './people/person.entity';
import { resolvers } from './resolvers';
import { Task } from './tasks/task.entity';
import { TimelineEntry } from './timeline/timeline-entry.entity';

/** The incidents subgraph: what main.ts runs and what the tests start. */
export const incidentsSubgraph: SubgraphDefinition<IncidentsContext> = {
  name: 'incidents',
  typeDefs: readSchemaFile(__dirname),
  resolvers,
  entities: [Incident, Task, TimelineEntry, DirectoryPerson],
  migrations,
  createContext,
  consumes: { topics: consumedTopics, handlers: eventHandlers },
};
