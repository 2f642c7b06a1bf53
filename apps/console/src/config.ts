/**
 * What the console needs to know about where it runs, read at start-up from /config.json
 * (written by the console server from its environment), so one build serves every
 * environment. Only the shape is decided here; the values come from server/environment.ts.
 */
export interface DevAuthConfig {
  mode: 'dev';
  /** Base URL of the development token issuer (never present in production). */
  issuerUrl: string;
}

export interface OidcAuthConfig {
  mode: 'oidc';
  issuer: string;
  clientId: string;
  scope: string;
  /** Where the identity provider sends the browser back; the console's own URL when absent. */
  redirectUri?: string;
}

export interface ConsoleConfig {
  /** The gateway's GraphQL endpoint as the browser reaches it. */
  graphqlUrl: string;
  auth: DevAuthConfig | OidcAuthConfig;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`the console's configuration could not be loaded (HTTP ${response.status})`);
  return (await response.json()) as ConsoleConfig;
}
