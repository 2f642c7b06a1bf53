/**
 * Where the tests find their infrastructure. The only reader of process.env in the test
 * helpers; defaults match infra/ (Kafka from infra/kafka/kafka.sh, the machine's Postgres).
 */
export const testEnvironment = {
  /** Server URL (any database); each suite gets its own `csirt_test_*` database on it. */
  postgresUrl: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(','),
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
