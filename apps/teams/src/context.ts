import { isUuid, type BaseRequestContext, type ServiceDeps } from '@csirt/service';
import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { Constituency } from './constituencies/constituency.entity';
import { AuditTrailRepository } from './audit/audit-trail.repository';
import { ConstituencyRepository } from './constituencies/constituency.repository';
import type { IncidentRecord } from './incidents/incident-ref.entity';
import { IncidentRepository } from './incidents/incident.repository';
import type { PartnerCsirt } from './partners/partner.entity';
import { PartnerRepository } from './partners/partner.repository';
import type { Person } from './people/person.entity';
import { PersonRepository } from './people/person.repository';
import { ResponseTeamProposal } from './response-teams/proposal.entity';
import type { Team, TeamMember } from './teams/team.entity';
import { TeamRepository } from './teams/team.repository';

/** An incident as the GraphQL layer passes it around: by id only; the incidents service owns the rest. */
export interface IncidentRef {
  id: string;
}

/** A loader by id that batches one response's lookups into one statement. */
function byIdLoader<T>(
  load: (ids: readonly string[]) => Promise<Map<string, T>>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = await load(ids.filter(isUuid));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export interface TeamsContext extends BaseRequestContext {
  deps: ServiceDeps;
  people: PersonRepository;
  teams: TeamRepository;
  constituencies: ConstituencyRepository;
  partners: PartnerRepository;
  audit: AuditTrailRepository;
  /** Batches every Person reference of a response (task assignees, team members) into one query. */
  personById: DataLoader<string, Person | null>;
  teamById: DataLoader<string, Team | null>;
  constituencyById: DataLoader<string, Constituency | null>;
  partnerById: DataLoader<string, PartnerCsirt | null>;
  incidentById: DataLoader<string, IncidentRecord | null>;
  /** Every membership (past and current) of a team, in joining order. */
  membersByTeam: DataLoader<string, TeamMember[]>;
  constituenciesByTeam: DataLoader<string, Constituency[]>;
  responseTeamByIncident: DataLoader<string, Team | null>;
  proposalByIncident: DataLoader<string, ResponseTeamProposal | null>;
}

export function createContext(base: BaseRequestContext, deps: ServiceDeps): TeamsContext {
  const manager: EntityManager = deps.dataSource.manager;
  const people = new PersonRepository(manager);
  const teams = new TeamRepository(manager);
  const constituencies = new ConstituencyRepository(manager);
  const partners = new PartnerRepository(manager);
  const incidents = new IncidentRepository(manager);
  return {
    ...base,
    deps,
    people,
    teams,
    constituencies,
    partners,
    audit: new AuditTrailRepository(manager),
    personById: byIdLoader((ids) => people.byIds(ids)),
    teamById: byIdLoader((ids) => teams.byIds(ids)),
    constituencyById: byIdLoader((ids) => constituencies.byIds(ids)),
    partnerById: byIdLoader((ids) => partners.byIds(ids)),
    incidentById: byIdLoader((ids) => incidents.byIds(ids)),
    responseTeamByIncident: byIdLoader((ids) => teams.responseTeamsByIncidents(ids)),
    proposalByIncident: byIdLoader(async (ids) => {
      const rows = ids.length
        ? await manager.find(ResponseTeamProposal, { where: { incidentId: In([...ids]) } })
        : [];
      return new Map(rows.map((row) => [row.incidentId, row]));
    }),
    membersByTeam: new DataLoader(async (ids) => {
      const byTeam = await teams.membersByTeams(ids.filter(isUuid));
      return ids.map((id) => byTeam.get(id) ?? []);
    }),
    constituenciesByTeam: new DataLoader(async (ids) => {
      const byTeam = await constituencies.byTeams(ids.filter(isUuid));
      return ids.map((id) => byTeam.get(id) ?? []);
    }),
  };
}
