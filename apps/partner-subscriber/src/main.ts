import { closeCsafValidator } from '@csirt/csaf';
import { readEnvironment } from './environment';
import { createLogger } from './logger';
import { PartnerSubscriber } from './subscriber';

const config = readEnvironment();
const log = createLogger(config.logLevel, { partner: config.partnerCode });
const subscriber = new PartnerSubscriber(config, log);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('shutting down', { signal });
  // A stuck broker or API must not keep the process from exiting.
  const force = setTimeout(() => {
    log.error('shutdown timed out; exiting');
    process.exit(1);
  }, 30_000);
  force.unref();
  try {
    await subscriber.stop();
    await closeCsafValidator();
    process.exit(0);
  } catch (error) {
    log.error('shutdown failed', { error: (error as Error).message });
    process.exit(1);
  }
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));

subscriber.start().catch((error: Error) => {
  log.error('subscriber failed to start', { error: error.message });
  process.exit(1);
});
