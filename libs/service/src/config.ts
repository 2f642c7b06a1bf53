import { accessSync, constants, readFileSync } from 'node:fs';
import { KAFKA_SASL_MECHANISMS, type KafkaConnection } from '@csirt/messaging';
import { z } from 'zod';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './request-limits';

/**
 * Pieces of environment parsing every app shares. Each app's environment.ts is still the
 * only place that reads process.env; these only describe what a value must look like.
 */
export const envSchemas = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  boolean: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .default(fallback ? 'true' : 'false')
      .transform((value) => ['true', '1', 'yes'].includes(value)),
  brokers: () =>
    z
      .string()
      .min(1)
      .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean))
      .refine((list) => list.every((broker) => /^[^:\s]+:\d+$/.test(broker)), 'expected host:port[,host:port...]'),
  postgresUrl: () => z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL'),
  /** An http(s) URL, e.g. a public base URL. */
  httpUrl: () => z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }),
  /** A path to a file this process can read now (a mounted secret, say); checked at start. */
  readableFile: () =>
    z
      .string()
      .min(1)
      .refine((path) => {
        try {
          accessSync(path, constants.R_OK);
          return true;
        } catch {
          return false;
        }
      }, 'expected the path of a readable file'),
  logLevel: () => z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** GATEWAY_CREDENTIAL_SECRET: the gateway signs, every subgraph verifies; never optional. */
  gatewayCredentialSecret: () => z.string({ error: 'required: the secret the gateway signs its subgraph credential with' }).min(32, 'use at least 32 characters'),
  /** AUTH_MAX_TOKEN_LIFETIME_SECONDS: the longest-lived user token accepted. */
  maxTokenLifetimeSeconds: () => z.coerce.number().int().min(60).max(7 * 24 * 3600).default(12 * 3600),
};

/**
 * How an app reaches Kafka and who it is there: the broker list and the SASL principal
 * (its own, e.g. `intake`; the broker's ACLs grant that name its topics and groups).
 * Username and password come together or not at all. KAFKA_SSL turns TLS on;
 * KAFKA_SSL_CA_FILE names a PEM file when the cluster's CA is private.
 */
export const kafkaEnvironment = {
  KAFKA_BROKERS: envSchemas.brokers(),
  KAFKA_SASL_MECHANISM: z.enum(KAFKA_SASL_MECHANISMS).default('scram-sha-512'),
  KAFKA_SASL_USERNAME: z.string().min(1).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
  KAFKA_SSL: envSchemas.boolean(false),
  KAFKA_SSL_CA_FILE: z.string().min(1).optional(),
};

type KafkaEnv = z.infer<z.ZodObject<typeof kafkaEnvironment>>;

export const kafkaCredentialsComplete = {
  check: (env: Pick<KafkaEnv, 'KAFKA_SASL_USERNAME' | 'KAFKA_SASL_PASSWORD'>) => !env.KAFKA_SASL_USERNAME === !env.KAFKA_SASL_PASSWORD,
  message: { message: 'set both KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD, or neither', path: ['KAFKA_SASL_PASSWORD'] },
};

/** The parsed Kafka variables as the messaging library's connection settings. */
export function toKafkaConnection(env: KafkaEnv): KafkaConnection {
  return {
    brokers: env.KAFKA_BROKERS,
    sasl:
      env.KAFKA_SASL_USERNAME && env.KAFKA_SASL_PASSWORD
        ? { mechanism: env.KAFKA_SASL_MECHANISM, username: env.KAFKA_SASL_USERNAME, password: env.KAFKA_SASL_PASSWORD }
        : undefined,
    tls: env.KAFKA_SSL ? { ca: env.KAFKA_SSL_CA_FILE ? readFileSync(env.KAFKA_SSL_CA_FILE, 'utf8') : undefined } : undefined,
  };
}

/**
 * Parses `env` with `schema`; on failure prints every bad variable and exits 1, so a
 * misconfigured deployment stops at once with a message instead of failing later.
 */
export function parseEnvironment<T extends z.ZodType>(service: string, schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
  process.stderr.write(`${service}: invalid configuration\n${problems}\n`);
  process.exit(1);
}

const limit = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/**
 * The request-size limits, read the same way by the gateway and every subgraph: spread
 * into an app's environment schema, then turned into `RequestLimits` by `toRequestLimits`.
 */
/** OpenTelemetry: where spans go (an OTLP/HTTP collector); unset, nothing is exported. */
export const telemetryEnvironment = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
};

export const requestLimitsEnvironment = {
  MAX_QUERY_DEPTH: limit(DEFAULT_REQUEST_LIMITS.maxDepth, 50),
  MAX_QUERY_ALIASES: limit(DEFAULT_REQUEST_LIMITS.maxAliases, 1_000),
  MAX_QUERY_DIRECTIVES: limit(DEFAULT_REQUEST_LIMITS.maxDirectives, 1_000),
  MAX_QUERY_TOKENS: limit(DEFAULT_REQUEST_LIMITS.maxTokens, 100_000),
  MAX_QUERY_COST: limit(DEFAULT_REQUEST_LIMITS.maxCost, 1_000_000),
  MAX_INPUT_LIST_LENGTH: limit(DEFAULT_REQUEST_LIMITS.maxListLength, 100_000),
  MAX_INPUT_STRING_LENGTH: limit(DEFAULT_REQUEST_LIMITS.maxStringLength, 10_000_000),
  MAX_ENTITY_REPRESENTATIONS: limit(DEFAULT_REQUEST_LIMITS.maxEntityRepresentations, 100_000),
  MAX_BODY_BYTES: limit(1024 * 1024, 100 * 1024 * 1024),
};

type RequestLimitsEnv = { [K in keyof typeof requestLimitsEnvironment]: number };

export function toRequestLimits(env: RequestLimitsEnv): RequestLimits & { maxBodyBytes: number } {
  return {
    maxDepth: env.MAX_QUERY_DEPTH,
    maxAliases: env.MAX_QUERY_ALIASES,
    maxDirectives: env.MAX_QUERY_DIRECTIVES,
    maxTokens: env.MAX_QUERY_TOKENS,
    maxCost: env.MAX_QUERY_COST,
    maxListLength: env.MAX_INPUT_LIST_LENGTH,
    maxStringLength: env.MAX_INPUT_STRING_LENGTH,
    maxEntityRepresentations: env.MAX_ENTITY_REPRESENTATIONS,
    maxBodyBytes: env.MAX_BODY_BYTES,
  };
}

/**
 * How the gateway and every subgraph verify callers: the user-token key (a shared secret or
 * an identity provider's JWKS), its issuer, audience and longest lifetime, and the secret of
 * the gateway's subgraph credential.
 */
export const authEnvironment = {
  AUTH_JWT_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).default('csirt-platform'),
  AUTH_AUDIENCE: z.string().min(1).default('csirt-platform'),
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: envSchemas.maxTokenLifetimeSeconds(),
  GATEWAY_CREDENTIAL_SECRET: envSchemas.gatewayCredentialSecret(),
};

type AuthEnv = z.infer<z.ZodObject<typeof authEnvironment>>;

export const authKeyGiven = {
  check: (env: Pick<AuthEnv, 'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL'>) => Boolean(env.AUTH_JWT_SECRET || env.AUTH_JWKS_URL),
  message: { message: 'set AUTH_JWKS_URL (identity provider) or AUTH_JWT_SECRET (shared secret)', path: ['AUTH_JWKS_URL'] },
};

/** The parsed auth variables as the token verifier's options and the gateway credential secret. */
export function toAuthConfig(env: AuthEnv) {
  return {
    auth: {
      secret: env.AUTH_JWT_SECRET,
      jwksUrl: env.AUTH_JWKS_URL,
      issuer: env.AUTH_ISSUER,
      audience: env.AUTH_AUDIENCE,
      maxLifetimeSeconds: env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    },
    gatewayCredentialSecret: env.GATEWAY_CREDENTIAL_SECRET,
  };
}

/**
 * The environment variables every subgraph reads, turned into its runtime config.
 * Apps extend the object with their own variables before parsing.
 */
export function subgraphEnvironment(defaults: { port: number }) {
  return z
    .object({
      HOST: z.string().default('0.0.0.0'),
      PORT: envSchemas.port(defaults.port),
      DATABASE_URL: envSchemas.postgresUrl(),
      DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
      ...kafkaEnvironment,
      ...authEnvironment,
      LOG_LEVEL: envSchemas.logLevel(),
      MIGRATE_ON_START: envSchemas.boolean(false),
      GRAPHQL_INTROSPECTION: envSchemas.boolean(false),
      OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
      KAFKA_CONSUMER_GROUP: z.string().min(1).optional(),
      DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
      ...telemetryEnvironment,
      ...requestLimitsEnvironment,
    })
    .refine(authKeyGiven.check, authKeyGiven.message)
    .refine(kafkaCredentialsComplete.check, kafkaCredentialsComplete.message);
}

type SubgraphEnv = z.infer<ReturnType<typeof subgraphEnvironment>>;

export function toRuntimeConfig(env: SubgraphEnv) {
  const kafka = toKafkaConnection(env);
  return {
    host: env.HOST,
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    kafkaBrokers: env.KAFKA_BROKERS,
    kafkaSasl: kafka.sasl,
    kafkaTls: kafka.tls,
    ...toAuthConfig(env),
    logLevel: env.LOG_LEVEL,
    migrateOnStart: env.MIGRATE_ON_START,
    introspection: env.GRAPHQL_INTROSPECTION,
    outboxPollMs: env.OUTBOX_POLL_MS,
    consumerGroup: env.KAFKA_CONSUMER_GROUP,
    databaseStatementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    limits: toRequestLimits(env),
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
  };
}
