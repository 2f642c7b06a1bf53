import 'reflect-metadata';
import { runUntilSignalled, SubgraphService } from '@csirt/service';
import { createReleaseDelivery } from './delivery-wiring';
import { readEnvironment } from './environment';
import { createAnnouncementsSubgraph } from './subgraph';

runUntilSignalled(new SubgraphService(createAnnouncementsSubgraph({ releaseDelivery: createReleaseDelivery }), readEnvironment()));
