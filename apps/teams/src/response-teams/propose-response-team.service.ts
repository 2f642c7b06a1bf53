import { randomUUID } from 'node:crypto';
import { ResponseTeamProposedV1, type Classification } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import { isUuid } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { Constituency } from '../constituencies/constituency.entity';
import type { IncidentRecord } from '../incidents/incident-ref.entity';
import { TECHNICAL_ROLES, type DomainRole } from '../people/domain-roles';
import { Person } from '../people/person.entity';
import { normaliseRegion } from '../validation';
import { ResponseTeamProposal, type Candidate } from './proposal.entity';

/** How many on-call technical people a proposal suggests at most. */
export const MAX_TECHNICAL_CANDIDATES = 3;

export interface ProposeCommand {
  incident: IncidentRecord;
  classification: Classification | null;
  sourceEventId: string;
}

/**
 * Suggests a response team for a new incident, for a person to confirm with
 * formResponseTeam (DOMAIN.md: normally the geo-based security officer, the region's account
 * manager and the technical people directly involved):
 * - the region is the incident's, or else the first geography of its constituency;
 * - the lead is the region's active geo-based security officer; without one (or without a
 *   region) the worldwide security manager;
 * - the region's customer account manager;
 * - for an employees constituency, the enterprise CSIRT contact (the enterprise's own
 *   network is affected);
 * - up to three active, on-call technical people of the region whose skills match the
 *   incident's RSIT class or type (any on-call technical people when it is unclassified).
 * One proposal per incident: a redelivered or repeated event changes nothing.
 */
export async function proposeResponseTeam(
  manager: EntityManager,
  outbox: Outbox,
  command: ProposeCommand,
): Promise<ResponseTeamProposal | null> {
  const { incident } = command;
  if (await manager.existsBy(ResponseTeamProposal, { incidentId: incident.id })) return null;

  const constituency =
    incident.constituencyId && isUuid(incident.constituencyId)
      ? await manager.findOne(Constituency, { where: { id: incident.constituencyId } })
      : null;
  const region = incident.region ?? normaliseRegion(constituency?.geography[0]);
  const candidates: Candidate[] = [];
  const add = (person: Person | null, role: DomainRole, why: string) => {
    if (person && !candidates.some((c) => c.personId === person.id))
      candidates.push({ personId: person.id, role, why });
  };

  const officer = region ? await findOne(manager, 'GEO_SECURITY_OFFICER', region) : null;
  if (officer)
    add(officer, 'GEO_SECURITY_OFFICER', `geo-based security officer of region ${region}; leads the team`);
  else {
    const worldwideManager = await findOne(manager, 'WORLDWIDE_SECURITY_MANAGER', null);
    add(
      worldwideManager,
      'WORLDWIDE_SECURITY_MANAGER',
      region ? `no security officer for region ${region}` : 'the incident has no region',
    );
  }
  if (region)
    add(
      await findOne(manager, 'CUSTOMER_ACCOUNT_MANAGER', region),
      'CUSTOMER_ACCOUNT_MANAGER',
      `account manager of region ${region}`,
    );
  if (constituency?.kind === 'EMPLOYEES') {
    const contact =
      (region ? await findOne(manager, 'ENTERPRISE_CSIRT_CONTACT', region) : null) ??
      (await findOne(manager, 'ENTERPRISE_CSIRT_CONTACT', null));
    add(
      contact,
      'ENTERPRISE_CSIRT_CONTACT',
      `constituency ${constituency.name} is the enterprise's own employees`,
    );
  }
  for (const person of await findTechnicalPeople(manager, region, command.classification)) {
    const role = TECHNICAL_ROLES.find((r) => person.roles.includes(r)) as DomainRole;
    const matched = command.classification
      ? person.skills.filter(
          (s) => s === command.classification?.rsitClass || s === command.classification?.rsitType,
        )
      : [];
    add(
      person,
      role,
      matched.length ? `on call; skills match the incident: ${matched.join(', ')}` : 'on call',
    );
  }

  const now = new Date();
  const proposal = manager.create(ResponseTeamProposal, {
    id: randomUUID(),
    incidentId: incident.id,
    status: 'PROPOSED',
    region,
    leadPersonId:
      candidates[0]?.role === 'GEO_SECURITY_OFFICER' || candidates[0]?.role === 'WORLDWIDE_SECURITY_MANAGER'
        ? candidates[0].personId
        : null,
    candidates,
    sourceEventId: command.sourceEventId,
    proposedAt: now,
    teamId: null,
  });
  await manager.insert(ResponseTeamProposal, proposal);
  await outbox.enqueue(manager, {
    contract: ResponseTeamProposedV1,
    subject: incident.id,
    tlp: incident.tlp,
    data: {
      incidentId: incident.id,
      proposalId: proposal.id,
      region,
      candidates,
      proposedAt: now.toISOString(),
    },
  });
  return proposal;
}

/** The longest-serving active holder of `role` (in `region`, when given); on-call people first. */
function findOne(manager: EntityManager, role: DomainRole, region: string | null): Promise<Person | null> {
  const query = manager
    .createQueryBuilder(Person, 'p')
    .where('p.active AND p.roles @> ARRAY[:role]::text[]', { role })
    .orderBy('p.onCall', 'DESC')
    .addOrderBy('p.createdAt', 'ASC')
    .addOrderBy('p.id', 'ASC');
  if (region) query.andWhere('p.region = :region', { region });
  return query.getOne();
}

function findTechnicalPeople(
  manager: EntityManager,
  region: string | null,
  classification: Classification | null,
): Promise<Person[]> {
  const query = manager
    .createQueryBuilder(Person, 'p')
    .where('p.active AND p.onCall AND p.roles && ARRAY[:...roles]::text[]', { roles: TECHNICAL_ROLES })
    .orderBy('p.createdAt', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .limit(MAX_TECHNICAL_CANDIDATES);
  if (region) query.andWhere('p.region = :region', { region });
  if (classification) {
    query.andWhere('p.skills && ARRAY[:...skills]::text[]', {
      skills: [classification.rsitClass, classification.rsitType],
    });
  }
  return query.getMany();
}
