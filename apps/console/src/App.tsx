import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { Provider } from 'urql';
import { hasAnyRole, type Identity } from './auth/claims';
import { useSession } from './auth/session';
import { TlpBadge } from './components/Tlp';
import { Loading } from './components/States';
import { createApiClient } from './graphql/client';
import { useRoute } from './router';
import { SignIn } from './views/SignIn';

/** Each view is its own chunk: the first load carries only the shell and the sign-in page. */
const LOADERS = {
  triage: () => import('./views/TriageQueue'),
  report: () => import('./views/SubmitReport'),
  incidents: () => import('./views/IncidentBoard'),
  incident: () => import('./views/IncidentPage'),
  announcements: () => import('./views/Announcements'),
  advisory: () => import('./views/AdvisoryPage'),
  dashboard: () => import('./views/Dashboard'),
  directory: () => import('./views/Directory'),
};
const TriageQueue = lazy(LOADERS.triage);
const SubmitReport = lazy(LOADERS.report);
const IncidentBoard = lazy(LOADERS.incidents);
const IncidentPage = lazy(LOADERS.incident);
const Announcements = lazy(LOADERS.announcements);
const AdvisoryPage = lazy(LOADERS.advisory);
const Dashboard = lazy(LOADERS.dashboard);
const Directory = lazy(LOADERS.directory);

/** Which screens a caller is offered; the API decides again on every request. */
export const VIEWS = [
  { path: 'triage', label: 'Triage queue', roles: ['ANALYST'] },
  { path: 'incidents', label: 'Incidents', roles: ['ANALYST', 'INCIDENT_MANAGER', 'AUDITOR', 'SECURITY_OFFICER'] },
  { path: 'report', label: 'Report an incident', roles: ['REPORTER', 'ANALYST'] },
  { path: 'announcements', label: 'Announcements', roles: ['ANALYST', 'INCIDENT_MANAGER', 'PUBLISHER', 'AUDITOR', 'SECURITY_OFFICER', 'TEAM_ADMIN'] },
  { path: 'dashboard', label: 'Dashboard', roles: ['INCIDENT_MANAGER', 'AUDITOR'] },
  { path: 'directory', label: 'Directory', roles: ['ANALYST', 'INCIDENT_MANAGER', 'SECURITY_OFFICER', 'TEAM_ADMIN', 'PUBLISHER', 'AUDITOR'] },
] as const;

function allowedViews(identity: Identity | null) {
  return VIEWS.filter((view) => hasAnyRole(identity, ...view.roles));
}

export function App() {
  const { token, identity, config, signOut } = useSession();
  // A new client (and cache) for every token: nothing crosses from one identity to another.
  const client = useMemo(() => (token ? createApiClient(config.graphqlUrl, token) : null), [config.graphqlUrl, token]);
  const route = useRoute();
  const views = allowedViews(identity);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    if (token && route.length === 0 && views[0]) window.location.hash = `#/${views[0].path}`;
  }, [token, route.length, views]);
  // Moving between views puts keyboard focus on the new view's content.
  // Once signed in, the views the caller may open are fetched while the browser is idle.
  const allowed = views.map((view) => view.path).join(',');
  useEffect(() => {
    if (!token) return;
    const handle = setTimeout(() => {
      for (const path of allowed.split(',')) void LOADERS[path as keyof typeof LOADERS]?.();
      if (allowed.includes('incidents')) void LOADERS.incident();
    }, 200);
    return () => clearTimeout(handle);
  }, [token, allowed]);
  const section = route[0];
  useEffect(() => {
    if (section) main.current?.focus();
  }, [section]);

  if (!client || !identity) return <SignIn />;
  const view = views.find((candidate) => candidate.path === route[0]);
  return (
    <Provider value={client}>
      <a className="skip" href="#content" onClick={(event) => (event.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header className="top">
        <span className="brand">CSIRT console</span>
        <nav aria-label="Main">
          <ul>
            {views.map((candidate) => (
              <li key={candidate.path}>
                <a href={`#/${candidate.path}`} aria-current={candidate.path === route[0] ? 'page' : undefined}>
                  {candidate.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {identity.name} · {identity.roles.join(', ')} · cleared <TlpBadge tlp={identity.clearance} />
          </span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="content" ref={main} tabIndex={-1} className="page">
        <Suspense fallback={<Loading what="the view" />}>
          {route[0] && !view ? (
            <section>
              <h1>Not available</h1>
              <p role="alert" className="state state-error">
                This view is not available to your roles ({identity.roles.join(', ')}).
              </p>
            </section>
          ) : view?.path === 'triage' ? (
            <TriageQueue />
          ) : view?.path === 'report' ? (
            <SubmitReport />
          ) : view?.path === 'incidents' && route[1] ? (
            <IncidentPage id={route[1]} />
          ) : view?.path === 'incidents' ? (
            <IncidentBoard />
          ) : view?.path === 'announcements' && route[1] ? (
            <AdvisoryPage id={route[1]} />
          ) : view?.path === 'announcements' ? (
            <Announcements />
          ) : view?.path === 'dashboard' ? (
            <Dashboard />
          ) : view?.path === 'directory' ? (
            <Directory />
          ) : (
            <p>Choose a view above.</p>
          )}
        </Suspense>
      </main>
    </Provider>
  );
}
