import { join } from 'node:path';
import { DEV_KAFKA_BROKERS, readDevKafkaCredentials } from '../dev-credentials';
import { createKafka, type Kafka } from '../kafka';
import { silentLogger } from '../logger';

// This library cannot use @csirt/testing (that library is built on this one), so its specs
// share these few lines instead.
export const specBrokers = (process.env.KAFKA_BROKERS ?? DEV_KAFKA_BROKERS).split(',');
const credentials = readDevKafkaCredentials(process.env.KAFKA_DEV_CREDENTIALS ?? join(__dirname, '../../../../infra/kafka/dev-credentials.properties'));

/** A client of the test broker as `principal` (admin, a service, partner-alpha...), or anonymous. */
export function specKafka(clientId: string, principal: string | 'anonymous', retries?: number): Kafka {
  const password = credentials.get(principal);
  if (principal !== 'anonymous' && !password) throw new Error(`no dev Kafka credentials for ${principal}`);
  return createKafka({
    clientId,
    brokers: specBrokers,
    sasl: password ? { mechanism: 'scram-sha-512', username: principal, password } : undefined,
    log: silentLogger,
    retries,
  });
}
