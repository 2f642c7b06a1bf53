import 'reflect-metadata';
import { runUntilSignalled, SubgraphService } from '@csirt/service';
import { readEnvironment } from './environment';
import { intakeSubgraph } from './subgraph';

runUntilSignalled(new SubgraphService(intakeSubgraph, readEnvironment()));
