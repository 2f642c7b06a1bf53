import type { Principal } from '@csirt/auth';
import { incidentAccessOf, mayReadIncident, type BaseRequestContext, type ServiceDeps } from '@csirt/service';
import DataLoader from 'dataloader';
import { incidentIdsOf } from './advisories/advisory-records';
import type { Advisory, AdvisoryApproval, AdvisoryRevision } from './advisories/advisory.entity';
import { AdvisoryRepository } from './advisories/advisory.repository';
import type { ReleaseDelivery } from './delivery/advisory-release';
import type { AcknowledgementStatus } from './receipts/acknowledgement-status';
import { acknowledgementsLoader } from './receipts/receipts.loader';

/** An incident as this service knows it: by id only; the incidents service owns the rest. */
export interface IncidentRef {
  id: string;
}

export interface AnnouncementsContext extends BaseRequestContext {
  deps: ServiceDeps;
  /** Where publish, revise and withdraw hand their releases (see subgraph.ts). */
  delivery: ReleaseDelivery;
  advisories: AdvisoryRepository;
  /** Batches Incident.advisories for every incident in one response into one query. */
  advisoriesByIncident: DataLoader<string, Advisory[]>;
  /** Whether the caller may learn of an incident (its id, its existence); see mayReadIncident. */
  readableIncident: DataLoader<string, boolean>;
  /** Batches the advisories `_entities` asks for into one query (one per representation was N+1). */
  advisoryById: DataLoader<string, Advisory | null>;
  /** The incidents each advisory concerns (all of them; Advisory.incidents filters). */
  incidentIdsOfAdvisory: DataLoader<string, string[]>;
  approvalsOfAdvisory: DataLoader<string, AdvisoryApproval[]>;
  revisionsOfAdvisory: DataLoader<string, AdvisoryRevision[]>;
  /** Advisory.acknowledgements (read receipts) of every advisory in one response, batched. */
  acknowledgementsByAdvisory: DataLoader<string, AcknowledgementStatus[]>;
}

export function createContext(base: BaseRequestContext, deps: ServiceDeps, delivery: ReleaseDelivery): AnnouncementsContext {
  const advisories = new AdvisoryRepository(deps.dataSource.manager);
  return {
    ...base,
    deps,
    delivery,
    advisories,
    advisoriesByIncident: new DataLoader(async (ids) => {
      // Reaching this loader already required a caller (see Incident.advisories).
      const byIncident = await advisories.byIncidents(base.principal as Principal, ids);
      return ids.map((id) => byIncident.get(id) ?? []);
    }),
    readableIncident: new DataLoader(async (ids) => {
      // Callers of this loader have already required a principal (see the resolvers).
      const caller = base.principal as Principal;
      const access = await incidentAccessOf(deps.dataSource.manager, ids);
      return ids.map((id) => mayReadIncident(caller, access.get(id)));
    }),
    advisoryById: new DataLoader(async (ids) => {
      const byId = await advisories.findByIds(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
    incidentIdsOfAdvisory: new DataLoader(async (ids) => {
      const byAdvisory = await incidentIdsOf(deps.dataSource.manager, ids);
      return ids.map((id) => byAdvisory.get(id) ?? []);
    }),
    approvalsOfAdvisory: new DataLoader(async (ids) => {
      const byAdvisory = await advisories.approvalsOf(ids);
      return ids.map((id) => byAdvisory.get(id) ?? []);
    }),
    revisionsOfAdvisory: new DataLoader(async (ids) => {
      const byAdvisory = await advisories.revisionsOf(ids);
      return ids.map((id) => byAdvisory.get(id) ?? []);
    }),
    acknowledgementsByAdvisory: acknowledgementsLoader(deps.dataSource.manager),
  };
}
