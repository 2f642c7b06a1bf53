import { loadPublicKeys, type CsafSigningKey, type ProviderDirectoryOptions } from '@csirt/csaf';

/** What the provider directory needs from the service's configuration (see environment.ts). */
export interface CsafDirectoryConfig {
  /** Public URL of the directory, e.g. `https://cert.example.org/.well-known/csaf`. */
  baseUrl: string;
  /** The CSAF publisher block, as in the documents. */
  publisher: ProviderDirectoryOptions['publisher'];
  /**
   * Armoured public keys, current first. Keep every key that signed a document still
   * served: rotation adds a key, it never removes the one older signatures need.
   */
  armoredPublicKeys: string[];
}

/**
 * The directory's settings from the service's CSAF configuration: the same publisher as
 * the documents, and the signing key's public half listed first unless the configured
 * keys already carry it, so a partner can always verify what is being signed now.
 */
export async function csafDirectoryConfig(
  csaf: { baseUrl: string; publisher: { name: string; namespace: string; category: string; contactDetails?: string }; armoredPublicKeys: string[] },
  signingKey: Pick<CsafSigningKey, 'fingerprint' | 'armoredPublicKey'>,
): Promise<CsafDirectoryConfig> {
  const listed = (await loadPublicKeys(csaf.armoredPublicKeys)).fingerprints.includes(signingKey.fingerprint);
  return {
    baseUrl: csaf.baseUrl,
    publisher: {
      category: csaf.publisher.category,
      name: csaf.publisher.name,
      namespace: csaf.publisher.namespace,
      ...(csaf.publisher.contactDetails ? { contact_details: csaf.publisher.contactDetails } : {}),
    },
    armoredPublicKeys: listed ? csaf.armoredPublicKeys : [signingKey.armoredPublicKey, ...csaf.armoredPublicKeys],
  };
}
