import type { BaseRequestContext, SubgraphDefinition, SubgraphRuntimeConfig } from '@csirt/service';
import { SubgraphService } from '@csirt/service';
import { registerTestSubgraph } from './graphql-client';
import { TEST_AUTH, testDatabaseUrl, testEnvironment, testKafkaSasl } from './test-environment';
import { TEST_GATEWAY_CREDENTIAL_SECRET } from './tokens';

/** Runtime settings of a subgraph under test: port 0, its test database, the test broker. */
export function testRuntimeConfig(database: string, overrides: Partial<SubgraphRuntimeConfig> = {}): SubgraphRuntimeConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    databaseUrl: testDatabaseUrl(database),
    databasePoolSize: 5,
    kafkaBrokers: testEnvironment.kafkaBrokers,
    auth: TEST_AUTH,
    gatewayCredentialSecret: TEST_GATEWAY_CREDENTIAL_SECRET,
    logLevel: testEnvironment.verbose ? 'debug' : 'silent',
    migrateOnStart: false,
    introspection: true,
    outboxPollMs: 100,
    // Not the services' own groups, so tests never take events from a stack running on the same broker.
    consumerGroup: `csirt-test-${database.replace(/^csirt_test_/, '')}`,
    ...overrides,
  };
}

/** Starts a subgraph for a test suite; stop it in afterAll. */
export async function startTestSubgraph<TContext extends BaseRequestContext>(
  definition: SubgraphDefinition<TContext>,
  database: string,
  overrides: Partial<SubgraphRuntimeConfig> = {},
): Promise<SubgraphService<TContext>> {
  const service = new SubgraphService(
    definition,
    testRuntimeConfig(database, {
      // The service's own principal and a group its ACLs allow (csirt-<service>.*), not the
      // service's real group, so tests never take events from a stack on the same broker.
      kafkaSasl: testKafkaSasl(definition.name),
      consumerGroup: `csirt-${definition.name}.test-${database.replace(/^csirt_test_/, '')}`,
      ...overrides,
    }),
  );
  await service.start();
  registerTestSubgraph(service.url, definition.name);
  return service;
}
