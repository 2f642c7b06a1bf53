import { useState } from 'react';
import { Empty, ErrorBox, formatDate, LoadMore, Loading } from '../components/States';
import { TlpBadge } from '../components/Tlp';
import { usePaged } from '../components/usePaged';
import { ConstituenciesQuery, PartnersQuery, PeopleQuery, TeamsQuery } from '../graphql/documents';

const TABS = ['people', 'teams', 'constituencies', 'partners'] as const;
type Tab = (typeof TABS)[number];

function words(value: string): string {
  return value.replace(/_/g, ' ').toLowerCase();
}

export default function Directory() {
  const [tab, setTab] = useState<Tab>('people');
  return (
    <section>
      <h1>Directory</h1>
      <div role="tablist" aria-label="Directory" className="tabs">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length];
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {name[0].toUpperCase() + name.slice(1)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'people' && <People />}
        {tab === 'teams' && <Teams />}
        {tab === 'constituencies' && <Constituencies />}
        {tab === 'partners' && <Partners />}
      </div>
    </section>
  );
}

function States({ list, what }: { list: { error?: import('urql').CombinedError; loaded: boolean; items: unknown[] }; what: string }) {
  if (list.error) return <ErrorBox error={list.error} title={`The ${what} could not be loaded`} />;
  if (!list.loaded) return <Loading what={what} />;
  if (list.items.length === 0) return <Empty>No {what} yet.</Empty>;
  return null;
}

function People() {
  const list = usePaged(PeopleQuery, { first: 50 }, (data) => data.people);
  return (
    <>
      <States list={list} what="people" />
      {list.items.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="People table, scrolls sideways">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Roles</th>
                <th scope="col">Region</th>
                <th scope="col">Skills</th>
                <th scope="col">On call</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((person) => (
                <tr key={person.id}>
                  <td>
                    {person.name}
                    <br />
                    <small>{person.email}</small>
                    {!person.active && <small> (inactive)</small>}
                  </td>
                  <td>{person.roles.map(words).join(', ')}</td>
                  <td>{person.region ?? '—'}</td>
                  <td>{person.skills.join(', ') || '—'}</td>
                  <td>{person.onCall ? 'yes' : 'no'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore hasMore={list.hasMore} loading={list.fetching} onMore={list.more} what="people" />
    </>
  );
}

function Teams() {
  const list = usePaged(TeamsQuery, { first: 50 }, (data) => data.teams);
  return (
    <>
      <States list={list} what="teams" />
      <ul className="rows">
        {list.items.map((team) => (
          <li key={team.id}>
            <strong>{team.name}</strong> · {words(team.kind)} · authority {words(team.authority)}
            {team.region ? ` · ${team.region}` : ''}
            {team.lead ? ` · lead ${team.lead.name}` : ''}
            <br />
            <small>{team.members.map((member) => `${member.person.name} (${words(member.role)})`).join(', ') || 'no members'}</small>
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.hasMore} loading={list.fetching} onMore={list.more} what="teams" />
    </>
  );
}

function Constituencies() {
  const list = usePaged(ConstituenciesQuery, { first: 50 }, (data) => data.constituencies);
  return (
    <>
      <States list={list} what="constituencies" />
      <ul className="rows">
        {list.items.map((constituency) => (
          <li key={constituency.id}>
            <strong>{constituency.name}</strong> · {words(constituency.kind)}
            {constituency.team ? ` · served by ${constituency.team.name}` : ''}
            <br />
            <small>
              {[...constituency.boundaries.geography, ...constituency.boundaries.organisations, ...constituency.boundaries.networkProviders].join(
                ', ',
              )}{' '}
              · targets: triage {constituency.service.targets.triageMinutes} min, contain {constituency.service.targets.containMinutes} min
            </small>
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.hasMore} loading={list.fetching} onMore={list.more} what="constituencies" />
    </>
  );
}

function Partners() {
  const list = usePaged(PartnersQuery, { first: 50 }, (data) => data.partners);
  return (
    <>
      <States list={list} what="partners" />
      <ul className="rows">
        {list.items.map((partner) => (
          <li key={partner.id}>
            <strong>{partner.name}</strong> ({partner.country}) · trust {words(partner.trustLevel)} · {partner.contactEmail}
            {!partner.active && ' · inactive'}
            <br />
            <small>
              Agreement v{partner.agreement.version} of {formatDate(partner.agreement.agreedAt)}: up to <TlpBadge tlp={partner.agreement.tlpCeiling} />,{' '}
              {partner.agreement.permittedActions.map(words).join(', ')}; disclosure {words(partner.agreement.disclosure)}
              {partner.agreement.embargoDays ? ` after ${partner.agreement.embargoDays} days` : ''}; attribution {words(partner.agreement.attribution)}
            </small>
          </li>
        ))}
      </ul>
      <LoadMore hasMore={list.hasMore} loading={list.fetching} onMore={list.more} what="partners" />
    </>
  );
}
