import { readFileSync } from 'node:fs';
import { parseEnvironment, subgraphEnvironment, toRuntimeConfig } from '@csirt/service';
import { z } from 'zod';
import type { CsafDirectoryConfig } from './directory/directory.config';

/** The only reader of process.env in this service. Exits with a message on a bad value. */
export function readEnvironment() {
  return toRuntimeConfig(parseEnvironment('announcements', subgraphEnvironment({ port: 4004 }), process.env));
}

// --- CSAF provider directory (served under /.well-known/csaf/, through the gateway) ---
const csafDirectorySchema = z.object({
  /** Public URL of the directory: the gateway's address plus /.well-known/csaf. */
  CSAF_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4000/.well-known/csaf'),
  /** Armoured OpenPGP public keys, comma-separated file paths, current key first. */
  CSAF_PUBLIC_KEY_FILES: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((path) => path.trim()).filter(Boolean)),
  CSAF_PUBLISHER_NAME: z.string().min(1).max(200).default('CSIRT'),
  CSAF_PUBLISHER_NAMESPACE: z.url({ protocol: /^https?$/ }).default('https://csirt.example.org'),
});

/** The provider directory's settings; reads the public key files named (exits when one cannot be read). */
export function readCsafDirectoryEnvironment(): CsafDirectoryConfig {
  const env = parseEnvironment('announcements', csafDirectorySchema, process.env);
  return {
    baseUrl: env.CSAF_BASE_URL,
    // A CSIRT is a coordinator in CSAF's vocabulary (§3.2.1.8.1).
    publisher: { category: 'coordinator', name: env.CSAF_PUBLISHER_NAME, namespace: env.CSAF_PUBLISHER_NAMESPACE },
    armoredPublicKeys: env.CSAF_PUBLIC_KEY_FILES.map((path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        process.stderr.write(`announcements: invalid configuration\n  CSAF_PUBLIC_KEY_FILES: cannot read ${path}\n`);
        process.exit(1);
      }
    }),
  };
}
