import { envSchemas, parseEnvironment, requestLimitsEnvironment, toRequestLimits } from '@csirt/service';
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
    AUTH_JWT_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
    AUTH_JWKS_URL: z.url().optional(),
    AUTH_ISSUER: z.string().min(1).default('csirt-platform'),
    AUTH_AUDIENCE: z.string().min(1).default('csirt-platform'),
    AUTH_MAX_TOKEN_LIFETIME_SECONDS: envSchemas.maxTokenLifetimeSeconds(),
    GATEWAY_CREDENTIAL_SECRET: envSchemas.gatewayCredentialSecret(),
    LOG_LEVEL: envSchemas.logLevel(),
    GRAPHQL_INTROSPECTION: envSchemas.boolean(false),
    ...requestLimitsEnvironment,
  })
  .refine((env) => env.AUTH_JWT_SECRET || env.AUTH_JWKS_URL, {
    message: 'set AUTH_JWKS_URL (identity provider) or AUTH_JWT_SECRET (shared secret)',
    path: ['AUTH_JWKS_URL'],
  });

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
    auth: {
      secret: env.AUTH_JWT_SECRET,
      jwksUrl: env.AUTH_JWKS_URL,
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      maxLifetimeSeconds: env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    },
    gatewayCredentialSecret: env.GATEWAY_CREDENTIAL_SECRET,
    logLevel: env.LOG_LEVEL,
    introspection: env.GRAPHQL_INTROSPECTION,
    limits: toRequestLimits(env),
  };
}

export type GatewayConfig = ReturnType<typeof readEnvironment>;
