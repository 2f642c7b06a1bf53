import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorBox, formatDate, Loading } from '../components/States';
import { TlpBadge } from '../components/Tlp';
import {
  AddTimelineEntryMutation,
  CreateTaskMutation,
  FormResponseTeamMutation,
  IncidentPageQuery,
  LinkIncidentsMutation,
  MergeIncidentsMutation,
  TransitionIncidentMutation,
  UpdateTaskMutation,
  RecordTaskConsentMutation,
} from '../graphql/documents';
import type { IncidentPageQuery as IncidentPageData, IncidentRelation, IncidentStatus, TaskKind, TaskStatus } from '../generated/graphql';
import { PHASES } from './IncidentBoard';

type Incident = NonNullable<IncidentPageData['incident']>;

export default function IncidentPage({ id }: { id: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: IncidentPageQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const incident = data?.incident;
  // The teams service proposes a response team shortly after the incident opens: look again until it has.
  const waitingForProposal = !!incident && incident.status !== 'CLOSED' && !incident.responseTeam && !incident.proposedResponseTeam;
  useEffect(() => {
    if (!waitingForProposal) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 3000);
    return () => clearInterval(timer);
  }, [waitingForProposal, refetch]);
  if (error) return <ErrorBox error={error} title="The incident could not be loaded" />;
  if (!incident && fetching) return <Loading what="the incident" />;
  if (!incident)
    return (
      <section>
        <h1>Incident not found</h1>
        <Empty>No incident with this id is visible to you.</Empty>
        <a href="#/incidents">Back to the incidents</a>
      </section>
    );
  return (
    <article className="incident">
      <p>
        <a href="#/incidents">← Incidents</a>
      </p>
      <h1>
        <span className="ref">{incident.reference}</span> {incident.title}
      </h1>
      <p className="meta">
        <TlpBadge tlp={incident.tlp} /> PAP:{incident.pap} · <span data-testid="incident-status">{incident.status}</span> · severity{' '}
        {incident.severity} · {incident.priority}
        {incident.region ? ` · region ${incident.region}` : ''}
        {incident.constituency ? ` · ${incident.constituency.name}` : ''}
      </p>
      {incident.mergedInto && (
        <p className="state">
          Merged into <a href={`#/incidents/${incident.mergedInto.id}`}>{incident.mergedInto.reference}</a>.
        </p>
      )}
      <div className="grid">
        <Box title="Summary">
          <p>{incident.summary || 'No summary yet.'}</p>
          <dl className="facts">
            <dt>Classification</dt>
            <dd>{incident.classification ? `${incident.classification.rsitClass} / ${incident.classification.rsitType}` : '—'}</dd>
            <dt>Impact</dt>
            <dd>
              {(['confidentiality', 'integrity', 'availability'] as const).filter((key) => incident.cia[key]).join(', ') || 'none recorded'}
            </dd>
            <dt>Opened</dt>
            <dd>
              {formatDate(incident.openedAt)} by {incident.openedBy}
            </dd>
            {incident.resolution && (
              <>
                <dt>Resolution</dt>
                <dd>{incident.resolution}</dd>
              </>
            )}
          </dl>
        </Box>
        <Box title="Phase">
          <Transition incident={incident} onDone={reload} />
        </Box>
        <Box title="Response team">
          <ResponseTeam incident={incident} onDone={reload} />
        </Box>
        <Box title="Tasks">
          <Tasks incident={incident} onDone={reload} />
        </Box>
        <Box title="Reports">
          {incident.reports.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul>
              {incident.reports.map((report) => (
                <li key={report.id}>
                  <span className="ref">{report.reference}</span> {report.title} <TlpBadge tlp={report.tlp} /> · {report.channel}
                </li>
              ))}
            </ul>
          )}
        </Box>
        <Box title="Indicators">
          {incident.observables.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="chips">
              {incident.observables.map((observable) => (
                <li key={`${observable.type}:${observable.value}`}>
                  {observable.type} <code>{observable.value}</code>
                </li>
              ))}
            </ul>
          )}
        </Box>
        <Box title="Links and merges">
          <Links incident={incident} onDone={reload} />
        </Box>
        <Box title="Timeline">
          <Timeline incident={incident} onDone={reload} />
        </Box>
        {incident.advisories.length > 0 && (
          <Box title="Advisories">
            <ul>
              {incident.advisories.map((advisory) => (
                <li key={advisory.id}>
                  {advisory.reference} {advisory.title} <TlpBadge tlp={advisory.tlp} /> {advisory.status}
                </li>
              ))}
            </ul>
          </Box>
        )}
      </div>
    </article>
  );
}

function Box({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="box" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Transition({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const next = PHASES[PHASES.indexOf(incident.status) + 1];
  const [to, setTo] = useState<IncidentStatus>(next ?? incident.status);
  const [note, setNote] = useState('');
  const [resolution, setResolution] = useState(incident.resolution ?? '');
  const [lessons, setLessons] = useState(incident.lessonsLearned ?? '');
  const [override, setOverride] = useState('');
  const [result, transition] = useMutation(TransitionIncidentMutation);
  if (incident.status === 'CLOSED') return <p>Closed. {incident.lessonsLearned ? `Lessons learned: ${incident.lessonsLearned}` : ''}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await transition({
      id: incident.id,
      to,
      note: note || undefined,
      resolution: resolution || undefined,
      lessonsLearned: lessons || undefined,
      overrideReason: override || undefined,
    });
    if (!outcome.error) {
      setNote('');
      setOverride('');
      const after = PHASES[PHASES.indexOf(to) + 1];
      if (after) setTo(after);
      onDone();
    }
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-label="Move to another phase">
      <p>
        Now in <strong>{incident.status}</strong>.
      </p>
      <label>
        Move to
        <select value={to} onChange={(event) => setTo(event.target.value as IncidentStatus)}>
          {PHASES.filter((phase) => phase !== incident.status).map((phase) => (
            <option key={phase}>{phase}</option>
          ))}
        </select>
      </label>
      <label>
        Note (needed when stepping back)
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      {(to === 'CLOSED' || to === 'POST_INCIDENT') && (
        <>
          <label>
            Resolution
            <textarea value={resolution} onChange={(event) => setResolution(event.target.value)} rows={2} />
          </label>
          <label>
            Lessons learned
            <textarea value={lessons} onChange={(event) => setLessons(event.target.value)} rows={2} />
          </label>
        </>
      )}
      {to === 'RECOVERY' && (
        <label>
          Override reason (only when containment tasks are still open)
          <input value={override} onChange={(event) => setOverride(event.target.value)} />
        </label>
      )}
      {result.error && <ErrorBox error={result.error} title="The transition was refused" />}
      <button type="submit" className="primary" disabled={result.fetching}>
        Move to {to}
      </button>
    </form>
  );
}

function ResponseTeam({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const [reason, setReason] = useState('Formed from the proposal');
  const [result, form] = useMutation(FormResponseTeamMutation);
  const team = incident.responseTeam;
  if (team)
    return (
      <>
        <p>
          {team.name}
          {team.lead ? `, led by ${team.lead.name}` : ''}
        </p>
        <ul data-testid="response-team">
          {team.members.map((member) => (
            <li key={member.person.id}>
              {member.person.name} — {member.role.replace(/_/g, ' ').toLowerCase()}
              {member.lead ? ' (lead)' : ''}
            </li>
          ))}
        </ul>
      </>
    );
  const proposal = incident.proposedResponseTeam;
  if (!proposal) return <p>No response team formed and none proposed.</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!proposal.lead) return;
    const outcome = await form({
      incidentId: incident.id,
      input: {
        leadPersonId: proposal.lead.id,
        members: proposal.candidates.map((candidate) => ({ personId: candidate.person.id, role: candidate.role })),
        reason,
      },
    });
    if (!outcome.error) onDone();
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-label="Form the response team">
      <p>
        Proposed{proposal.region ? ` for ${proposal.region}` : ''}
        {proposal.lead ? `, lead ${proposal.lead.name}` : ', no lead found'}:
      </p>
      <ul>
        {proposal.candidates.map((candidate) => (
          <li key={candidate.person.id}>
            {candidate.person.name} — {candidate.role.replace(/_/g, ' ').toLowerCase()} <small>({candidate.why})</small>
          </li>
        ))}
      </ul>
      <label>
        Reason
        <input value={reason} onChange={(event) => setReason(event.target.value)} required />
      </label>
      {result.error && <ErrorBox error={result.error} title="The team was not formed" />}
      <button type="submit" className="primary" disabled={!proposal.lead || result.fetching}>
        Form the response team
      </button>
    </form>
  );
}

const TASK_STATUSES: TaskStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

function Tasks({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const [kind, setKind] = useState<TaskKind>('CONTAINMENT');
  const [title, setTitle] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [created, create] = useMutation(CreateTaskMutation);
  const [updated, update] = useMutation(UpdateTaskMutation);
  const people = incident.responseTeam?.members.map((member) => member.person) ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await create({ input: { incidentId: incident.id, kind, title, assigneeId: assigneeId || undefined } });
    if (!outcome.error) {
      setTitle('');
      onDone();
    }
  };
  return (
    <>
      {incident.tasks.length === 0 ? (
        <p>No tasks yet.</p>
      ) : (
        <ul className="tasks">
          {incident.tasks.map((task) => (
            <li key={task.id} data-task={task.title}>
              <span>
                <strong>{task.title}</strong> · {task.kind.toLowerCase()} · {task.assignee ? task.assignee.name : 'unassigned'}
              </span>
              {task.waitingFor && <TaskWait task={task} onDone={onDone} />}
              <label>
                <span className="sr-only">Status of {task.title}</span>
                <select
                  value={task.status}
                  onChange={(event) => void update({ id: task.id, input: { status: event.target.value as TaskStatus } })}
                >
                  {TASK_STATUSES.map((status) => (
                    <option key={status}>{status}</option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      )}
      {updated.error && <ErrorBox error={updated.error} title="The task was not changed" />}
      <form className="form" onSubmit={(event) => void submit(event)} aria-label="New task">
        <label>
          Task
          <input value={title} onChange={(event) => setTitle(event.target.value)} required />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as TaskKind)}>
            {(['CONTAINMENT', 'ERADICATION', 'RECOVERY'] as const).map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <select value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)}>
            <option value="">unassigned</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        {created.error && <ErrorBox error={created.error} title="The task was not created" />}
        <button type="submit" disabled={created.fetching}>
          Add task
        </button>
      </form>
    </>
  );
}

const WAIT_REASONS: Record<string, string> = {
  CONSTITUENT_CONSENT: "waits for the constituency contact's consent (shared authority)",
  MANAGEMENT_ACTION: "waits for the constituency's management to act (indirect authority)",
};

/** Why a task cannot start yet, and, for consent, where to record it (the API decides; this only asks). */
function TaskWait({ task, onDone }: { task: Incident['tasks'][number]; onDone: () => void }) {
  const [givenBy, setGivenBy] = useState('');
  const [result, record] = useMutation(RecordTaskConsentMutation);
  const wait = task.waitingFor;
  if (!wait) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await record({ id: task.id, input: { givenBy } });
    if (!outcome.error) onDone();
  };
  return (
    <div className="task-wait">
      <p>
        {WAIT_REASONS[wait.reason] ?? wait.reason} since <time dateTime={wait.since}>{new Date(wait.since).toLocaleString()}</time>
      </p>
      {wait.reason === 'CONSTITUENT_CONSENT' && (
        <form className="form inline" onSubmit={(event) => void submit(event)} aria-label={`Consent for ${task.title}`}>
          <label>
            Consent given by
            <input value={givenBy} onChange={(event) => setGivenBy(event.target.value)} required minLength={2} maxLength={200} />
          </label>
          <button type="submit" disabled={result.fetching}>
            Record consent
          </button>
        </form>
      )}
      {result.error && <ErrorBox error={result.error} title="The consent was not recorded" />}
    </div>
  );
}

function Timeline({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const [message, setMessage] = useState('');
  const [result, add] = useMutation(AddTimelineEntryMutation);
  return (
    <>
      <ol className="timeline">
        {incident.timeline.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{formatDate(entry.at)}</time> · {entry.kind.replace(/_/g, ' ').toLowerCase()} · {entry.actor}:{' '}
            {entry.message}
          </li>
        ))}
      </ol>
      <form
        className="form"
        aria-label="Add a note"
        onSubmit={(event) => {
          event.preventDefault();
          void add({ incidentId: incident.id, message }).then((outcome) => {
            if (!outcome.error) {
              setMessage('');
              onDone();
            }
          });
        }}
      >
        <label>
          Note
          <input value={message} onChange={(event) => setMessage(event.target.value)} required />
        </label>
        {result.error && <ErrorBox error={result.error} title="The note was not added" />}
        <button type="submit" disabled={result.fetching}>
          Add note
        </button>
      </form>
    </>
  );
}

function Links({ incident, onDone }: { incident: Incident; onDone: () => void }) {
  const [otherId, setOtherId] = useState('');
  const [relation, setRelation] = useState<IncidentRelation>('RELATED');
  const [reason, setReason] = useState('');
  const [intoId, setIntoId] = useState('');
  const [mergeReason, setMergeReason] = useState('');
  const [linked, link] = useMutation(LinkIncidentsMutation);
  const [merged, merge] = useMutation(MergeIncidentsMutation);
  return (
    <>
      {incident.links.length === 0 ? (
        <p>No links.</p>
      ) : (
        <ul>
          {incident.links.map((item, index) => (
            <li key={index}>
              {item.relation.replace('_', ' ').toLowerCase()}:{' '}
              {item.incident ? <a href={`#/incidents/${item.incident.id}`}>{item.incident.reference}</a> : 'an incident you may not read'} —{' '}
              {item.reason}
            </li>
          ))}
        </ul>
      )}
      <form
        className="form"
        aria-label="Link to another incident"
        onSubmit={(event) => {
          event.preventDefault();
          void link({ id: incident.id, otherId, relation, reason }).then((outcome) => !outcome.error && onDone());
        }}
      >
        <label>
          Other incident id
          <input value={otherId} onChange={(event) => setOtherId(event.target.value)} required />
        </label>
        <label>
          Relation
          <select value={relation} onChange={(event) => setRelation(event.target.value as IncidentRelation)}>
            {(['RELATED', 'SAME_ATTACKER', 'SAME_CAMPAIGN'] as const).map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Reason
          <input value={reason} onChange={(event) => setReason(event.target.value)} required />
        </label>
        {linked.error && <ErrorBox error={linked.error} title="The link was refused" />}
        <button type="submit" disabled={linked.fetching}>
          Link
        </button>
      </form>
      <form
        className="form"
        aria-label="Merge into another incident"
        onSubmit={(event) => {
          event.preventDefault();
          void merge({ sourceId: incident.id, intoId, reason: mergeReason }).then((outcome) => !outcome.error && onDone());
        }}
      >
        <label>
          Merge this incident into (id)
          <input value={intoId} onChange={(event) => setIntoId(event.target.value)} required />
        </label>
        <label>
          Reason
          <input value={mergeReason} onChange={(event) => setMergeReason(event.target.value)} required />
        </label>
        {merged.error && <ErrorBox error={merged.error} title="The merge was refused" />}
        <button type="submit" disabled={merged.fetching}>
          Merge
        </button>
      </form>
    </>
  );
}
