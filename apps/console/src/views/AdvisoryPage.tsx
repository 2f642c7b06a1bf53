import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { hasAnyRole } from '../auth/claims';
import { useSession } from '../auth/session';
import { Empty, ErrorBox, formatDate, Loading } from '../components/States';
import { TlpBadge } from '../components/Tlp';
import {
  AdvisoryQuery,
  ApproveAdvisoryMutation,
  PublishAdvisoryMutation,
  ReviseAdvisoryMutation,
  SubmitAdvisoryForReviewMutation,
  WithdrawAdvisoryMutation,
} from '../graphql/documents';
import type { ApprovalRole } from '../generated/graphql';
import { AdvisoryEditForm } from '../advisories/AdvisoryEditForm';

const ROLE_LABEL: Record<ApprovalRole, string> = { PR_OFFICER: 'PR officer', LEGAL_COUNSEL: 'legal counsel' };

/**
 * One advisory through its workflow: status, the approvals still missing, the actions the
 * status allows, revision history, the CSAF document partners received and their receipts.
 * Approval is offered to every caller: PR officer and legal counsel are domain roles held in
 * the teams service, not token roles, so only the API can say who may approve (four eyes).
 */
export default function AdvisoryPage({ id }: { id: string }) {
  const { identity } = useSession();
  const publisher = hasAnyRole(identity, 'PUBLISHER');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AdvisoryQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [submitted, submit] = useMutation(SubmitAdvisoryForReviewMutation);
  const [approved, approve] = useMutation(ApproveAdvisoryMutation);
  const [published, publish] = useMutation(PublishAdvisoryMutation);
  const [revised, revise] = useMutation(ReviseAdvisoryMutation);
  const [withdrawn, withdraw] = useMutation(WithdrawAdvisoryMutation);
  const [comment, setComment] = useState('');
  const [revisionSummary, setRevisionSummary] = useState('');
  const [withdrawReason, setWithdrawReason] = useState('');
  const after = (outcome: { error?: unknown }) => {
    if (!outcome.error) refetch({ requestPolicy: 'network-only' });
  };

  if (error) return <ErrorBox error={error} title="The advisory could not be loaded" />;
  if (!data && fetching) return <Loading what="the advisory" />;
  const advisory = data?.advisory;
  if (!advisory) {
    return (
      <section>
        <h1>Advisory</h1>
        <Empty>No such advisory, or not one you may read.</Empty>
      </section>
    );
  }
  const released = advisory.status === 'PUBLISHED' || advisory.status === 'REVISED';
  // An approved edit of a released advisory goes out as a revision, not a first publication.
  const approvedEdit = advisory.status === 'APPROVED' && advisory.releasedRevision != null;

  return (
    <section aria-labelledby="advisory-title" className="advisory">
      <p>
        <a href="#/announcements">← Announcements</a>
      </p>
      <h1 id="advisory-title">
        <span className="ref">{advisory.reference}</span> {advisory.title} <TlpBadge tlp={advisory.tlp} />
      </h1>
      <p>
        Status <strong data-testid="advisory-status">{advisory.status}</strong> ·{' '}
        {advisory.kind.replace(/_/g, ' ').toLowerCase()} · severity {advisory.severity} · content version{' '}
        {advisory.contentVersion}
        {advisory.releasedRevision != null ? ` · released revision ${advisory.releasedRevision}` : ''}
        {advisory.legallySensitive ? ' · legally sensitive' : ''}
      </p>
      <small>
        created {formatDate(advisory.createdAt)}
        {advisory.updatedAt ? ` · edited ${formatDate(advisory.updatedAt)}` : ''}
        {advisory.publishedAt ? ` · published ${formatDate(advisory.publishedAt)}` : ''}
        {advisory.withdrawnAt
          ? ` · withdrawn ${formatDate(advisory.withdrawnAt)} (${advisory.withdrawnReason ?? ''})`
          : ''}
      </small>
      <p>{advisory.summary}</p>
      {advisory.body && <p className="body">{advisory.body}</p>}
      {advisory.cveIds.length > 0 && <p>CVEs: {advisory.cveIds.join(', ')}</p>}
      {advisory.incidents.length > 0 && (
        <p>
          About{' '}
          {advisory.incidents.map((incident) => (
            <a key={incident.id} href={`#/incidents/${incident.id}`}>
              {incident.reference}{' '}
            </a>
          ))}
        </p>
      )}

      <h2>Approvals</h2>
      {advisory.status === 'DRAFT' || advisory.status === 'WITHDRAWN' ? null : advisory.missingApprovals
          .length === 0 ? (
        <p>Every approval the current content needs is given.</p>
      ) : (
        <p data-testid="missing-approvals">
          Still missing: {advisory.missingApprovals.map((role) => ROLE_LABEL[role]).join(', ')}.
        </p>
      )}
      {advisory.approvals.length === 0 ? (
        <Empty>No approvals yet.</Empty>
      ) : (
        <ul className="rows">
          {advisory.approvals.map((approval) => (
            <li key={approval.id}>
              {ROLE_LABEL[approval.role]} {approval.personName} approved content version{' '}
              {approval.contentVersion} (revision {approval.revision}) on {formatDate(approval.approvedAt)}
              {approval.comment ? `: “${approval.comment}”` : ''}
              {approval.voidedAt
                ? ` · voided ${formatDate(approval.voidedAt)} (${approval.voidedReason ?? 'content edited'})`
                : ''}
            </li>
          ))}
        </ul>
      )}

      <h2>Actions</h2>
      {submitted.error && <ErrorBox error={submitted.error} title="Submission refused" />}
      {approved.error && <ErrorBox error={approved.error} title="Approval refused" />}
      {published.error && <ErrorBox error={published.error} title="Publication refused" />}
      {revised.error && <ErrorBox error={revised.error} title="Revision refused" />}
      {withdrawn.error && <ErrorBox error={withdrawn.error} title="Withdrawal refused" />}
      <div className="inline-form">
        {publisher && advisory.status === 'DRAFT' && (
          <button type="button" disabled={submitted.fetching} onClick={() => void submit({ id }).then(after)}>
            Submit for review
          </button>
        )}
        {advisory.status === 'IN_REVIEW' && (
          <>
            <label>
              Approval comment
              <input value={comment} onChange={(event) => setComment(event.target.value)} />
            </label>
            {advisory.missingApprovals.map((role) => (
              <button
                key={role}
                type="button"
                disabled={approved.fetching}
                onClick={() => void approve({ id, role, comment: comment || null }).then(after)}
              >
                Approve as {ROLE_LABEL[role]}
              </button>
            ))}
          </>
        )}
        {publisher && advisory.status === 'APPROVED' && !approvedEdit && (
          <button
            type="button"
            className="primary"
            disabled={published.fetching}
            onClick={() => void publish({ id }).then(after)}
          >
            Publish
          </button>
        )}
        {publisher && approvedEdit && (
          <>
            <label>
              What changed
              <input value={revisionSummary} onChange={(event) => setRevisionSummary(event.target.value)} />
            </label>
            <button
              type="button"
              className="primary"
              disabled={revised.fetching}
              onClick={() => void revise({ id, summary: revisionSummary }).then(after)}
            >
              Release revision
            </button>
          </>
        )}
        {publisher && released && (
          <>
            <label>
              Reason to withdraw
              <input value={withdrawReason} onChange={(event) => setWithdrawReason(event.target.value)} />
            </label>
            <button
              type="button"
              disabled={withdrawn.fetching}
              onClick={() => void withdraw({ id, reason: withdrawReason }).then(after)}
            >
              Withdraw
            </button>
          </>
        )}
      </div>

      {publisher && advisory.status !== 'WITHDRAWN' && (
        <details className="edit" open={advisory.status === 'DRAFT'}>
          <summary>Edit the advisory</summary>
          <AdvisoryEditForm key={advisory.id} advisory={advisory} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
        </details>
      )}

      <h2>Revision history</h2>
      {advisory.revisions.length === 0 ? (
        <Empty>Not released yet.</Empty>
      ) : (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label="Revision history, scrolls sideways"
        >
          <table>
            <caption className="sr-only">Releases of {advisory.reference}</caption>
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">Action</th>
                <th scope="col">What changed</th>
                <th scope="col">When</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {advisory.revisions.map((revision) => (
                <tr key={revision.number}>
                  <td>{revision.number}</td>
                  <td>{revision.action}</td>
                  <td>{revision.summary}</td>
                  <td>{formatDate(revision.date)}</td>
                  <td>{revision.releasedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>CSAF document</h2>
      {advisory.csaf ? (
        <p data-testid="csaf">
          {advisory.csaf.trackingId} version {advisory.csaf.version} ({advisory.csaf.action.toLowerCase()}){' '}
          <TlpBadge tlp={advisory.csaf.tlp} /> released {formatDate(advisory.csaf.releasedAt)}
          {advisory.csaf.url ? (
            <>
              {' '}
              · <a href={advisory.csaf.url}>signed document</a>
            </>
          ) : null}
        </p>
      ) : (
        <Empty>Not released to partner CSIRTs yet.</Empty>
      )}

      <h2>Read receipts</h2>
      {advisory.acknowledgements.length === 0 ? (
        <Empty>No partner CSIRT has received it.</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Read receipts, scrolls sideways">
          <table data-testid="receipts">
            <caption className="sr-only">Read receipts by partner</caption>
            <thead>
              <tr>
                <th scope="col">Partner</th>
                <th scope="col">Acknowledged</th>
                <th scope="col">Waiting since</th>
              </tr>
            </thead>
            <tbody>
              {advisory.acknowledgements.map((receipt) => (
                <tr key={receipt.partnerCode}>
                  <td>{receipt.partnerCode}</td>
                  <td>
                    {receipt.acknowledged
                      ? `version ${receipt.acknowledgedVersion ?? '?'} on ${formatDate(receipt.acknowledgedAt)}${receipt.upToDate ? '' : ' (not the newest)'}`
                      : 'not yet'}
                  </td>
                  <td>{receipt.waitingSince ? formatDate(receipt.waitingSince) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
