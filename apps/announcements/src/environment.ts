import { readFileSync } from 'node:fs';
import { PUBLISHER_CATEGORIES } from '@csirt/csaf';
import { envSchemas, parseEnvironment, subgraphEnvironment, toRuntimeConfig } from '@csirt/service';
import { z } from 'zod';

/** The only reader of process.env in this service. Exits with a message on a bad value. */
export function readEnvironment() {
  return toRuntimeConfig(parseEnvironment('announcements', subgraphEnvironment({ port: 4004 }), process.env));
}

/**
 * Partner delivery: who publishes the CSAF documents, where the provider directory is
 * served, and the OpenPGP key that signs them. The private key is read from a file (a
 * mounted secret), never from a variable's value; its passphrase may come from a file too.
 */
const csafDeliverySchema = z
  .object({
    CSAF_BASE_URL: envSchemas.httpUrl(),
    CSAF_PUBLISHER_NAME: z.string().trim().min(1).max(1_000),
    CSAF_PUBLISHER_NAMESPACE: envSchemas.httpUrl(),
    CSAF_PUBLISHER_CATEGORY: z.enum(PUBLISHER_CATEGORIES).default('coordinator'),
    CSAF_PUBLISHER_CONTACT: z.string().trim().min(1).max(1_000).optional(),
    CSAF_SIGNING_KEY_FILE: envSchemas.readableFile(),
    CSAF_SIGNING_KEY_PASSPHRASE_FILE: envSchemas.readableFile().optional(),
  });

export type CsafDeliveryEnvironment = ReturnType<typeof readCsafDeliveryEnvironment>;

/** The `CSAF_*` variables of partner delivery, key material read from its files. */
export function readCsafDeliveryEnvironment() {
  const env = parseEnvironment('announcements', csafDeliverySchema, process.env);
  return {
    baseUrl: env.CSAF_BASE_URL,
    publisher: {
      name: env.CSAF_PUBLISHER_NAME,
      namespace: env.CSAF_PUBLISHER_NAMESPACE,
      category: env.CSAF_PUBLISHER_CATEGORY,
      contactDetails: env.CSAF_PUBLISHER_CONTACT,
    },
    armoredSigningKey: readFileSync(env.CSAF_SIGNING_KEY_FILE, 'utf8'),
    signingKeyPassphrase: env.CSAF_SIGNING_KEY_PASSPHRASE_FILE ? readFileSync(env.CSAF_SIGNING_KEY_PASSPHRASE_FILE, 'utf8').trim() : undefined,
  };
}
