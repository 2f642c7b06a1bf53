import type { ProviderDirectoryOptions } from '@csirt/csaf';

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
