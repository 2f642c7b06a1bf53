import { readFileSync } from 'node:fs';
import { PUBLISHER_CATEGORIES } from '@csirt/csaf';
import { envSchemas, parseEnvironment, subgraphEnvironment, toRuntimeConfig } from '@csirt/service';
import { z } from 'zod';

/** The only reader of process.env in this service. Exits with a message on a bad value. */
export function readEnvironment() {
  return toRuntimeConfig(parseEnvironment('announcements', subgraphEnvironment({ port: 4004 }), process.env));
}

/**
 * CSAF: who publishes the documents, where the provider directory is served (through the
 * gateway, under /.well-known/csaf), the OpenPGP key that signs them and the public keys
 * the directory lists. Key material is read from files (mounted secrets), never from a
 * variable's value.
 */
const csafSchema = z.object({
  CSAF_BASE_URL: envSchemas.httpUrl(),
  CSAF_PUBLISHER_NAME: z.string().trim().min(1).max(1_000),
  CSAF_PUBLISHER_NAMESPACE: envSchemas.httpUrl(),
  CSAF_PUBLISHER_CATEGORY: z.enum(PUBLISHER_CATEGORIES).default('coordinator'),
  CSAF_PUBLISHER_CONTACT: z.string().trim().min(1).max(1_000).optional(),
  CSAF_SIGNING_KEY_FILE: envSchemas.readableFile(),
  CSAF_SIGNING_KEY_PASSPHRASE_FILE: envSchemas.readableFile().optional(),
  /**
   * Public keys the directory lists, comma-separated files, current first. Keep rotated-out
   * keys here so older signatures still verify; the signing key's own public key is listed
   * even when it is missing from this list.
   */
  CSAF_PUBLIC_KEY_FILES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((path) => path.trim()).filter(Boolean))
    .pipe(z.array(envSchemas.readableFile())),
});

export type CsafEnvironment = ReturnType<typeof readCsafEnvironment>;

/** The `CSAF_*` variables of partner delivery and the provider directory, key material read from its files. */
export function readCsafEnvironment() {
  const env = parseEnvironment('announcements', csafSchema, process.env);
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
    armoredPublicKeys: env.CSAF_PUBLIC_KEY_FILES.map((path) => readFileSync(path, 'utf8')),
  };
}
