import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useSession } from '../auth/session';
import { Empty, ErrorBox, formatDate, LoadMore, Loading } from '../components/States';
import { TlpBadge } from '../components/Tlp';
import { usePaged } from '../components/usePaged';
import { MyReportsQuery, SubmitReportMutation } from '../graphql/documents';
import type { ObservableType, ReportChannel } from '../generated/graphql';

const CHANNELS: ReportChannel[] = ['WEB_FORM', 'EMAIL', 'PHONE', 'INTERNAL'];

/** "IPV4 198.51.100.7" per line: the API validates and normalises each (defanged forms too). */
function parseObservables(text: string): { type: ObservableType; value: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [type, ...rest] = line.split(/\s+/);
      return { type: type.toUpperCase() as ObservableType, value: rest.join(' ') };
    });
}

export default function SubmitReport() {
  const { identity } = useSession();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [channel, setChannel] = useState<ReportChannel>('WEB_FORM');
  const [reporter, setReporter] = useState(identity?.name ?? '');
  const [organisation, setOrganisation] = useState('');
  const [tlp, setTlp] = useState('AMBER');
  const [observables, setObservables] = useState('');
  const [cia, setCia] = useState({ confidentiality: false, integrity: false, availability: false });
  const [result, submit] = useMutation(SubmitReportMutation);
  const mine = usePaged(MyReportsQuery, { first: 20 }, (data) => data.reports);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await submit({
      input: {
        channel,
        title,
        description,
        tlp,
        cia,
        reporter: { name: reporter, organisation: organisation || undefined },
        observables: parseObservables(observables),
      },
    });
    if (!outcome.error) {
      setTitle('');
      setDescription('');
      setObservables('');
      mine.refresh();
    }
  };

  return (
    <section>
      <h1>Report an incident</h1>
      <form className="form wide" onSubmit={(event) => void onSubmit(event)} aria-label="New report">
        <label>
          Title
          <input value={title} onChange={(event) => setTitle(event.target.value)} required />
        </label>
        <label>
          What happened
          <textarea value={description} onChange={(event) => setDescription(event.target.value)} required rows={5} />
        </label>
        <label>
          Channel
          <select value={channel} onChange={(event) => setChannel(event.target.value as ReportChannel)}>
            {CHANNELS.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Reporter name
          <input value={reporter} onChange={(event) => setReporter(event.target.value)} required />
        </label>
        <label>
          Organisation (optional)
          <input value={organisation} onChange={(event) => setOrganisation(event.target.value)} />
        </label>
        <label>
          TLP label
          <select value={tlp} onChange={(event) => setTlp(event.target.value)}>
            {['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'].map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          Indicators, one per line as TYPE value (e.g. IPV4 198.51.100.7)
          <textarea value={observables} onChange={(event) => setObservables(event.target.value)} rows={3} />
        </label>
        <fieldset>
          <legend>Impact</legend>
          {(['confidentiality', 'integrity', 'availability'] as const).map((key) => (
            <label key={key} className="check">
              <input type="checkbox" checked={cia[key]} onChange={(event) => setCia({ ...cia, [key]: event.target.checked })} />
              {key}
            </label>
          ))}
        </fieldset>
        {result.error && <ErrorBox error={result.error} title="The report was not accepted" />}
        {result.data && !result.error && (
          <p role="status" className="state state-ok">
            Report {result.data.submitReport.reference} received.
          </p>
        )}
        <button type="submit" className="primary" disabled={result.fetching}>
          Submit report
        </button>
      </form>
      <h2>Reports you can see</h2>
      {mine.error && <ErrorBox error={mine.error} title="Your reports could not be loaded" />}
      {!mine.loaded && !mine.error && <Loading what="reports" />}
      {mine.loaded && mine.items.length === 0 && <Empty>No reports yet.</Empty>}
      <ul className="rows">
        {mine.items.map((report) => (
          <li key={report.id}>
            <span className="ref">{report.reference}</span> {report.title} <TlpBadge tlp={report.tlp} /> {report.status} ·{' '}
            {formatDate(report.receivedAt)}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={mine.hasMore} loading={mine.fetching} onMore={mine.more} what="reports" />
    </section>
  );
}
