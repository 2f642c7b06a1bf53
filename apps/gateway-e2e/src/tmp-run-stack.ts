import { startStack } from './support/stack';
startStack().then((s) => { console.log('READY', s.gatewayUrl); process.on('SIGTERM', () => void s.stop().then(() => process.exit(0))); });
