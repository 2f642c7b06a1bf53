import { join } from 'node:path';
import { envSchemas, parseEnvironment } from '@csirt/service';
import { z } from 'zod';

const schema = z
  .object({
    NODE_ENV: z.string().default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: envSchemas.port(4100),
    /** Where the server forwards /graphql: the gateway, and nothing else. */
    GATEWAY_URL: z.url().default('http://localhost:4000/graphql'),
    /** The GraphQL URL the browser uses; /graphql (this server, same origin) unless the gateway is called directly. */
    PUBLIC_GRAPHQL_URL: z.string().min(1).default('/graphql'),
    /** The built SPA; beside the bundle in the image, dist/apps/console/public in the workspace. */
    STATIC_DIR: z.string().min(1).optional(),
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_SCOPE: z.string().min(1).default('openid profile'),
    OIDC_REDIRECT_URI: z.url().optional(),
    /** Development only: serve /dev-auth, which signs tokens for any role with AUTH_JWT_SECRET. */
    DEV_ISSUER: envSchemas.boolean(false),
    AUTH_JWT_SECRET: z.string().min(32).optional(),
    AUTH_ISSUER: z.string().default('csirt-platform'),
    AUTH_AUDIENCE: z.string().default('csirt-platform'),
    AUTH_MAX_TOKEN_LIFETIME_SECONDS: envSchemas.maxTokenLifetimeSeconds(),
    LOG_LEVEL: envSchemas.logLevel(),
  })
  .refine((env) => !(env.DEV_ISSUER && env.NODE_ENV === 'production'), {
    message: 'the development issuer never runs with NODE_ENV=production; configure OIDC_ISSUER and OIDC_CLIENT_ID',
    path: ['DEV_ISSUER'],
  })
  .refine((env) => !env.DEV_ISSUER || env.AUTH_JWT_SECRET, { message: 'DEV_ISSUER needs AUTH_JWT_SECRET (the secret the stack verifies with)', path: ['AUTH_JWT_SECRET'] })
  .refine((env) => env.DEV_ISSUER || (env.OIDC_ISSUER && env.OIDC_CLIENT_ID), {
    message: 'set OIDC_ISSUER and OIDC_CLIENT_ID (or DEV_ISSUER=true on a development machine)',
    path: ['OIDC_ISSUER'],
  });

/** The only reader of process.env in the console server. Exits with a message on a bad value. */
export function readEnvironment(env: Record<string, string | undefined> = process.env) {
  const parsed = parseEnvironment('console', schema, env);
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    gatewayUrl: parsed.GATEWAY_URL,
    publicGraphqlUrl: parsed.PUBLIC_GRAPHQL_URL,
    staticDir: parsed.STATIC_DIR ?? join(__dirname, 'public'),
    oidc:
      parsed.OIDC_ISSUER && parsed.OIDC_CLIENT_ID
        ? { issuer: parsed.OIDC_ISSUER, clientId: parsed.OIDC_CLIENT_ID, scope: parsed.OIDC_SCOPE, redirectUri: parsed.OIDC_REDIRECT_URI }
        : null,
    devIssuer:
      parsed.DEV_ISSUER && parsed.AUTH_JWT_SECRET
        ? {
            secret: parsed.AUTH_JWT_SECRET,
            issuer: parsed.AUTH_ISSUER,
            audience: parsed.AUTH_AUDIENCE,
            lifetimeSeconds: Math.min(8 * 3600, parsed.AUTH_MAX_TOKEN_LIFETIME_SECONDS),
          }
        : null,
    logLevel: parsed.LOG_LEVEL,
  };
}

export type ConsoleServerConfig = ReturnType<typeof readEnvironment>;
