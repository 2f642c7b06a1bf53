import type { DevAuthConfig } from '../config';

/** A development identity as the dev issuer offers it (server/dev-issuer.ts). */
export interface DevIdentity {
  subject: string;
  name: string;
  roles: string[];
  clearance: string;
  description: string;
}

export async function listDevIdentities(config: DevAuthConfig): Promise<{ identities: DevIdentity[]; roles: string[]; clearances: string[] }> {
  const response = await fetch(`${config.issuerUrl}/identities`);
  if (!response.ok) throw new Error(`the development issuer did not answer (HTTP ${response.status})`);
  return (await response.json()) as { identities: DevIdentity[]; roles: string[]; clearances: string[] };
}

export async function requestDevToken(
  config: DevAuthConfig,
  request: { subject: string; name: string; roles: string[]; clearance: string },
): Promise<string> {
  const response = await fetch(`${config.issuerUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `the development issuer refused (HTTP ${response.status})`);
  return body.token;
}
