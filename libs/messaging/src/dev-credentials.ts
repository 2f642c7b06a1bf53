import { readFileSync } from 'node:fs';

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

/** Partner ids among the dev principals: `alpha` for `partner-alpha`. */
export function devPartnerIds(credentials: ReadonlyMap<string, string>): string[] {
  return [...credentials.keys()].filter((principal) => principal.startsWith('partner-')).map((principal) => principal.slice('partner-'.length));
}
