import { randomUUID } from 'node:crypto';
import {
  ResponseTeamFormedV2,
  ResponseTeamMemberAddedV1,
  ResponseTeamMemberRemovedV1,
  TOPICS,
  type Tlp,
} from '@csirt/contracts';
import {  } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, graphql, TopicProbe, testKafka, waitFor } from '@csirt/testing';
import type { TeamsContext } from '../context';
import { PersonRepository } from '../people/person.repository';
import { TeamRepository } from '../teams/team.repository';
import { seedPerson, startTeamsWithoutConsumer, uniqueRegion } from '../test-support';

const TEAM = `id kind name region authority description createdBy incident { id } lead { id }
  members(includeFormer: true) { role lead joinedAt joinReason addedBy leftAt leaveReason removedBy person { id roles } }`;
const FORM = `mutation ($incidentId: ID!, $input: FormResponseTeamInput!) { formResponseTeam(incidentId: $incidentId, input: $input) { ${TEAM} } }`;
const ADD = `mutation ($incidentId: ID!, $input: AddResponderInput!) { addResponder(incidentId: $incidentId, input: $input) { ${TEAM} } }`;
const RELEASE = `mutation ($incidentId: ID!, $personId: ID!, $reason: String!) { releaseResponder(incidentId: $incidentId, personId: $personId, reason: $reason) { ${TEAM} } }`;
const INCIDENT_TEAM = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Incident { id responseTeam { id kind lead { id } members { role person { id name roles } } } } } }`;

describe('virtual CSIRTs (formResponseTeam, addResponder, releaseResponder) on real Postgres and Kafka', () => {
  let service: SubgraphService<TeamsContext>;
  let url: string;
  let responseTeams: TopicProbe;
  const kafka = testKafka('teams-vcsirt-spec');
  const manager = () => bearer(['INCIDENT_MANAGER'], { subject: 'im-1', clearance: 'AMBER_STRICT' });

  beforeAll(async () => {
    // Each joins a consumer group, which takes seconds: let the joins overlap.
    [service, responseTeams] = await Promise.all([
      startTeamsWithoutConsumer(),
      TopicProbe.start(kafka, TOPICS.teamsResponseTeams),
    ]);
    url = service.url;
  });

  afterAll(async () => {
    await responseTeams?.stop();
    await service?.stop();
  });

  /** The incidents read model, as the IncidentOpenedV1 handler leaves it (that path has its own spec). */
  async function seedIncident(options: { region?: string | null; tlp?: Tlp; closed?: boolean } = {}) {
    const id = randomUUID();
    await service.dependencies.dataSource.query(
      `INSERT INTO incident_ref (id, reference, region, constituency_id, tlp, severity, opened_at, closed_at) VALUES ($1, $2, $3, NULL, $4, 3, now(), $5)`,
      [
        id,
        `INC-${id.slice(0, 8)}`,
        options.region === undefined ? null : options.region,
        options.tlp ?? 'AMBER',
        options.closed ? new Date() : null,
      ],
    );
    return id;
  }

  /** A region with its security officer, account manager and an on-call engineer. */
  async function seedRegion() {
    const region = uniqueRegion();
    const officer = await seedPerson(url, { name: 'Olga Officer', region, roles: ['GEO_SECURITY_OFFICER'] });
    const accountManager = await seedPerson(url, {
      name: 'Anna Account',
      region,
      roles: ['CUSTOMER_ACCOUNT_MANAGER'],
    });
    const engineer = await seedPerson(url, {
      name: 'Emil Engineer',
      region,
      roles: ['SERVICE_ENGINEER', 'FORENSICS_EXPERT'],
      onCall: true,
    });
    return { region, officer, accountManager, engineer };
  }

  const standardInput = (r: Awaited<ReturnType<typeof seedRegion>>) => ({
    leadPersonId: r.officer.id,
    reason: 'customer site compromised',
    members: [
      { personId: r.officer.id, role: 'GEO_SECURITY_OFFICER' },
      {
        personId: r.accountManager.id,
        role: 'CUSTOMER_ACCOUNT_MANAGER',
        reason: 'owns the customer account',
      },
      { personId: r.engineer.id, role: 'FORENSICS_EXPERT' },
    ],
  });

  const teamRows = async (incidentId: string): Promise<number> =>
    (
      await service.dependencies.dataSource.query(
        'SELECT count(*)::int AS n FROM team WHERE incident_id = $1',
        [incidentId],
      )
    )[0].n;
  const memberRows = async (): Promise<number> =>
    (await service.dependencies.dataSource.query('SELECT count(*)::int AS n FROM team_member'))[0].n;

  it('forms the VCSIRT led by the regional security officer, confirms the proposal, announces it and serves Incident.responseTeam', async () => {
    const r = await seedRegion();
    const incidentId = await seedIncident({ region: r.region, tlp: 'AMBER' });
    const proposalId = randomUUID();
    await service.dependencies.dataSource.query(
      `INSERT INTO response_team_proposal (id, incident_id, status, region, lead_person_id, candidates, source_event_id, proposed_at) VALUES ($1, $2, 'PROPOSED', $3, $4, '[]', $5, now())`,
      [proposalId, incidentId, r.region, r.officer.id, randomUUID()],
    );

    const res = await graphql(url, FORM, { incidentId, input: standardInput(r) }, await manager());
    expect(res.errors).toBeUndefined();
    const team = res.data.formResponseTeam;
    expect(team).toMatchObject({
      kind: 'VCSIRT',
      region: r.region,
      authority: 'SHARED',
      description: 'customer site compromised',
      createdBy: 'im-1',
      incident: { id: incidentId },
      lead: { id: r.officer.id },
    });
    expect(team.members).toEqual([
      expect.objectContaining({
        role: 'GEO_SECURITY_OFFICER',
        lead: true,
        joinReason: 'customer site compromised',
        addedBy: 'im-1',
        leftAt: null,
        person: { id: r.officer.id, roles: ['GEO_SECURITY_OFFICER'] },
      }),
      expect.objectContaining({
        role: 'CUSTOMER_ACCOUNT_MANAGER',
        lead: false,
        joinReason: 'owns the customer account',
      }),
      expect.objectContaining({
        role: 'FORENSICS_EXPERT',
        lead: false,
        person: { id: r.engineer.id, roles: ['SERVICE_ENGINEER', 'FORENSICS_EXPERT'] },
      }),
    ]);
    for (const member of team.members) expect(Number.isNaN(Date.parse(member.joinedAt))).toBe(false);

    const [proposal] = await service.dependencies.dataSource.query(
      'SELECT status, team_id FROM response_team_proposal WHERE id = $1',
      [proposalId],
    );
    expect(proposal).toEqual({ status: 'CONFIRMED', team_id: team.id });

    const [message] = await waitFor('ResponseTeamFormedV2', async () => {
      const found = responseTeams.matching(
        (v) => v?.type === ResponseTeamFormedV2.type && v.data.incidentId === incidentId,
      );
      return found.length ? found : undefined;
    });
    expect(message.key?.toString()).toBe(incidentId);
    expect(JSON.parse(message.value!.toString())).toMatchObject({
      tlp: 'AMBER',
      version: 2,
      data: {
        teamId: team.id,
        authority: 'SHARED',
        leadPersonId: r.officer.id,
        memberIds: [r.officer.id, r.accountManager.id, r.engineer.id],
        formedBy: 'im-1',
      },
    });

    // What the gateway asks this subgraph for when a query reads an incident with its response team.
    const entity = await graphql(
      url,
      INCIDENT_TEAM,
      { r: [{ __typename: 'Incident', id: incidentId }] },
      await bearer(['ANALYST']),
    );
    expect(entity.errors).toBeUndefined();
    expect(entity.data._entities[0]).toEqual({
      id: incidentId,
      responseTeam: {
        id: team.id,
        kind: 'VCSIRT',
        lead: { id: r.officer.id },
        members: [
          {
            role: 'GEO_SECURITY_OFFICER',
            person: { id: r.officer.id, name: 'Olga Officer', roles: ['GEO_SECURITY_OFFICER'] },
          },
          {
            role: 'CUSTOMER_ACCOUNT_MANAGER',
            person: { id: r.accountManager.id, name: 'Anna Account', roles: ['CUSTOMER_ACCOUNT_MANAGER'] },
          },
          {
            role: 'FORENSICS_EXPERT',
            person: {
              id: r.engineer.id,
              name: 'Emil Engineer',
              roles: ['SERVICE_ENGINEER', 'FORENSICS_EXPERT'],
            },
          },
        ],
      },
    });
    // Many incidents in one _entities call: one query for their teams, one for the members,
    // and one per level for the people (leads, then members' persons), however many incidents.
    const spies = [
      jest.spyOn(TeamRepository.prototype, 'responseTeamsByIncidents'),
      jest.spyOn(TeamRepository.prototype, 'membersByTeams'),
      jest.spyOn(PersonRepository.prototype, 'byIds'),
    ];
    try {
      const other = await seedIncident({ region: r.region });
      const otherTeam = await graphql(
        url,
        FORM,
        { incidentId: other, input: standardInput(r) },
        await manager(),
      );
      expect(otherTeam.errors).toBeUndefined();
      for (const spy of spies) spy.mockClear();
      const many = await graphql(
        url,
        INCIDENT_TEAM,
        { r: [incidentId, other, randomUUID()].map((id) => ({ __typename: 'Incident', id })) },
        await bearer(['ANALYST']),
      );
      expect(many.errors).toBeUndefined();
      expect(
        many.data._entities.map((e: { responseTeam: { id: string } | null }) => e.responseTeam?.id ?? null),
      ).toEqual([team.id, otherTeam.data.formResponseTeam.id, null]);
      expect(spies.map((spy) => spy.mock.calls.length)).toEqual([1, 1, 2]);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const none = await graphql(
      url,
      INCIDENT_TEAM,
      { r: [{ __typename: 'Incident', id: randomUUID() }] },
      await bearer(['ANALYST']),
    );
    expect(none.data._entities).toEqual([{ id: expect.any(String), responseTeam: null }]);
    expect(
      errorCodes(await graphql(url, INCIDENT_TEAM, { r: [{ __typename: 'Incident', id: incidentId }] })),
    ).toContain('UNAUTHENTICATED');
  });

  it('allows one VCSIRT per incident, also when two requests race, and one officer to lead several', async () => {
    const r = await seedRegion();
    const incidentId = await seedIncident({ region: r.region });
    const [a, b] = await Promise.all([
      graphql(url, FORM, { incidentId, input: standardInput(r) }, await manager()),
      graphql(url, FORM, { incidentId, input: standardInput(r) }, await manager()),
    ]);
    const codes = [errorCodes(a), errorCodes(b)].sort((x, y) => x.length - y.length);
    expect(codes).toEqual([[], ['RESPONSE_TEAM.ALREADY_FORMED']]);
    const again = await graphql(url, FORM, { incidentId, input: standardInput(r) }, await manager());
    expect(errorCodes(again)).toEqual(['RESPONSE_TEAM.ALREADY_FORMED']);
    expect(await teamRows(incidentId)).toBe(1);

    // One security officer may oversee several incidents, each with its own VCSIRT.
    const another = await seedIncident({ region: r.region });
    const second = await graphql(
      url,
      FORM,
      { incidentId: another, input: standardInput(r) },
      await manager(),
    );
    expect(second.errors).toBeUndefined();
    expect(second.data.formResponseTeam.lead).toEqual({ id: r.officer.id });
  });

  it('refuses a team without a member with security responsibilities, and writes nothing', async () => {
    const r = await seedRegion();
    const incidentId = await seedIncident({ region: r.region });
    const before = await memberRows();
    const res = await graphql(
      url,
      FORM,
      {
        incidentId,
        input: {
          leadPersonId: r.engineer.id,
          reason: 'engineers only',
          members: [
            { personId: r.engineer.id, role: 'SERVICE_ENGINEER' },
            { personId: r.accountManager.id, role: 'CUSTOMER_ACCOUNT_MANAGER' },
          ],
        },
      },
      await manager(),
    );
    expect(errorCodes(res)).toEqual(['RESPONSE_TEAM.NO_SECURITY_MEMBER']);
    expect(await teamRows(incidentId)).toBe(0);
    expect(await memberRows()).toBe(before);
  });

  it('refuses an inactive member, a role the person does not hold, and an unknown role; nothing is written', async () => {
    const r = await seedRegion();
    const incidentId = await seedIncident({ region: r.region });
    const retired = await seedPerson(url, { region: r.region, roles: ['LEGAL_COUNSEL'], active: false });
    const input = standardInput(r);
    const inactive = await graphql(
      url,
      FORM,
      {
        incidentId,
        input: { ...input, members: [...input.members, { personId: retired.id, role: 'LEGAL_COUNSEL' }] },
      },
      await manager(),
    );
    expect(errorCodes(inactive)).toEqual(['PERSON.INACTIVE']);
    const notHeld = await graphql(
      url,
      FORM,
      {
        incidentId,
        input: {
          ...input,
          members: [...input.members.slice(0, 2), { personId: r.engineer.id, role: 'PR_OFFICER' }],
        },
      },
      await manager(),
    );
    expect(errorCodes(notHeld)).toEqual(['PERSON.ROLE_NOT_HELD']);
    const unknown = await graphql(
      url,
      FORM,
      { incidentId, input: { ...input, members: [{ personId: r.officer.id, role: 'OVERLORD' }] } },
      await manager(),
    );
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    const missing = await graphql(
      url,
      FORM,
      {
        incidentId,
        input: { ...input, members: [...input.members, { personId: randomUUID(), role: 'PR_OFFICER' }] },
      },
      await manager(),
    );
    expect(errorCodes(missing)).toEqual(['PERSON.NOT_FOUND']);
    expect(await teamRows(incidentId)).toBe(0);
  });

  it('insists that the geo-based security officer of the incident region leads, and that there is one officer', async () => {
    const r = await seedRegion();
    const elsewhere = await seedRegion();
    const incidentId = await seedIncident({ region: r.region });
    const input = standardInput(r);
    const foreignLead = await graphql(
      url,
      FORM,
      {
        incidentId,
        input: {
          ...input,
          leadPersonId: elsewhere.officer.id,
          members: [
            { personId: elsewhere.officer.id, role: 'GEO_SECURITY_OFFICER' },
            ...input.members.slice(1),
          ],
        },
      },
      await manager(),
    );
    expect(errorCodes(foreignLead)).toEqual(['RESPONSE_TEAM.LEAD_NOT_REGIONAL_OFFICER']);
    const coordinator = await seedPerson(url, { region: r.region, roles: ['SECURITY_COORDINATOR'] });
    const coordinatorLead = await graphql(
      url,
      FORM,
      {
        incidentId,
        input: {
          ...input,
          leadPersonId: coordinator.id,
          members: [{ personId: coordinator.id, role: 'SECURITY_COORDINATOR' }, ...input.members.slice(1)],
        },
      },
      await manager(),
    );
    expect(errorCodes(coordinatorLead)).toEqual(['RESPONSE_TEAM.LEAD_NOT_REGIONAL_OFFICER']);
    const notMember = await graphql(
      url,
      FORM,
      { incidentId, input: { ...input, leadPersonId: elsewhere.officer.id } },
      await manager(),
    );
    expect(errorCodes(notMember)).toEqual(['RESPONSE_TEAM.LEAD_NOT_A_MEMBER']);
    const twoOfficers = await graphql(
      url,
      FORM,
      {
        incidentId,
        input: {
          ...input,
          members: [...input.members, { personId: elsewhere.officer.id, role: 'GEO_SECURITY_OFFICER' }],
        },
      },
      await manager(),
    );
    expect(errorCodes(twoOfficers)).toEqual(['RESPONSE_TEAM.ONE_SECURITY_OFFICER']);
    const twice = await graphql(
      url,
      FORM,
      { incidentId, input: { ...input, members: [...input.members, input.members[0]] } },
      await manager(),
    );
    expect(errorCodes(twice)).toEqual(['RESPONSE_TEAM.INVALID_INPUT']);
    const noReason = await graphql(
      url,
      FORM,
      { incidentId, input: { ...input, reason: ' ' } },
      await manager(),
    );
    expect(errorCodes(noReason)).toEqual(['RESPONSE_TEAM.INVALID_INPUT']);
    expect(await teamRows(incidentId)).toBe(0);

    // Without a region, a security officer or the worldwide security manager may lead.
    const worldwide = await seedPerson(url, { roles: ['WORLDWIDE_SECURITY_MANAGER'] });
    const noRegion = await seedIncident({ region: null });
    const led = await graphql(
      url,
      FORM,
      {
        incidentId: noRegion,
        input: {
          leadPersonId: worldwide.id,
          reason: 'no region known',
          members: [{ personId: worldwide.id, role: 'WORLDWIDE_SECURITY_MANAGER' }],
        },
      },
      await manager(),
    );
    expect(led.errors).toBeUndefined();
    expect(led.data.formResponseTeam.lead).toEqual({ id: worldwide.id });
  });

  it('refuses unknown and closed incidents, and callers without SECURITY_OFFICER or INCIDENT_MANAGER', async () => {
    const r = await seedRegion();
    expect(
      errorCodes(
        await graphql(url, FORM, { incidentId: randomUUID(), input: standardInput(r) }, await manager()),
      ),
    ).toEqual(['RESPONSE_TEAM.INCIDENT_UNKNOWN']);
    const closed = await seedIncident({ region: r.region, closed: true });
    expect(
      errorCodes(await graphql(url, FORM, { incidentId: closed, input: standardInput(r) }, await manager())),
    ).toEqual(['RESPONSE_TEAM.INCIDENT_CLOSED']);
    const incidentId = await seedIncident({ region: r.region });
    expect(errorCodes(await graphql(url, FORM, { incidentId, input: standardInput(r) }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(
      errorCodes(
        await graphql(
          url,
          FORM,
          { incidentId, input: standardInput(r) },
          await bearer(['ANALYST', 'TEAM_ADMIN']),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await teamRows(incidentId)).toBe(0);
    const asOfficer = await graphql(
      url,
      FORM,
      { incidentId, input: standardInput(r) },
      await bearer(['SECURITY_OFFICER'], { subject: 'so-1', personId: r.officer.id }),
    );
    expect(asOfficer.errors).toBeUndefined();
  });

  it('adds and releases responders with timestamp and reason, keeps the history and announces each change', async () => {
    const r = await seedRegion();
    const incidentId = await seedIncident({ region: r.region, tlp: 'GREEN' });
    expect(
      errorCodes(
        await graphql(
          url,
          ADD,
          { incidentId, input: { personId: r.engineer.id, role: 'SERVICE_ENGINEER', reason: 'too early' } },
          await manager(),
        ),
      ),
    ).toEqual(['RESPONSE_TEAM.NOT_FORMED']);
    const input = standardInput(r);
    await graphql(
      url,
      FORM,
      { incidentId, input: { ...input, members: input.members.slice(0, 2) } },
      await manager(),
    );

    const legal = await seedPerson(url, { region: r.region, roles: ['LEGAL_COUNSEL'] });
    const added = await graphql(
      url,
      ADD,
      {
        incidentId,
        input: { personId: legal.id, role: 'LEGAL_COUNSEL', reason: 'customer notice needs review' },
      },
      await manager(),
    );
    expect(added.errors).toBeUndefined();
    expect(added.data.addResponder.members.at(-1)).toMatchObject({
      role: 'LEGAL_COUNSEL',
      joinReason: 'customer notice needs review',
      addedBy: 'im-1',
      person: { id: legal.id },
    });

    expect(
      errorCodes(
        await graphql(
          url,
          ADD,
          { incidentId, input: { personId: legal.id, role: 'LEGAL_COUNSEL', reason: 'again' } },
          await manager(),
        ),
      ),
    ).toEqual(['RESPONSE_TEAM.ALREADY_MEMBER']);
    const retired = await seedPerson(url, { region: r.region, roles: ['PR_OFFICER'], active: false });
    expect(
      errorCodes(
        await graphql(
          url,
          ADD,
          { incidentId, input: { personId: retired.id, role: 'PR_OFFICER', reason: 'press' } },
          await manager(),
        ),
      ),
    ).toEqual(['PERSON.INACTIVE']);
    const secondOfficer = await seedPerson(url, { region: r.region, roles: ['GEO_SECURITY_OFFICER'] });
    expect(
      errorCodes(
        await graphql(
          url,
          ADD,
          { incidentId, input: { personId: secondOfficer.id, role: 'GEO_SECURITY_OFFICER', reason: 'help' } },
          await manager(),
        ),
      ),
    ).toEqual(['RESPONSE_TEAM.ONE_SECURITY_OFFICER']);
    expect(
      errorCodes(
        await graphql(
          url,
          ADD,
          { incidentId, input: { personId: r.engineer.id, role: 'SERVICE_ENGINEER', reason: '' } },
          await manager(),
        ),
      ),
    ).toEqual(['RESPONSE_TEAM.INVALID_INPUT']);

    const released = await graphql(
      url,
      RELEASE,
      { incidentId, personId: legal.id, reason: 'notice approved' },
      await manager(),
    );
    expect(released.errors).toBeUndefined();
    const history = released.data.releaseResponder.members.find(
      (m: { person: { id: string } }) => m.person.id === legal.id,
    );
    expect(history).toMatchObject({ leaveReason: 'notice approved', removedBy: 'im-1' });
    expect(Number.isNaN(Date.parse(history.leftAt))).toBe(false);
    expect(
      errorCodes(
        await graphql(url, RELEASE, { incidentId, personId: legal.id, reason: 'twice' }, await manager()),
      ),
    ).toEqual(['RESPONSE_TEAM.NOT_A_MEMBER']);
    expect(
      errorCodes(
        await graphql(url, RELEASE, { incidentId, personId: r.officer.id, reason: 'bored' }, await manager()),
      ),
    ).toEqual(['RESPONSE_TEAM.LEAD_CANNOT_LEAVE']);

    // Rejoining after leaving is a new membership.
    const rejoined = await graphql(
      url,
      ADD,
      { incidentId, input: { personId: legal.id, role: 'LEGAL_COUNSEL', reason: 'second notice' } },
      await manager(),
    );
    expect(
      rejoined.data.addResponder.members.filter((m: { person: { id: string } }) => m.person.id === legal.id),
    ).toHaveLength(2);

    const events = await waitFor('member added and removed events', async () => {
      const added_ = responseTeams.matching(
        (v) => v?.type === ResponseTeamMemberAddedV1.type && v.data.incidentId === incidentId,
      );
      const removed = responseTeams.matching(
        (v) => v?.type === ResponseTeamMemberRemovedV1.type && v.data.incidentId === incidentId,
      );
      return added_.length === 2 && removed.length === 1 ? { added_, removed } : undefined;
    });
    expect(JSON.parse(events.added_[0].value!.toString())).toMatchObject({
      tlp: 'GREEN',
      data: {
        personId: legal.id,
        role: 'LEGAL_COUNSEL',
        reason: 'customer notice needs review',
        addedBy: 'im-1',
      },
    });
    expect(JSON.parse(events.removed[0].value!.toString())).toMatchObject({
      tlp: 'GREEN',
      data: { personId: legal.id, reason: 'notice approved', removedBy: 'im-1' },
    });
  });

  it("shows a TLP:RED incident's response team to its members only, everywhere it can be read", async () => {
    const r = await seedRegion();
    const incidentId = await seedIncident({ region: r.region, tlp: 'RED' });
    const redOutsider = await bearer(['SECURITY_OFFICER'], {
      subject: 'so-out',
      clearance: 'RED',
      personId: randomUUID(),
    });
    const redMember = await bearer(['SECURITY_OFFICER'], {
      subject: 'so-in',
      clearance: 'RED',
      personId: r.officer.id,
    });

    // The attack: a RED-cleared officer names themselves onto a RED incident they may not read.
    expect(errorCodes(await graphql(url, FORM, { incidentId, input: standardInput(r) }, redMember))).toEqual([
      'RESPONSE_TEAM.INCIDENT_UNKNOWN',
    ]);
    expect(
      errorCodes(await graphql(url, FORM, { incidentId, input: standardInput(r) }, redOutsider)),
    ).toEqual(['RESPONSE_TEAM.INCIDENT_UNKNOWN']);
    // An incident that does not exist answers the same.
    expect(
      errorCodes(await graphql(url, FORM, { incidentId: randomUUID(), input: standardInput(r) }, redMember)),
    ).toEqual(['RESPONSE_TEAM.INCIDENT_UNKNOWN']);
    expect(await teamRows(incidentId)).toBe(0);
    // Once the incidents service names the officer a reader (IncidentAccessChangedV1), they may.
    await service.dependencies.dataSource.query(
      `UPDATE incident_ref SET readers = $2, access_version = 1 WHERE id = $1`,
      [incidentId, ['so-in']],
    );
    const formed = await graphql(url, FORM, { incidentId, input: standardInput(r) }, redMember);
    expect(formed.errors).toBeUndefined();
    const teamId = formed.data.formResponseTeam.id;

    const seen = async (authorization: string) => {
      const viaIncident = await graphql(
        url,
        INCIDENT_TEAM,
        { r: [{ __typename: 'Incident', id: incidentId }] },
        authorization,
      );
      const viaTeam = await graphql(
        url,
        `
          query ($id: ID!) {
            team(id: $id) {
              id
            }
          }
        `,
        { id: teamId },
        authorization,
      );
      const viaEntity = await graphql(
        url,
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Team {
                id
              }
            }
          }
        `,
        { r: [{ __typename: 'Team', id: teamId }] },
        authorization,
      );
      const viaList = await graphql(
        url,
        `
          {
            teams(filter: { kind: VCSIRT }, first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        {},
        authorization,
      );
      return [
        viaIncident.data._entities[0].responseTeam?.id ?? null,
        viaTeam.data.team?.id ?? null,
        viaEntity.data._entities[0]?.id ?? null,
        viaList.data.teams.edges.some((e: { node: { id: string } }) => e.node.id === teamId) ? teamId : null,
      ];
    };
    expect(await seen(redMember)).toEqual([teamId, teamId, teamId, teamId]);
    // A named reader of the incident who is no member sees it too; so does its proposal.
    await service.dependencies.dataSource.query(
      `UPDATE incident_ref SET readers = $2, access_version = 2 WHERE id = $1`,
      [incidentId, ['so-in', 'so-reader']],
    );
    const redReader = await bearer(['ANALYST'], {
      subject: 'so-reader',
      clearance: 'RED',
      personId: randomUUID(),
    });
    expect(await seen(redReader)).toEqual([teamId, teamId, teamId, teamId]);
    expect(await seen(redOutsider)).toEqual([null, null, null, null]);
    expect(
      await seen(await bearer(['ADMIN'], { clearance: 'AMBER_STRICT', personId: r.officer.id })),
    ).toEqual([null, null, null, null]);
    // A token whose person id is not one this service issued is nobody, not an error.
    expect(await seen(await bearer(['ANALYST'], { clearance: 'RED', personId: 'not-a-uuid' }))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(
      errorCodes(
        await graphql(
          url,
          ADD,
          { incidentId, input: { personId: r.engineer.id, role: 'SERVICE_ENGINEER', reason: 'help' } },
          redOutsider,
        ),
      ),
    ).toEqual(['RESPONSE_TEAM.INCIDENT_UNKNOWN']);

    // Below RED, the label against the caller's clearance decides.
    const amber = await seedRegion();
    const amberIncident = await seedIncident({ region: amber.region, tlp: 'AMBER' });
    const amberTeam = (
      await graphql(url, FORM, { incidentId: amberIncident, input: standardInput(amber) }, await manager())
    ).data.formResponseTeam.id;
    const green = await bearer(['ANALYST'], { clearance: 'GREEN' });
    expect(
      (
        await graphql(
          url,
          `
            query ($id: ID!) {
              team(id: $id) {
                id
              }
            }
          `,
          { id: amberTeam },
          green,
        )
      ).data.team,
    ).toBeNull();
    expect(
      (
        await graphql(
          url,
          `
            query ($id: ID!) {
              team(id: $id) {
                id
              }
            }
          `,
          { id: amberTeam },
          await bearer(['ANALYST'], { clearance: 'AMBER' }),
        )
      ).data.team,
    ).toEqual({ id: amberTeam });
  });
});
