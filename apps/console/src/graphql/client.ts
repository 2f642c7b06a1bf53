import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from 'urql';

/** Types without an id of their own: stored inside their parent, never shared between parents. */
const EMBEDDED = [
  'PageInfo',
  'Classification',
  'CiaImpact',
  'Observable',
  'Reporter',
  'TriageSuggestion',
  'RelatedReport',
  'ReportDecision',
  'IncidentLink',
  'TeamMember',
  'ProposedResponder',
  'ServiceDescription',
  'ServiceTargets',
  'ConstituencyBoundaries',
  'ExchangeAgreement',
  'IncidentMetrics',
  'IncidentPeriodCount',
  'SeverityCount',
  'ClassificationCount',
  'LossThresholdCount',
  'DurationStats',
  'EstimatedLoss',
  'ReportConnection',
  'ReportEdge',
  'IncidentConnection',
  'IncidentEdge',
  'AdvisoryConnection',
  'AdvisoryEdge',
  'PersonConnection',
  'PersonEdge',
  'TeamConnection',
  'TeamEdge',
  'ConstituencyConnection',
  'ConstituencyEdge',
  'PartnerCsirtConnection',
  'PartnerCsirtEdge',
];

/** After these mutations a list may have gained or lost an entry: it is fetched again. */
const LIST_CHANGES: Record<string, string[]> = {
  submitReport: ['reports'],
  triageReport: ['reports'],
  escalateReport: ['reports', 'incidents'],
  rejectReport: ['reports'],
  mergeReport: ['reports'],
  transitionIncident: ['incidents', 'incidentMetrics'],
  mergeIncidents: ['incidents', 'incident'],
  linkIncidents: ['incident'],
  createTask: ['incident'],
  recordTaskConsent: ['incident'],
  formResponseTeam: ['incident', 'teams'],
  addTimelineEntry: ['incident'],
  draftAdvisory: ['advisories'],
  publishAdvisory: ['advisories'],
  withdrawAdvisory: ['advisories'],
};

/**
 * One client, and so one normalised cache, per signed-in token: signing in or out builds a
 * new one, so nothing one identity was shown is ever served to another from the cache.
 */
export function createApiClient(url: string, token: string): Client {
  const updates: Record<string, (result: unknown, args: unknown, cache: Cache) => void> = {};
  for (const [mutation, fields] of Object.entries(LIST_CHANGES)) {
    updates[mutation] = (_result, _args, cache) => {
      // Every cached page and filter of the field, whatever its arguments.
      for (const field of cache.inspectFields('Query')) {
        if (fields.includes(field.fieldName)) cache.invalidate('Query', field.fieldName, field.arguments ?? undefined);
      }
    };
  }
  return new Client({
    url,
    // Cache first, but an invalidated list is fetched again at once.
    requestPolicy: 'cache-and-network',
    // POST always: the gateway's CSRF guard refuses GET queries that carry no preflight header.
    preferGetMethod: false,
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(EMBEDDED.map((name) => [name, () => null])),
        updates: { Mutation: updates },
      }),
      fetchExchange,
    ],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
  });
}

/**
 * A client without a cache, for large read-only snapshots (the triage queue walks every page
 * of its reports): normalising hundreds of rows nobody edits in place costs more than it saves.
 * Same endpoint and token as the session's client, and discarded with it.
 */
export function createSnapshotClient(url: string, token: string): Client {
  return new Client({
    url,
    requestPolicy: 'network-only',
    preferGetMethod: false,
    exchanges: [fetchExchange],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
  });
}
