import { readFileSync } from 'node:fs';
import { isPartnerId, partnerPrincipal } from '@csirt/contracts';
import { KAFKA_SASL_MECHANISMS } from '@csirt/messaging';
import { z } from 'zod';
import type { SubscriberConfig } from './config';
import { defaultTopics } from './topics';

const list = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

const boolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'yes'].includes(value));

const milliseconds = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** GnuPG prints fingerprints in groups of four; they are pinned whatever the spacing or case. */
const fingerprints = z
  .string({ error: 'required: the fingerprints of the publisher keys you trust, comma-separated' })
  .transform((value) => value.split(',').map((item) => item.replace(/\s+/g, '').toUpperCase()).filter(Boolean))
  .refine((items) => items.length > 0, 'pin at least one key fingerprint')
  .refine((items) => items.every((item) => /^([0-9A-F]{40}|[0-9A-F]{64})$/.test(item)), 'a fingerprint is 40 (v4) or 64 (v6) hex digits');

export const subscriberEnvironment = z
  .object({
    PARTNER_CODE: z.string({ error: 'required: your partner code at the platform (alpha for partner-alpha)' }).refine(isPartnerId, 'lower-case letters, digits and dashes'),
    KAFKA_BROKERS: z
      .string({ error: 'required: the broker addresses the platform gave you' })
      .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean))
      .refine((brokers) => brokers.length > 0 && brokers.every((broker) => /^[^:\s]+:\d+$/.test(broker)), 'expected host:port[,host:port...]'),
    KAFKA_SASL_MECHANISM: z.enum(KAFKA_SASL_MECHANISMS).default('scram-sha-512'),
    KAFKA_SASL_USERNAME: z.string().min(1).optional(),
    KAFKA_SASL_PASSWORD: z.string({ error: 'required: the password of your Kafka principal' }).min(1),
    KAFKA_SSL: boolean(false),
    KAFKA_SSL_CA_FILE: z.string().min(1).optional(),
    KAFKA_TOPICS: list.optional(),
    KAFKA_CONSUMER_GROUP: z.string().min(1).optional(),
    KAFKA_FROM_BEGINNING: boolean(true),
    MIRROR_DIR: z.string({ error: 'required: the folder the documents are stored in' }).min(1),
    TRUSTED_KEY_FINGERPRINTS: fingerprints,
    PROVIDER_METADATA_URL: z.url({ protocol: /^https?$/ }).optional(),
    PUBLIC_KEY_FILES: list.optional(),
    KEY_REFRESH_MIN_INTERVAL_MS: milliseconds(60_000, 0, 24 * 3600_000),
    GRAPHQL_URL: z.url({ protocol: /^https?$/, error: 'required: the platform GraphQL endpoint, e.g. https://csirt.example.org/graphql' }),
    API_TOKEN: z.string().min(1).optional(),
    API_TOKEN_FILE: z.string().min(1).optional(),
    ACK_RETRY_INTERVAL_MS: milliseconds(30_000, 100, 24 * 3600_000),
    ACK_MAX_BACKOFF_MS: milliseconds(3600_000, 100, 7 * 24 * 3600_000),
    ACK_TIMEOUT_MS: milliseconds(10_000, 100, 600_000),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  })
  .refine((env) => Boolean(env.PROVIDER_METADATA_URL) || (env.PUBLIC_KEY_FILES?.length ?? 0) > 0, {
    message: 'set PROVIDER_METADATA_URL, PUBLIC_KEY_FILES or both: where the publisher keys come from',
    path: ['PROVIDER_METADATA_URL'],
  })
  .refine((env) => !env.API_TOKEN !== !env.API_TOKEN_FILE, {
    message: 'set exactly one of API_TOKEN and API_TOKEN_FILE: the bearer token acknowledgements are sent with',
    path: ['API_TOKEN'],
  })
  .refine(
    // The broker's ACLs let partner-<code> join only these groups; say so now rather than
    // fail with an authorisation error from the broker later.
    (env) => !env.KAFKA_CONSUMER_GROUP || env.KAFKA_CONSUMER_GROUP === groupPrefix(env.PARTNER_CODE) || env.KAFKA_CONSUMER_GROUP.startsWith(`${groupPrefix(env.PARTNER_CODE)}.`),
    { message: 'the consumer group must be csirt-partner-<code> or start with csirt-partner-<code>.', path: ['KAFKA_CONSUMER_GROUP'] },
  );

function groupPrefix(code: string): string {
  return `csirt-${isPartnerId(code) ? partnerPrincipal(code) : 'partner-?'}`;
}

export type SubscriberEnvironmentParse = { ok: true; config: SubscriberConfig } | { ok: false; problems: string[] };

/** Parses the variables into the subscriber's configuration; never exits (tests call it). */
export function parseSubscriberEnvironment(env: Record<string, string | undefined>): SubscriberEnvironmentParse {
  const parsed = subscriberEnvironment.safeParse(env);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const e = parsed.data;
  return {
    ok: true,
    config: {
      partnerCode: e.PARTNER_CODE,
      kafka: {
        brokers: e.KAFKA_BROKERS,
        sasl: { mechanism: e.KAFKA_SASL_MECHANISM, username: e.KAFKA_SASL_USERNAME ?? partnerPrincipal(e.PARTNER_CODE), password: e.KAFKA_SASL_PASSWORD },
        tls: e.KAFKA_SSL ? { ca: e.KAFKA_SSL_CA_FILE ? readFileSync(e.KAFKA_SSL_CA_FILE, 'utf8') : undefined } : undefined,
      },
      topics: e.KAFKA_TOPICS?.length ? e.KAFKA_TOPICS : defaultTopics(e.PARTNER_CODE),
      groupId: e.KAFKA_CONSUMER_GROUP ?? `${groupPrefix(e.PARTNER_CODE)}.subscriber`,
      fromBeginning: e.KAFKA_FROM_BEGINNING,
      mirrorDir: e.MIRROR_DIR,
      keys: {
        pinnedFingerprints: e.TRUSTED_KEY_FINGERPRINTS,
        providerMetadataUrl: e.PROVIDER_METADATA_URL,
        publicKeyFiles: e.PUBLIC_KEY_FILES ?? [],
        refreshMinIntervalMs: e.KEY_REFRESH_MIN_INTERVAL_MS,
      },
      acknowledgement: {
        graphqlUrl: e.GRAPHQL_URL,
        token: e.API_TOKEN ? { value: e.API_TOKEN } : { file: e.API_TOKEN_FILE as string },
        retryIntervalMs: e.ACK_RETRY_INTERVAL_MS,
        maxBackoffMs: e.ACK_MAX_BACKOFF_MS,
        timeoutMs: e.ACK_TIMEOUT_MS,
      },
      logLevel: e.LOG_LEVEL,
    },
  };
}

/** The only reader of process.env in this program. Exits with a message on a bad value. */
export function readEnvironment(): SubscriberConfig {
  const parsed = parseSubscriberEnvironment(process.env);
  if (parsed.ok) return parsed.config;
  process.stderr.write(`partner-subscriber: invalid configuration\n${parsed.problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exit(1);
}
