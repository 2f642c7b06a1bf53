import { telemetryEnvironment, authEnvironment, authKeyGiven, envSchemas, parseEnvironment, requestLimitsEnvironment, toAuthConfig, toRequestLimits } from '@csirt/service';
import { z } from 'zod';

const schema = z
  .object({
    HOST: z.string().default('0.0.0.0'),
    PORT: envSchemas.port(4000),
    INTAKE_URL: z.url().default('http://localhost:4001/graphql'),
    INCIDENTS_URL: z.url().default('http://localhost:4002/graphql'),
    TEAMS_URL: z.url().default('http://localhost:4003/graphql'),
    ANNOUNCEMENTS_URL: z.url().default('http://localhost:4004/graphql'),
    SUPERGRAPH_PATH: z.string().optional(),
    /** Where the analysts' console is served, linked from the API's landing page (development). */
    CONSOLE_URL: z.url().optional(),
    ...authEnvironment,
    LOG_LEVEL: envSchemas.logLevel(),
    GRAPHQL_INTROSPECTION: envSchemas.boolean(false),
    ...requestLimitsEnvironment,
    ...telemetryEnvironment,
  })
  .refine(authKeyGiven.check, authKeyGiven.message);

/** The only reader of process.env in the gateway. Exits with a message on a bad value. */
export function readEnvironment() {
  const env = parseEnvironment('gateway', schema, process.env);
  return {
    host: env.HOST,
    port: env.PORT,
    subgraphUrls: {
      intake: env.INTAKE_URL,
      incidents: env.INCIDENTS_URL,
      teams: env.TEAMS_URL,
      announcements: env.ANNOUNCEMENTS_URL,
    },
    supergraphPath: env.SUPERGRAPH_PATH,
    consoleUrl: env.CONSOLE_URL,
    ...toAuthConfig(env),
    logLevel: env.LOG_LEVEL,
    introspection: env.GRAPHQL_INTROSPECTION,
    limits: toRequestLimits(env),
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
  };
}

export type GatewayConfig = ReturnType<typeof readEnvironment>;
