import { runUntilSignalled } from '@csirt/service';
import { readEnvironment } from './environment';
import { GatewayServer } from './gateway';

runUntilSignalled(new GatewayServer(readEnvironment()));
