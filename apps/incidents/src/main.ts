import 'reflect-metadata';
import { runUntilSignalled, SubgraphService } from '@csirt/service';
import { readEnvironment } from './environment';
import { incidentsSubgraph } from './subgraph';

runUntilSignalled(new SubgraphService(incidentsSubgraph, readEnvironment()));
