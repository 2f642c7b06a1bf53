import 'reflect-metadata';
import { SubgraphService, stopOnSignals } from '@csirt/service';
import { readEnvironment } from './environment';
import { incidentsSubgraph } from './subgraph';

const service = new SubgraphService(incidentsSubgraph, readEnvironment());
stopOnSignals(service, service.log);
service.start().catch((error: Error) => {
  service.log.error('failed to start', { error: error.message, stack: error.stack });
  process.exit(1);
});
