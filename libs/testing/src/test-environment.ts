import { join } from 'node:path';
import { DEV_KAFKA_BROKERS, devPartners, readDevKafkaCredentials, readDevPartnerCeilings, type PartnerAccess } from '@csirt/messaging';

/**
 * Where the tests find their infrastructure. The only reader of process.env in the test
 * helpers; defaults match infra/ (Kafka from infra/kafka/kafka.sh, the machine's Postgres).
 */
export const testEnvironment = {
  /** Server URL (any database); each suite gets its own `csirt_test_*` database on it. */
  postgresUrl: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? DEV_KAFKA_BROKERS).split(','),
  kafkaSaslMechanism: (process.env.KAFKA_SASL_MECHANISM ?? 'scram-sha-512') as 'scram-sha-512' | 'scram-sha-256',
  /** The broker's principals and their dev-only passwords (the file infra/kafka/kafka.sh formats its broker with). */
  kafkaCredentialsFile: process.env.KAFKA_DEV_CREDENTIALS ?? join(__dirname, '../../../infra/kafka/dev-credentials.properties'),
  /** The TLP ceilings of the dev partners' agreements, which their ACLs follow. */
  kafkaPartnersFile: process.env.KAFKA_DEV_PARTNERS ?? join(__dirname, '../../../infra/kafka/dev-partners.properties'),
  /** First of the five ports the end-to-end stack listens on (gateway, then the subgraphs). */
  stackBasePort: Number(process.env.TEST_STACK_BASE_PORT ?? 14_000),
  /** Set to 1 to see the services' logs during tests. */
  verbose: process.env.TEST_VERBOSE === '1',
};

export const TEST_AUTH = {
  secret: 'test-secret-not-for-production-use-0123456789',
  issuer: 'csirt-test',
  audience: 'csirt-platform',
};

/** URL of the test database `name` on the test server. Refuses names not marked as test databases. */
export function testDatabaseUrl(name: string): string {
  if (!/^csirt_test_[a-z0-9_]+$/.test(name)) {
    throw new Error(`refusing to use "${name}" as a test database: test database names start with csirt_test_`);
  }
  const url = new URL(testEnvironment.postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let devCredentials: Map<string, string> | undefined;

function credentials(): Map<string, string> {
  devCredentials ??= readDevKafkaCredentials(testEnvironment.kafkaCredentialsFile);
  return devCredentials;
}

/**
 * The partner CSIRTs the test broker has principals for (`alpha` for `partner-alpha`), with
 * the ceilings of their dev agreements (alpha RED, bravo GREEN).
 */
export function testKafkaPartners(): PartnerAccess[] {
  return devPartners(credentials(), readDevPartnerCeilings(testEnvironment.kafkaPartnersFile));
}

/**
 * SASL settings of one principal on the test broker: a service's own (`intake`), a
 * partner's (`partner-alpha`) or `admin`, the super user that sets the broker up.
 */
export function testKafkaSasl(principal: string): { mechanism: 'scram-sha-512' | 'scram-sha-256'; username: string; password: string } {
  const password = credentials().get(principal);
  if (!password) throw new Error(`no test Kafka credentials for "${principal}" in ${testEnvironment.kafkaCredentialsFile}`);
  return { mechanism: testEnvironment.kafkaSaslMechanism, username: principal, password };
}
