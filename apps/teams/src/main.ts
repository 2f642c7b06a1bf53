import 'reflect-metadata';
import { runUntilSignalled, SubgraphService } from '@csirt/service';
import { readEnvironment } from './environment';
import { teamsSubgraph } from './subgraph';

runUntilSignalled(new SubgraphService(teamsSubgraph, readEnvironment()));
