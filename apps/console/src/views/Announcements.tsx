import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { hasAnyRole } from '../auth/claims';
import { useSession } from '../auth/session';
import { Empty, ErrorBox, formatDate, LoadMore, Loading } from '../components/States';
import { TlpBadge } from '../components/Tlp';
import { usePaged } from '../components/usePaged';
import { AdvisoriesQuery, DraftAdvisoryMutation, PublishAdvisoryMutation, WithdrawAdvisoryMutation } from '../graphql/documents';
import type { AdvisoryKind, AdvisoryStatus, Tlp } from '../generated/graphql';

const KINDS: AdvisoryKind[] = ['THREAT_ALERT', 'VULNERABILITY_ADVISORY', 'INCIDENT_NOTIFICATION', 'TECHNOLOGY_WATCH', 'EDUCATION'];

/**
 * The advisory list with quick publish/withdraw and a new-draft form; review, approval,
 * revisions, the CSAF release and read receipts live on each advisory's page (AdvisoryPage).
 */
export default function Announcements() {
  const { identity } = useSession();
  const publisher = hasAnyRole(identity, 'PUBLISHER');
  const [status, setStatus] = useState<AdvisoryStatus | ''>('');
  const list = usePaged(AdvisoriesQuery, { filter: status ? { status } : null, first: 20 }, (data) => data.advisories);
  const [published, publish] = useMutation(PublishAdvisoryMutation);
  const [withdrawn, withdraw] = useMutation(WithdrawAdvisoryMutation);
  const [withdrawReason, setWithdrawReason] = useState('');
  const after = (outcome: { error?: unknown }) => !outcome.error && list.refresh();

  return (
    <section>
      <h1>Announcements</h1>
      <label className="inline">
        Status
        <select value={status} onChange={(event) => setStatus(event.target.value as AdvisoryStatus | '')}>
          <option value="">all</option>
          {(['DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'REVISED', 'WITHDRAWN'] as const).map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      {list.error && <ErrorBox error={list.error} title="The advisories could not be loaded" />}
      {!list.loaded && !list.error && <Loading what="advisories" />}
      {list.loaded && list.items.length === 0 && <Empty>No advisories.</Empty>}
      {published.error && <ErrorBox error={published.error} title="Publication refused" />}
      {withdrawn.error && <ErrorBox error={withdrawn.error} title="Withdrawal refused" />}
      <ul className="rows">
        {list.items.map((advisory) => (
          <li key={advisory.id}>
            <div>
              <a className="ref" href={`#/announcements/${advisory.id}`}>
                {advisory.reference}
              </a> <strong>{advisory.title}</strong> <TlpBadge tlp={advisory.tlp} />{' '}
              {advisory.status} · {advisory.kind.replace(/_/g, ' ').toLowerCase()} · severity {advisory.severity}
              {advisory.incidents.length > 0 ? (
                <>
                  {' '}
                  · about{' '}
                  {advisory.incidents.map((incident) => (
                    <a key={incident.id} href={`#/incidents/${incident.id}`}>
                      {incident.reference}{' '}
                    </a>
                  ))}
                </>
              ) : null}
            </div>
            <small>
              {advisory.autoDrafted ? 'drafted automatically · ' : ''}created {formatDate(advisory.createdAt)}
              {advisory.publishedAt ? ` · published ${formatDate(advisory.publishedAt)}` : ''}
            </small>
            <p>{advisory.summary}</p>
            {publisher && advisory.status === 'APPROVED' && advisory.releasedRevision == null && (
              <button type="button" onClick={() => void publish({ id: advisory.id }).then(after)}>
                Publish {advisory.reference}
              </button>
            )}
            {publisher && (advisory.status === 'PUBLISHED' || advisory.status === 'REVISED') && (
              <span className="inline-form">
                <label>
                  Reason to withdraw
                  <input value={withdrawReason} onChange={(event) => setWithdrawReason(event.target.value)} />
                </label>
                <button type="button" onClick={() => void withdraw({ id: advisory.id, reason: withdrawReason }).then(after)}>
                  Withdraw {advisory.reference}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.hasMore} loading={list.fetching} onMore={list.more} what="advisories" />
      {publisher && <DraftForm onDone={list.refresh} />}
    </section>
  );
}

function DraftForm({ onDone }: { onDone: () => void }) {
  const [kind, setKind] = useState<AdvisoryKind>('THREAT_ALERT');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [severity, setSeverity] = useState(2);
  const [tlp, setTlp] = useState<Tlp>('GREEN');
  const [incidentId, setIncidentId] = useState('');
  const [result, draft] = useMutation(DraftAdvisoryMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await draft({ input: { kind, title, summary, severity, tlp, incidentIds: incidentId ? [incidentId] : undefined } });
    if (!outcome.error) {
      setTitle('');
      setSummary('');
      onDone();
    }
  };
  return (
    <form className="form wide" onSubmit={(event) => void submit(event)} aria-label="New draft">
      <h2>New draft</h2>
      <label>
        Kind
        <select value={kind} onChange={(event) => setKind(event.target.value as AdvisoryKind)}>
          {KINDS.map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      <label>
        Title
        <input value={title} onChange={(event) => setTitle(event.target.value)} required />
      </label>
      <label>
        Summary
        <textarea value={summary} onChange={(event) => setSummary(event.target.value)} rows={3} required />
      </label>
      <label>
        Severity
        <select value={severity} onChange={(event) => setSeverity(Number(event.target.value))}>
          {[1, 2, 3, 4].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      <label>
        TLP
        <select value={tlp} onChange={(event) => setTlp(event.target.value as Tlp)}>
          {(['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'] as const).map((value) => (
            <option key={value} value={value}>
              {value.replace('_', '+')}
            </option>
          ))}
        </select>
      </label>
      <label>
        About incident (id, optional)
        <input value={incidentId} onChange={(event) => setIncidentId(event.target.value)} />
      </label>
      {result.error && <ErrorBox error={result.error} title="The draft was not saved" />}
      <button type="submit" className="primary" disabled={result.fetching}>
        Save draft
      </button>
    </form>
  );
}
