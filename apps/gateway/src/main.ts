import { stopOnSignals } from '@csirt/service';
import { readEnvironment } from './environment';
import { GatewayServer } from './gateway';

const gateway = new GatewayServer(readEnvironment());
stopOnSignals(gateway, gateway.log);
gateway.start().catch((error: Error) => {
  gateway.log.error('failed to start', { error: error.message, stack: error.stack });
  process.exit(1);
});
