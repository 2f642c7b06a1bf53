import 'reflect-metadata';
import { runUntilSignalled, SubgraphService } from '@csirt/service';
import { readEnvironment } from './environment';
import { announcementsSubgraph } from './subgraph';

runUntilSignalled(new SubgraphService(announcementsSubgraph, readEnvironment()));
