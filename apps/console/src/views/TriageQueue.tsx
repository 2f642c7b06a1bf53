import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useSession } from '../auth/session';
import { createSnapshotClient } from '../graphql/client';
import { RSIT } from '@csirt/contracts/vocabulary';
import { age, Empty, ErrorBox, formatDate, LoadMore, Loading } from '../components/States';
import { TlpBadge } from '../components/Tlp';
import {
  EscalateReportMutation,
  MergeReportMutation,
  RejectReportMutation,
  ReportDetailQuery,
  TriageQueueQuery,
  TriageReportMutation,
} from '../graphql/documents';
import type { TriageQueueQuery as TriageQueueData } from '../generated/graphql';
import { navigate } from '../router';

type QueueReport = TriageQueueData['reports']['edges'][number]['node'];

/** Reports per page (the API's largest). */
const PAGE_SIZE = 100;
/** The API counts up to this many; at the cap the count means "at least". */
const COUNT_CAP = 10_000;

interface QueueState {
  reports: QueueReport[];
  total: number | null;
  after: string | null;
  hasMore: boolean;
  loading: boolean;
  error: CombinedError | null;
}

/**
 * The triage queue: NEW and TRIAGED reports the caller may read, oldest first, a page at a
 * time. The API counts the whole queue (totalCount, asked with the first page only) and
 * searches it (filter.text), so nothing walks every page.
 */
function useQueue(text: string) {
  const { config, token } = useSession();
  const client = useMemo(() => createSnapshotClient(config.graphqlUrl, token ?? ''), [config.graphqlUrl, token]);
  const [state, setState] = useState<QueueState>({ reports: [], total: null, after: null, hasMore: false, loading: true, error: null });
  // Answers to an older search are dropped when they arrive after a newer one.
  const generation = useRef(0);
  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++generation.current;
      setState((previous) => ({ ...previous, loading: true, ...(after ? {} : { reports: [], total: null }) }));
      const variables = { first: PAGE_SIZE, after, text: text || null, withCount: after === null };
      const result = await client.query(TriageQueueQuery, variables).toPromise();
      if (mine !== generation.current) return;
      if (result.error || !result.data) {
        setState((previous) => ({ ...previous, loading: false, error: result.error ?? null }));
        return;
      }
      const page = result.data.reports;
      setState((previous) => ({
        reports: after ? [...previous.reports, ...page.edges.map((edge) => edge.node)] : page.edges.map((edge) => edge.node),
        total: page.totalCount ?? previous.total,
        after: page.pageInfo.endCursor ?? null,
        hasMore: page.pageInfo.hasNextPage,
        loading: false,
        error: null,
      }));
    },
    [client, text],
  );
  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);
  return { ...state, reload: () => fetchPage(null), more: () => fetchPage(state.after) };
}

function countText(total: number, searching: boolean): string {
  const n = total >= COUNT_CAP ? `${COUNT_CAP.toLocaleString('en-GB')}+` : String(total);
  if (searching) return `${n} report${total === 1 ? '' : 's'} match, oldest first`;
  return `${n} report${total === 1 ? '' : 's'} waiting, oldest first`;
}

export default function TriageQueue() {
  const [search, setSearch] = useState('');
  const [text, setText] = useState('');
  // The search goes to the API once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setText(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const { reports, total, hasMore, loading, error, reload, more } = useQueue(text);
  const [selected, setSelected] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const searching = text !== '';

  return (
    <section className="triage">
      <h1>Triage queue</h1>
      <p className="summary" aria-live="polite" data-testid="queue-count">
        {total === null ? '' : countText(total, searching)}
        {total !== null && reports.length < total ? ` · ${reports.length} shown` : ''}
      </p>
      {(searching || reports.length > 0) && (
        <label className="inline">
          Search the queue
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="words of the title or description" />
        </label>
      )}
      {error && <ErrorBox error={error} title="The queue could not be loaded" />}
      {loading && reports.length === 0 && !error && <Loading what="the triage queue" />}
      {!loading && !error && reports.length === 0 && (
        <Empty>{searching ? `No report in the queue matches “${text}”.` : 'No reports are waiting for triage.'}</Empty>
      )}
      <div className="split">
        {reports.length > 0 && (
          <div className="table-wrap" tabIndex={0} role="region" aria-label="Queue table, scrolls sideways">
            <table className="queue" aria-label="Reports waiting for triage">
              <thead>
                <tr>
                  <th scope="col">Waiting</th>
                  <th scope="col">Report</th>
                  <th scope="col">Channel</th>
                  <th scope="col">TLP</th>
                  <th scope="col">Status</th>
                  <th scope="col">Suggestion</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((report) => (
                  <tr key={report.id} className={report.id === selected ? 'selected' : undefined} data-report={report.reference}>
                    <td>{age(report.receivedAt, now)}</td>
                    <td>
                      <button type="button" className="link" onClick={() => setSelected(report.id)} aria-pressed={report.id === selected}>
                        <span className="ref">{report.reference}</span> {report.title}
                      </button>
                    </td>
                    <td>{report.channel.replace('_', ' ')}</td>
                    <td>
                      <TlpBadge tlp={report.tlp} />
                    </td>
                    <td>{report.status}</td>
                    <td>
                      {report.suggestion.classification
                        ? `${report.suggestion.classification.rsitClass} / ${report.suggestion.classification.rsitType}`
                        : 'unclassified'}{' '}
                      · S{report.suggestion.severity} · {report.suggestion.priority}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <LoadMore hasMore={hasMore} loading={loading} onMore={() => void more()} what="reports" />
          </div>
        )}
        {selected && <ReportPanel id={selected} onDone={() => void reload()} onClose={() => setSelected(null)} />}
      </div>
    </section>
  );
}

function ReportPanel({ id, onDone, onClose }: { id: string; onDone: () => void; onClose: () => void }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReportDetailQuery, variables: { id } });
  const report = data?.report;
  // Incident management opens the incident asynchronously: look again until it is there.
  const waitingForIncident = report?.status === 'ESCALATED' && !report.incident;
  // Keyboard users land on the chosen report instead of tabbing past the whole queue.
  const heading = useRef<HTMLHeadingElement>(null);
  const loadedId = report?.id;
  useEffect(() => {
    if (loadedId) heading.current?.focus();
  }, [loadedId]);
  useEffect(() => {
    if (!waitingForIncident) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 2000);
    return () => clearInterval(timer);
  }, [waitingForIncident, refetch]);
  return (
    <aside className="panel" aria-label="Selected report">
      <button type="button" className="close" onClick={onClose} aria-label="Close the report">
        ×
      </button>
      {fetching && !report && <Loading what="the report" />}
      {error && <ErrorBox error={error} title="The report could not be loaded" />}
      {!fetching && !error && !report && <Empty>This report is not visible to you any more.</Empty>}
      {report && (
        <>
          <h2 ref={heading} tabIndex={-1}>
            <span className="ref">{report.reference}</span> {report.title} <TlpBadge tlp={report.tlp} />
          </h2>
          <dl className="facts">
            <dt>Received</dt>
            <dd>{formatDate(report.receivedAt)}</dd>
            <dt>Channel</dt>
            <dd>{report.channel}</dd>
            <dt>Reporter</dt>
            <dd>
              {report.reporter.name}
              {report.reporter.organisation ? `, ${report.reporter.organisation}` : ''}
            </dd>
            <dt>Status</dt>
            <dd data-testid="report-status">{report.status}</dd>
          </dl>
          <p className="description">{report.description}</p>
          {report.observables.length > 0 && (
            <>
              <h3>Indicators</h3>
              <ul className="chips">
                {report.observables.map((observable) => (
                  <li key={`${observable.type}:${observable.value}`}>
                    {observable.type} <code>{observable.value}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Suggestion</h3>
          <p>
            {report.suggestion.classification
              ? `${report.suggestion.classification.rsitClass} / ${report.suggestion.classification.rsitType}`
              : 'No classification suggested'}
            , severity {report.suggestion.severity}, priority {report.suggestion.priority}
          </p>
          <ul className="reasons">
            {report.suggestion.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <h3>Related</h3>
          {report.relatedReports.length === 0 && !report.incident ? (
            <p>No related reports or incidents.</p>
          ) : (
            <ul>
              {report.incident && (
                <li>
                  Incident <a href={`#/incidents/${report.incident.id}`}>{report.incident.reference}</a> {report.incident.title}{' '}
                  <TlpBadge tlp={report.incident.tlp} />
                </li>
              )}
              {report.relatedReports.map((related) => (
                <li key={related.report.id}>
                  <span className="ref">{related.report.reference}</span> {related.report.title} <TlpBadge tlp={related.report.tlp} /> —{' '}
                  {related.reason}
                </li>
              ))}
            </ul>
          )}
          {report.status === 'NEW' && <TriageForm report={report} onDone={onDone} />}
          {report.status === 'TRIAGED' && (
            <DecisionForms id={report.id} related={report.relatedReports.map((related) => related.report)} onDone={onDone} />
          )}
          {report.status === 'ESCALATED' && (
            <p role="status" className="state">
              Escalated to incident management.
              {report.incident ? (
                <>
                  {' '}
                  Incident <a href={`#/incidents/${report.incident.id}`}>{report.incident.reference}</a>.
                </>
              ) : (
                ' The incident is being opened.'
              )}
            </p>
          )}
        </>
      )}
    </aside>
  );
}

type Detail = NonNullable<import('../generated/graphql').ReportDetailQuery['report']>;

function TriageForm({ report, onDone }: { report: Detail; onDone: () => void }) {
  const suggested = report.suggestion.classification;
  const [rsitClass, setRsitClass] = useState<string>(suggested?.rsitClass ?? 'other');
  const [rsitType, setRsitType] = useState<string>(suggested?.rsitType ?? 'undetermined');
  const [severity, setSeverity] = useState(report.suggestion.severity);
  const [priority, setPriority] = useState<string>(report.suggestion.priority);
  const [tlp, setTlp] = useState('');
  const [reason, setReason] = useState('');
  const [result, triage] = useMutation(TriageReportMutation);
  const types: readonly string[] = RSIT[rsitClass as keyof typeof RSIT] ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await triage({
      id: report.id,
      input: {
        classification: { rsitClass, rsitType },
        severity,
        priority: priority as 'P1',
        tlp: tlp || undefined,
        reason: reason || undefined,
      },
    });
    if (!outcome.error) onDone();
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-label="Triage">
      <h3>Triage</h3>
      <label>
        Class
        <select
          value={rsitClass}
          onChange={(event) => {
            setRsitClass(event.target.value);
            setRsitType(RSIT[event.target.value as keyof typeof RSIT][0]);
          }}
        >
          {Object.keys(RSIT).map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        Type
        <select value={rsitType} onChange={(event) => setRsitType(event.target.value)}>
          {types.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select value={severity} onChange={(event) => setSeverity(Number(event.target.value))}>
          {[1, 2, 3, 4].map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
      <label>
        Priority
        <select value={priority} onChange={(event) => setPriority(event.target.value)}>
          {['P1', 'P2', 'P3', 'P4'].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      <label>
        New TLP label (optional)
        <select value={tlp} onChange={(event) => setTlp(event.target.value)}>
          <option value="">keep {report.tlp.replace('_', '+')}</option>
          {['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      <label>
        Reason (optional)
        <input value={reason} onChange={(event) => setReason(event.target.value)} />
      </label>
      {result.error && <ErrorBox error={result.error} title="Triage refused" />}
      <button type="submit" className="primary" disabled={result.fetching}>
        Triage
      </button>
    </form>
  );
}

function DecisionForms({ id, related, onDone }: { id: string; related: { id: string; reference: string; title: string }[]; onDone: () => void }) {
  const [incidentRef, setIncidentRef] = useState('');
  const [region, setRegion] = useState('');
  const [escalateReason, setEscalateReason] = useState('');
  const [rejectReason, setRejectReason] = useState('');
  const [mergeInto, setMergeInto] = useState(related[0]?.id ?? '');
  const [mergeReason, setMergeReason] = useState('');
  const [escalation, escalate] = useMutation(EscalateReportMutation);
  const [rejection, reject] = useMutation(RejectReportMutation);
  const [merging, merge] = useMutation(MergeReportMutation);
  const done = (outcome: { error?: CombinedError }) => {
    if (!outcome.error) onDone();
  };
  return (
    <div className="decisions">
      <form
        className="form"
        aria-label="Escalate"
        onSubmit={(event) => {
          event.preventDefault();
          void escalate({
            id,
            input: { incidentId: incidentRef || undefined, region: region || undefined, reason: escalateReason || undefined },
          }).then(done);
        }}
      >
        <h3>Escalate</h3>
        <label>
          Existing incident id (empty: open a new incident)
          <input value={incidentRef} onChange={(event) => setIncidentRef(event.target.value)} />
        </label>
        <label>
          Region (optional)
          <input value={region} onChange={(event) => setRegion(event.target.value)} />
        </label>
        <label>
          Reason (optional)
          <input value={escalateReason} onChange={(event) => setEscalateReason(event.target.value)} />
        </label>
        {escalation.error && <ErrorBox error={escalation.error} title="Escalation refused" />}
        <button type="submit" className="primary" disabled={escalation.fetching}>
          Escalate
        </button>
      </form>
      <form
        className="form"
        aria-label="Reject"
        onSubmit={(event) => {
          event.preventDefault();
          void reject({ id, reason: rejectReason }).then(done);
        }}
      >
        <h3>Reject</h3>
        <label>
          Reason
          <input value={rejectReason} onChange={(event) => setRejectReason(event.target.value)} required />
        </label>
        {rejection.error && <ErrorBox error={rejection.error} title="Rejection refused" />}
        <button type="submit" disabled={rejection.fetching}>
          Reject as not an incident
        </button>
      </form>
      <form
        className="form"
        aria-label="Merge"
        onSubmit={(event) => {
          event.preventDefault();
          void merge({ id, intoReportId: mergeInto, reason: mergeReason || undefined }).then(done);
        }}
      >
        <h3>Merge into another report</h3>
        <label>
          Report id
          <input list="related-reports" value={mergeInto} onChange={(event) => setMergeInto(event.target.value)} required />
        </label>
        <datalist id="related-reports">
          {related.map((report) => (
            <option key={report.id} value={report.id}>
              {report.reference} {report.title}
            </option>
          ))}
        </datalist>
        <label>
          Reason (optional)
          <input value={mergeReason} onChange={(event) => setMergeReason(event.target.value)} />
        </label>
        {merging.error && <ErrorBox error={merging.error} title="Merge refused" />}
        <button type="submit" disabled={merging.fetching}>
          Merge
        </button>
      </form>
      <p>
        <button type="button" className="link" onClick={() => navigate('incidents')}>
          Go to the incident board
        </button>
      </p>
    </div>
  );
}
