import { useEffect, useState, type FormEvent } from 'react';
import { listDevIdentities, type DevIdentity } from '../auth/dev';
import { useSession } from '../auth/session';
import { TlpBadge } from '../components/Tlp';

/**
 * Locally: pick a development identity (or compose one: roles and clearance) and get a
 * token from the development issuer. In production: single sign-on with the identity
 * provider (OpenID Connect, authorisation code flow with PKCE).
 */
export function SignIn() {
  const { config, signInDev, signInOidc, signInError } = useSession();
  return (
    <main className="page sign-in" id="content">
      <h1>CSIRT console: sign in</h1>
      {signInError && (
        <p role="alert" className="state state-error">
          {signInError}
        </p>
      )}
      {config.auth.mode === 'oidc' ? (
        <button type="button" className="primary" onClick={() => void signInOidc()}>
          Sign in with your organisation
        </button>
      ) : (
        <DevSignIn onSignIn={signInDev} />
      )}
    </main>
  );
}

function DevSignIn({ onSignIn }: { onSignIn: (request: { subject: string; name: string; roles: string[]; clearance: string }) => Promise<void> }) {
  const { config } = useSession();
  const [catalogue, setCatalogue] = useState<{ identities: DevIdentity[]; roles: string[]; clearances: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [roles, setRoles] = useState<string[]>(['ANALYST']);
  const [clearance, setClearance] = useState('AMBER');
  const [subject, setSubject] = useState('dev-custom');

  useEffect(() => {
    if (config.auth.mode !== 'dev') return;
    listDevIdentities(config.auth).then(setCatalogue, (failure: Error) => setError(failure.message));
  }, [config]);

  if (error)
    return (
      <p role="alert" className="state state-error">
        {error}
      </p>
    );
  if (!catalogue) return <p role="status">Loading development identities…</p>;
  const custom = (event: FormEvent) => {
    event.preventDefault();
    void onSignIn({ subject, name: subject, roles, clearance });
  };
  return (
    <>
      <p className="note">Development sign-in: tokens come from the local development issuer, which never runs in production.</p>
      <h2>Development identities</h2>
      <ul className="identities">
        {catalogue.identities.map((identity) => (
          <li key={identity.subject}>
            <button type="button" onClick={() => void onSignIn(identity)} data-identity={identity.subject}>
              <strong>{identity.name}</strong>
              <span>
                {identity.roles.join(', ')} · <TlpBadge tlp={identity.clearance} />
              </span>
              <small>{identity.description}</small>
            </button>
          </li>
        ))}
      </ul>
      <h2>Another identity</h2>
      <form onSubmit={custom} className="form">
        <label>
          Subject
          <input value={subject} onChange={(event) => setSubject(event.target.value)} required />
        </label>
        <fieldset>
          <legend>Roles</legend>
          {catalogue.roles.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(event) => setRoles(event.target.checked ? [...roles, role] : roles.filter((r) => r !== role))}
              />
              {role}
            </label>
          ))}
        </fieldset>
        <label>
          Clearance
          <select value={clearance} onChange={(event) => setClearance(event.target.value)}>
            {catalogue.clearances.map((tlp) => (
              <option key={tlp} value={tlp}>
                {tlp.replace('_', '+')}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={roles.length === 0}>
          Sign in as {subject}
        </button>
      </form>
    </>
  );
}
