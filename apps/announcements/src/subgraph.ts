import { readSchemaFile, type ServiceDeps, type SubgraphDefinition } from '@csirt/service';
import { Advisory, AdvisoryApproval, AdvisoryIncident, AdvisoryRevision } from './advisories/advisory.entity';
import { Constituency } from './constituencies/constituency.entity';
import { createContext, type AnnouncementsContext } from './context';
import type { ReleaseDelivery } from './delivery/advisory-release';
import { faqHandlers, faqTopics } from './events/faq-proposed.handler';
import { announcementHandlers, consumedTopics } from './events/handlers';
import { reportIncidentClosedHandlers, reporterNotificationTopics } from './events/report-incident-closed.handler';
import { migrations } from './migrations';
import { NO_DELIVERY } from './no-delivery';
import { Person } from './people/person.entity';
import { partnerEventHandlers, partnerTopics } from './partners/partner-events.handler';
import { resolvers } from './resolvers';

export interface AnnouncementsOptions {
  /**
   * Builds the delivery that publish, revise and withdraw hand each release to, inside
   * their transaction: partner delivery in the service (main.ts), a recording one in tests.
   */
  releaseDelivery(deps: ServiceDeps): ReleaseDelivery;
}

/** The announcements subgraph: what main.ts runs and what the tests start. */
export function createAnnouncementsSubgraph(options: AnnouncementsOptions): SubgraphDefinition<AnnouncementsContext> {
  // One delivery per running service (per deps), built on first use.
  const deliveries = new WeakMap<ServiceDeps, ReleaseDelivery>();
  const deliveryFor = (deps: ServiceDeps) => {
    const existing = deliveries.get(deps);
    if (existing) return existing;
    const created = options.releaseDelivery(deps);
    deliveries.set(deps, created);
    return created;
  };
  return {
    name: 'announcements',
    typeDefs: readSchemaFile(__dirname),
    resolvers,
    entities: [Advisory, AdvisoryIncident, AdvisoryApproval, AdvisoryRevision, Person, Constituency],
    migrations,
    createContext: (base, deps) => createContext(base, deps, deliveryFor(deps)),
    consumes: {
      // Both read the teams directory (people here, partner agreements for delivery); intake's
      // streams bring the closure notices for reporters and the answers proposed as FAQs.
      topics: [...new Set([...consumedTopics, ...partnerTopics, ...reporterNotificationTopics, ...faqTopics])],
      handlers: (deps) => [...announcementHandlers(deps), ...partnerEventHandlers(), ...reportIncidentClosedHandlers(), ...faqHandlers(deps)],
    },
  };
}

/** The subgraph without partner delivery (it refuses releases): for specs that release nothing through GraphQL. */
export const announcementsSubgraph = createAnnouncementsSubgraph({ releaseDelivery: () => NO_DELIVERY });
