import type { OidcAuthConfig } from '../config';
import { codeChallenge, randomToken } from './pkce';

/**
 * OpenID Connect authorisation code flow with PKCE, for a public client (no secret in the
 * browser). The verifier and state live in sessionStorage only between the redirect to the
 * identity provider and the way back.
 */
const PENDING_KEY = 'csirt-console.oidc-pending';

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`the identity provider did not answer its discovery document (HTTP ${response.status})`);
  return (await response.json()) as Discovery;
}

function redirectUri(config: OidcAuthConfig): string {
  return config.redirectUri ?? `${window.location.origin}/`;
}

/** Sends the browser to the identity provider. */
export async function startOidcSignIn(config: OidcAuthConfig): Promise<void> {
  const discovery = await discover(config.issuer);
  const verifier = randomToken();
  const state = randomToken();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(config),
    scope: config.scope,
    state,
    code_challenge: await codeChallenge(verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/**
 * On the way back from the identity provider (?code=…&state=…): checks the state, exchanges
 * the code for tokens and returns the access token; null when this page load is not a return.
 */
export async function completeOidcSignIn(config: OidcAuthConfig): Promise<string | null> {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(PENDING_KEY);
  window.history.replaceState(null, '', window.location.pathname + window.location.hash);
  if (error) throw new Error(`the identity provider refused the sign-in: ${params.get('error_description') ?? error}`);
  if (!pending || pending.state !== params.get('state')) throw new Error('the sign-in answer does not match a sign-in started here; try again');
  const discovery = await discover(config.issuer);
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: code as string,
      redirect_uri: redirectUri(config),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`the identity provider did not issue a token (HTTP ${response.status})`);
  const tokens = (await response.json()) as { access_token?: string };
  if (!tokens.access_token) throw new Error('the identity provider answered without an access token');
  return tokens.access_token;
}
