import { parsePartnerAccess, type PartnerAccess } from './acls';
import { readFileSync } from 'node:fs';

/**
 * The one home of the local development broker's address: the client listener that
 * infra/kafka/kafka.sh (KAFKA_PORT) and compose-broker.sh (KAFKA_EXTERNAL_PORT) open on the
 * host by default. Tests, dev scripts and tools fall back to it when KAFKA_BROKERS is unset;
 * the shell scripts keep their own default and point here. Never a production default.
 */
export const DEV_KAFKA_BROKERS = '127.0.0.1:19092';

/**
 * Reads a `principal=password` file such as infra/kafka/dev-credentials.properties (the
 * public, dev-only users the local broker is formatted with). Never for production, whose
 * credentials come from the environment.
 */
export function readDevKafkaCredentials(path: string): Map<string, string> {
  return new Map(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * The dev partners (principals `partner-<id>` in the credentials file) with the TLP
 * ceilings of their dev agreements (`ceilings`: partner id → label, from
 * `readDevPartnerCeilings`); a partner without one gets TLP:CLEAR, the least it may read.
 */
export function devPartners(credentials: ReadonlyMap<string, string>, ceilings: ReadonlyMap<string, string>): PartnerAccess[] {
  return devPartnerIds(credentials).map((id) => parsePartnerAccess(ceilings.has(id) ? `${id}:${ceilings.get(id)}` : id));
}

/** Reads infra/kafka/dev-partners.properties (`<partner id>=<TLP ceiling>`, dev agreements). */
export function readDevPartnerCeilings(path: string): Map<string, string> {
  return readDevKafkaCredentials(path);
}

/** Partner ids among the dev principals: `alpha` for `partner-alpha`. */
export function devPartnerIds(credentials: ReadonlyMap<string, string>): string[] {
  return [...credentials.keys()].filter((principal) => principal.startsWith('partner-')).map((principal) => principal.slice('partner-'.length));
}
