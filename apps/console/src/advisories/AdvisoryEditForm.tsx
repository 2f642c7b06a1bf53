import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorBox } from '../components/States';
import { ConstituencyOptionsQuery, PartnersQuery, UpdateAdvisoryMutation } from '../graphql/documents';
import type { AdvisoryQuery, Tlp } from '../generated/graphql';
import { DraftFieldError, fieldsOf, REMEDIATION_CATEGORIES, updateOf, type DraftFields } from './draft-fields';

type Advisory = NonNullable<AdvisoryQuery['advisory']>;
const TLPS: Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

/**
 * Edits an advisory's content with updateAdvisory. Outside DRAFT an edit sends it back to
 * DRAFT and voids its approvals (the API's rule), so the form says so before saving.
 */
export function AdvisoryEditForm({ advisory, onSaved }: { advisory: Advisory; onSaved: () => void }) {
  const [fields, setFields] = useState<DraftFields>(() => fieldsOf(advisory));
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [result, update] = useMutation(UpdateAdvisoryMutation);
  const [partners] = useQuery({ query: PartnersQuery, variables: { first: 100 } });
  const [constituencies] = useQuery({ query: ConstituencyOptionsQuery });
  const set = <K extends keyof DraftFields>(key: K) => (value: DraftFields[K]) => {
    setSaved(false);
    setFields((previous) => ({ ...previous, [key]: value }));
  };
  const toggle = (key: 'partnerIds' | 'constituencyIds', id: string, on: boolean) =>
    set(key)(on ? [...fields[key], id] : fields[key].filter((value) => value !== id));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    let input;
    try {
      input = updateOf(fields);
    } catch (error) {
      if (error instanceof DraftFieldError) return setFormError(error.message);
      throw error;
    }
    const outcome = await update({ id: advisory.id, input });
    if (!outcome.error) {
      setSaved(true);
      onSaved();
    }
  };
  const text = (key: keyof DraftFields, label: string, rows = 0, hint?: string) => (
    <label>
      {label}
      {hint && <small>{hint}</small>}
      {rows ? (
        <textarea rows={rows} value={fields[key] as string} onChange={(event) => set(key)(event.target.value as never)} />
      ) : (
        <input value={fields[key] as string} onChange={(event) => set(key)(event.target.value as never)} />
      )}
    </label>
  );

  return (
    <form className="form wide" aria-label="Edit the advisory" onSubmit={(event) => void onSubmit(event)}>
      {advisory.status !== 'DRAFT' && (
        <p className="state">Saving sends the advisory back to DRAFT and voids the approvals it has.</p>
      )}
      {text('title', 'Title')}
      {text('summary', 'Summary', 3)}
      {text('body', 'Body', 8)}
      <label>
        Severity
        <select value={fields.severity} onChange={(event) => set('severity')(event.target.value)}>
          {['1', '2', '3', '4'].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      <label>
        TLP
        <select value={fields.tlp} onChange={(event) => set('tlp')(event.target.value as Tlp)}>
          {TLPS.map((value) => (
            <option key={value} value={value}>
              {value.replace('_', '+')}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={fields.legallySensitive} onChange={(event) => set('legallySensitive')(event.target.checked)} />
        Legally sensitive (needs legal counsel&apos;s approval too)
      </label>
      <fieldset>
        <legend>Audience</legend>
        <label className="check">
          <input type="checkbox" checked={fields.community} onChange={(event) => set('community')(event.target.checked)} />
          Every partner the label allows (TLP:CLEAR and GREEN only)
        </label>
        {partners.data?.partners.edges.map(({ node }) => (
          <label key={node.id} className="check">
            <input
              type="checkbox"
              checked={fields.partnerIds.includes(node.id)}
              onChange={(event) => toggle('partnerIds', node.id, event.target.checked)}
            />
            Partner {node.name}
          </label>
        ))}
        {constituencies.data?.constituencies.edges.map(({ node }) => (
          <label key={node.id} className="check">
            <input
              type="checkbox"
              checked={fields.constituencyIds.includes(node.id)}
              onChange={(event) => toggle('constituencyIds', node.id, event.target.checked)}
            />
            Constituency {node.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Customer notice (needed when the audience names constituencies)</legend>
        {text('noticeTitle', 'Notice title')}
        {text('noticeSummary', 'Notice summary', 2)}
        {text('noticeBody', 'Notice body', 4)}
      </fieldset>
      {text('cveIds', 'CVE ids', 3, 'one a line, e.g. CVE-2024-3094')}
      {text('products', 'Affected products', 3, 'one a line: vendor | product | affected versions, … | fixed versions, …')}
      {text('remediations', 'Remediations', 3, `one a line: ${REMEDIATION_CATEGORIES.join(' / ')} | what to do | URL (optional)`)}
      {text('references', 'References', 3, 'one a line: URL | what is found there')}
      {text('credits', 'Credits', 2, 'one a line: names, … | organisation | contribution')}
      {formError && (
        <p role="alert" className="state state-error">
          {formError}
        </p>
      )}
      {result.error && <ErrorBox error={result.error} title="The advisory was not saved" />}
      {saved && !result.error && (
        <p role="status" className="state state-ok">
          Saved as content version {result.data?.updateAdvisory.contentVersion}.
        </p>
      )}
      <button type="submit" className="primary" disabled={result.fetching}>
        Save the advisory
      </button>
    </form>
  );
}
