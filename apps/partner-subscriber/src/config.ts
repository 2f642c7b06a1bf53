import type { KafkaConnection } from '@csirt/messaging';
import type { LogLevel } from './logger';

/** Everything the subscriber needs, parsed and checked by environment.ts (or built by a test). */
export interface SubscriberConfig {
  /** The partner's code at the platform: `alpha` for principal `partner-alpha`. */
  partnerCode: string;
  kafka: KafkaConnection;
  /** The partner's own `csirt.partner.<code>.advisories` and the community topics, by default. */
  topics: string[];
  /** `csirt-partner-<code>` or `csirt-partner-<code>.<anything>`: the only groups the broker lets it join. */
  groupId: string;
  /** Where a group with no committed offset starts: the beginning of the topics' retention, or their end. */
  fromBeginning: boolean;
  /** Root of the local CSAF mirror. */
  mirrorDir: string;
  keys: TrustedKeySources;
  acknowledgement: AcknowledgementConfig;
  logLevel: LogLevel;
}

/** Where the publisher's public keys come from, and which of them the partner trusts. */
export interface TrustedKeySources {
  /** Upper-case hex fingerprints the partner pinned; a key not listed here is never used. */
  pinnedFingerprints: string[];
  /** `<gateway>/.well-known/csaf/provider-metadata.json`: its `public_openpgp_keys` are fetched. */
  providerMetadataUrl?: string;
  /** Armoured public keys on disk (received out of band). */
  publicKeyFiles: string[];
  /** A signature by a key not in the ring re-reads the sources at most this often. */
  refreshMinIntervalMs: number;
}

export interface AcknowledgementConfig {
  /** The platform's GraphQL endpoint (the gateway), e.g. `https://csirt.example.org/graphql`. */
  graphqlUrl: string;
  /** The bearer token: a fixed value, or a file re-read before every request so it can be rotated. */
  token: { value: string } | { file: string };
  /** Pending acknowledgements are retried this often. */
  retryIntervalMs: number;
  /** Longest wait between two attempts of one acknowledgement. */
  maxBackoffMs: number;
  /** One HTTP request may take this long. */
  timeoutMs: number;
}
