import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ConsoleConfig } from '../config';
import { readIdentity, type Identity } from './claims';
import { requestDevToken } from './dev';
import { completeOidcSignIn, startOidcSignIn } from './oidc';

/**
 * The signed-in caller. The token is kept in sessionStorage (this tab only, gone when it
 * closes) and nowhere else; an expired token counts as signed out.
 */
const TOKEN_KEY = 'csirt-console.token';

interface Session {
  config: ConsoleConfig;
  token: string | null;
  identity: Identity | null;
  signInError: string | null;
  signInDev(request: { subject: string; name: string; roles: string[]; clearance: string }): Promise<void>;
  signInOidc(): Promise<void>;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

function usable(token: string | null): string | null {
  if (!token) return null;
  const identity = readIdentity(token);
  if (!identity || (identity.expiresAt !== null && identity.expiresAt <= Date.now())) return null;
  return token;
}

export function SessionProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => usable(sessionStorage.getItem(TOKEN_KEY)));
  const [signInError, setSignInError] = useState<string | null>(null);

  const accept = useCallback((next: string | null) => {
    if (next) sessionStorage.setItem(TOKEN_KEY, next);
    else sessionStorage.removeItem(TOKEN_KEY);
    setToken(next);
  }, []);

  useEffect(() => {
    if (config.auth.mode !== 'oidc') return;
    completeOidcSignIn(config.auth).then(
      (returned) => returned && accept(returned),
      (error: Error) => setSignInError(error.message),
    );
  }, [config, accept]);

  const session = useMemo<Session>(
    () => ({
      config,
      token,
      identity: token ? readIdentity(token) : null,
      signInError,
      async signInDev(request) {
        if (config.auth.mode !== 'dev') throw new Error('development sign-in is not available here');
        setSignInError(null);
        try {
          accept(await requestDevToken(config.auth, request));
        } catch (error) {
          setSignInError((error as Error).message);
        }
      },
      async signInOidc() {
        if (config.auth.mode !== 'oidc') throw new Error('single sign-on is not configured here');
        setSignInError(null);
        await startOidcSignIn(config.auth).catch((error: Error) => setSignInError(error.message));
      },
      signOut() {
        accept(null);
        window.location.hash = '#/';
      },
    }),
    [config, token, signInError, accept],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
