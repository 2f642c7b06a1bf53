import { useState } from 'react';
import { useQuery } from 'urql';
import { Empty, ErrorBox, LoadMore, Loading } from '../components/States';
import { TlpBadge } from '../components/Tlp';
import { usePaged } from '../components/usePaged';
import { ConstituencyOptionsQuery, IncidentBoardQuery, PeopleQuery } from '../graphql/documents';
import type { IncidentFilter, IncidentStatus, ObservableType, Tlp } from '../generated/graphql';

export const PHASES: IncidentStatus[] = ['OPEN', 'ANALYSIS', 'CONTAINMENT', 'ERADICATION', 'RECOVERY', 'POST_INCIDENT', 'CLOSED'];
const OBSERVABLE_TYPES: ObservableType[] = ['IPV4', 'IPV6', 'DOMAIN', 'HOSTNAME', 'URL', 'EMAIL', 'MD5', 'SHA1', 'SHA256', 'CVE', 'ASN'];

/**
 * Incidents by phase. Filters are the API's (severity, TLP, constituency, text, an indicator
 * the API normalises as it stores them, the assignee of one of the incident's tasks).
 */
export default function IncidentBoard() {
  const [severity, setSeverity] = useState('');
  const [tlp, setTlp] = useState('');
  const [constituencyId, setConstituencyId] = useState('');
  const [text, setText] = useState('');
  const [observableType, setObservableType] = useState<ObservableType>('IPV4');
  const [observableValue, setObservableValue] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [applied, setApplied] = useState<IncidentFilter>({});
  const [constituencies] = useQuery({ query: ConstituencyOptionsQuery });
  const [people] = useQuery({ query: PeopleQuery, variables: { first: 100 } });
  const board = usePaged(IncidentBoardQuery, { filter: applied, first: 100 }, (data) => data.incidents);

  const apply = () =>
    setApplied({
      ...(severity ? { severity: [Number(severity)] } : {}),
      ...(tlp ? { tlp: [tlp as Tlp] } : {}),
      ...(constituencyId ? { constituencyId } : {}),
      ...(text.trim().length >= 3 ? { text: text.trim() } : {}),
      ...(observableValue.trim() ? { observable: { type: observableType, value: observableValue.trim() } } : {}),
      ...(assigneeId ? { assigneeId } : {}),
    });

  return (
    <section>
      <h1>Incidents</h1>
      <form
        className="filters"
        aria-label="Filter incidents"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <label>
          Text (3+ characters)
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <label>
          Severity
          <select value={severity} onChange={(event) => setSeverity(event.target.value)}>
            <option value="">any</option>
            {[1, 2, 3, 4].map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          TLP
          <select value={tlp} onChange={(event) => setTlp(event.target.value)}>
            <option value="">any</option>
            {['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'].map((value) => (
              <option key={value} value={value}>
                {value.replace('_', '+')}
              </option>
            ))}
          </select>
        </label>
        <label>
          Constituency
          <select value={constituencyId} onChange={(event) => setConstituencyId(event.target.value)}>
            <option value="">any</option>
            {constituencies.data?.constituencies.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Indicator type
          <select value={observableType} onChange={(event) => setObservableType(event.target.value as ObservableType)}>
            {OBSERVABLE_TYPES.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Indicator
          <input
            type="search"
            value={observableValue}
            placeholder="e.g. 203.0.113.7"
            onChange={(event) => setObservableValue(event.target.value)}
          />
        </label>
        <label>
          Assignee
          <select value={assigneeId} onChange={(event) => setAssigneeId(event.target.value)}>
            <option value="">anyone</option>
            {people.data?.people.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Apply filters</button>
      </form>
      {board.error && <ErrorBox error={board.error} title="The incidents could not be loaded" />}
      {!board.loaded && !board.error && <Loading what="incidents" />}
      {board.loaded && board.items.length === 0 && <Empty>No incidents match.</Empty>}
      {board.items.length > 0 && (
        <div className="board" tabIndex={0} role="region" aria-label="Incidents by phase, scrolls sideways">
          {PHASES.map((phase) => {
            const cards = board.items.filter((incident) => incident.status === phase);
            return (
              <section key={phase} className="column" aria-label={`${phase} (${cards.length})`}>
                <h2>
                  {phase.replace('_', ' ')} <span className="count">{cards.length}</span>
                </h2>
                <ul>
                  {cards.map((incident) => (
                    <li key={incident.id} className="card" data-incident={incident.reference}>
                      <a href={`#/incidents/${incident.id}`}>
                        <span className="ref">{incident.reference}</span> {incident.title}
                      </a>
                      <div className="meta">
                        <TlpBadge tlp={incident.tlp} /> S{incident.severity} · {incident.priority}
                        {incident.constituency ? ` · ${incident.constituency.name}` : ''}
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      <LoadMore hasMore={board.hasMore} loading={board.fetching} onMore={board.more} what="incidents" />
    </section>
  );
}
