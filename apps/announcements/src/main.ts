import 'reflect-metadata';
import { runUntilSignalled, SubgraphService } from '@csirt/service';
import { withCsafDirectory } from './directory/provider-directory.route';
import { readCsafDirectoryEnvironment, readEnvironment } from './environment';
import { announcementsSubgraph } from './subgraph';

runUntilSignalled(new SubgraphService(withCsafDirectory(announcementsSubgraph, readCsafDirectoryEnvironment()), readEnvironment()));
