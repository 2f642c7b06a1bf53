import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { describeError } from '../graphql/errors';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** The API's refusal in words, with its stable code for a support request. */
export function ErrorBox({ error, title = 'The request failed' }: { error: CombinedError | Error; title?: string }) {
  const problems = 'graphQLErrors' in error ? describeError(error) : [{ code: 'ERROR', message: error.message }];
  return (
    <div className="state state-error" role="alert">
      <strong>{title}</strong>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.message} <code>{problem.code}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LoadMore({ hasMore, loading, onMore, what }: { hasMore: boolean; loading: boolean; onMore: () => void; what: string }) {
  if (!hasMore) return null;
  return (
    <button type="button" className="load-more" onClick={onMore} disabled={loading}>
      {loading ? 'Loading…' : `Load more ${what}`}
    </button>
  );
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}

/** "3 h 12 min" from seconds. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** Age of something received at `since`, for the triage clock. */
export function age(since: string, now = Date.now()): string {
  return formatDuration((now - new Date(since).getTime()) / 1000);
}
