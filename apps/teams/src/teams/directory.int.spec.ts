import { randomUUID } from 'node:crypto';
import { ConstituencyChangedV1, PartnerChangedV2, TOPICS } from '@csirt/contracts';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, graphql, TopicProbe, testKafka, waitFor } from '@csirt/testing';
import type { TeamsContext } from '../context';
import { admin, reader, seedPerson, startTeamsWithoutConsumer, uniqueRegion } from '../test-support';

const TEAM_FIELDS = `id name kind region authority description createdBy
  members(includeFormer: true) { role lead joinReason leftAt leaveReason removedBy person { id roles } }
  constituencies { id name }`;
const CREATE_TEAM = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { ${TEAM_FIELDS} } }`;
const ADD_MEMBER = `mutation ($teamId: ID!, $input: AddTeamMemberInput!) { addTeamMember(teamId: $teamId, input: $input) { ${TEAM_FIELDS} } }`;
const REMOVE_MEMBER = `mutation ($teamId: ID!, $personId: ID!, $reason: String) { removeTeamMember(teamId: $teamId, personId: $personId, reason: $reason) { ${TEAM_FIELDS} } }`;
const CREATE_CONSTITUENCY = `mutation ($input: CreateConstituencyInput!) { createConstituency(input: $input) {
  id name kind boundaries { geography networkProviders organisations } team { id name authority }
  service { objective availability targets { triageMinutes acknowledgeMinutes containMinutes recoverMinutes } priorities } } }`;
const PARTNER_FIELDS = `id code name country contactEmail contactPhone trustLevel active
  agreement { tlpCeiling namedRecipients permittedActions disclosure embargoDays attribution version agreedAt }`;
const REGISTER = `mutation ($input: RegisterPartnerInput!) { registerPartner(input: $input) { ${PARTNER_FIELDS} } }`;
const UPDATE_AGREEMENT = `mutation ($partnerId: ID!, $input: ExchangeAgreementInput!) { updatePartnerAgreement(partnerId: $partnerId, input: $input) { ${PARTNER_FIELDS} } }`;

const service_ = {
  objective: 'Handle security incidents of EMEA customers',
  availability: '24x7',
  targets: { triageMinutes: 30, acknowledgeMinutes: 60, containMinutes: 240, recoverMinutes: 2880 },
  priorities: ['customer data', 'availability of the service'],
};
const agreement = {
  tlpCeiling: 'AMBER',
  namedRecipients: [],
  permittedActions: ['INTERNALLY_VISIBLE_ACTIONS', 'EXTERNALLY_VISIBLE_INDIRECT_ACTIONS'],
  disclosure: 'AFTER_EMBARGO',
  embargoDays: 30,
  attribution: 'MAY',
};

describe('teams, constituencies and partner CSIRTs on real Postgres and Kafka', () => {
  let service: SubgraphService<TeamsContext>;
  let url: string;
  let directory: TopicProbe;
  const kafka = testKafka('teams-directory-spec');
  const count = async (sql: string, params: unknown[]) =>
    (await service.dependencies.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    // Each joins a consumer group, which takes seconds: let the joins overlap.
    [service, directory] = await Promise.all([
      startTeamsWithoutConsumer(),
      TopicProbe.start(kafka, TOPICS.teamsDirectory),
    ]);
    url = service.url;
  });

  afterAll(async () => {
    await directory?.stop();
    await service?.stop();
  });

  const newTeam = async (overrides: Record<string, unknown> = {}) => {
    const res = await graphql(
      url,
      CREATE_TEAM,
      {
        input: {
          name: `Team ${randomUUID()}`,
          kind: 'GEO_SECURITY_TEAM',
          region: 'emea',
          authority: 'FULL',
          ...overrides,
        },
      },
      await admin(),
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createTeam;
  };

  describe('teams', () => {
    it('creates a standing team and adds and removes members, keeping the history', async () => {
      const team = await newTeam({ description: 'Security of EMEA customer sites' });
      expect(team).toMatchObject({
        kind: 'GEO_SECURITY_TEAM',
        region: 'EMEA',
        authority: 'FULL',
        createdBy: 'admin-1',
        members: [],
      });
      const officer = await seedPerson(url, { roles: ['GEO_SECURITY_OFFICER'] });
      const engineer = await seedPerson(url, { roles: ['SERVICE_ENGINEER'] });

      const added = await graphql(
        url,
        ADD_MEMBER,
        {
          teamId: team.id,
          input: { personId: officer.id, role: 'GEO_SECURITY_OFFICER', reason: 'regional officer' },
        },
        await admin(),
      );
      expect(added.errors).toBeUndefined();
      await graphql(
        url,
        ADD_MEMBER,
        { teamId: team.id, input: { personId: engineer.id, role: 'SERVICE_ENGINEER' } },
        await admin(),
      );
      const removed = await graphql(
        url,
        REMOVE_MEMBER,
        { teamId: team.id, personId: engineer.id, reason: 'moved to APAC' },
        await admin(),
      );
      expect(removed.errors).toBeUndefined();
      expect(removed.data.removeTeamMember.members).toEqual([
        {
          role: 'GEO_SECURITY_OFFICER',
          lead: false,
          joinReason: 'regional officer',
          leftAt: null,
          leaveReason: null,
          removedBy: null,
          person: { id: officer.id, roles: ['GEO_SECURITY_OFFICER'] },
        },
        expect.objectContaining({
          role: 'SERVICE_ENGINEER',
          leaveReason: 'moved to APAC',
          removedBy: 'admin-1',
          person: { id: engineer.id, roles: ['SERVICE_ENGINEER'] },
        }),
      ]);
      const current = await graphql(
        url,
        `
          query ($id: ID!) {
            team(id: $id) {
              members {
                person {
                  id
                }
              }
            }
          }
        `,
        { id: team.id },
        await reader(),
      );
      expect(current.data.team.members).toEqual([{ person: { id: officer.id } }]);

      const byMember = await graphql(
        url,
        `
          query ($m: ID!) {
            teams(filter: { memberId: $m }) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        { m: officer.id },
        await reader(),
      );
      expect(byMember.data.teams.edges).toEqual([{ node: { id: team.id } }]);
    });

    it('refuses an inactive person, a role the person does not hold, a second membership and a VCSIRT kind; nothing is written', async () => {
      const team = await newTeam();
      const inactive = await seedPerson(url, { roles: ['FORENSICS_EXPERT'], active: false });
      const res = await graphql(
        url,
        ADD_MEMBER,
        { teamId: team.id, input: { personId: inactive.id, role: 'FORENSICS_EXPERT' } },
        await admin(),
      );
      expect(errorCodes(res)).toEqual(['PERSON.INACTIVE']);

      const engineer = await seedPerson(url, { roles: ['SERVICE_ENGINEER'] });
      expect(
        errorCodes(
          await graphql(
            url,
            ADD_MEMBER,
            { teamId: team.id, input: { personId: engineer.id, role: 'LEGAL_COUNSEL' } },
            await admin(),
          ),
        ),
      ).toEqual(['PERSON.ROLE_NOT_HELD']);
      expect(
        errorCodes(
          await graphql(
            url,
            ADD_MEMBER,
            { teamId: team.id, input: { personId: engineer.id, role: 'WIZARD' } },
            await admin(),
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(
        errorCodes(
          await graphql(
            url,
            ADD_MEMBER,
            { teamId: randomUUID(), input: { personId: engineer.id, role: 'SERVICE_ENGINEER' } },
            await admin(),
          ),
        ),
      ).toEqual(['TEAM.NOT_FOUND']);
      expect(
        errorCodes(
          await graphql(
            url,
            ADD_MEMBER,
            { teamId: team.id, input: { personId: randomUUID(), role: 'SERVICE_ENGINEER' } },
            await admin(),
          ),
        ),
      ).toEqual(['PERSON.NOT_FOUND']);
      expect(await count('SELECT count(*)::int AS n FROM team_member WHERE team_id = $1', [team.id])).toBe(0);

      await graphql(
        url,
        ADD_MEMBER,
        { teamId: team.id, input: { personId: engineer.id, role: 'SERVICE_ENGINEER' } },
        await admin(),
      );
      expect(
        errorCodes(
          await graphql(
            url,
            ADD_MEMBER,
            { teamId: team.id, input: { personId: engineer.id, role: 'SERVICE_ENGINEER' } },
            await admin(),
          ),
        ),
      ).toEqual(['TEAM.ALREADY_MEMBER']);
      expect(
        errorCodes(
          await graphql(url, REMOVE_MEMBER, { teamId: team.id, personId: inactive.id }, await admin()),
        ),
      ).toEqual(['TEAM.NOT_A_MEMBER']);

      const name = `VCSIRT ${randomUUID()}`;
      const vcsirt = await graphql(
        url,
        CREATE_TEAM,
        { input: { name, kind: 'VCSIRT', authority: 'FULL' } },
        await admin(),
      );
      expect(errorCodes(vcsirt)).toEqual(['TEAM.INVALID_INPUT']);
      expect(vcsirt.errors?.[0].extensions?.field).toBe('kind');
      const dup = await graphql(
        url,
        CREATE_TEAM,
        { input: { name: team.name.toUpperCase(), kind: 'ENTERPRISE_CSIRT', authority: 'INDIRECT' } },
        await admin(),
      );
      expect(errorCodes(dup)).toEqual(['TEAM.NAME_TAKEN']);
      expect(await count('SELECT count(*)::int AS n FROM team WHERE name = $1', [name])).toBe(0);
    });

    it('requires TEAM_ADMIN to change teams and a staff role to read them', async () => {
      const input = { name: `T ${randomUUID()}`, kind: 'SECURITY_ADVISORY_GROUP', authority: 'NONE' };
      expect(errorCodes(await graphql(url, CREATE_TEAM, { input }))).toEqual(['UNAUTHENTICATED']);
      expect(
        errorCodes(await graphql(url, CREATE_TEAM, { input }, await bearer(['INCIDENT_MANAGER']))),
      ).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(
          await graphql(
            url,
            `
              {
                teams {
                  edges {
                    node {
                      id
                    }
                  }
                }
              }
            `,
            {},
            await bearer(['REPORTER']),
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      expect(await count('SELECT count(*)::int AS n FROM team WHERE name = $1', [input.name])).toBe(0);
    });

    it('lists teams by kind and region, newest first, by pages', async () => {
      const region = uniqueRegion();
      const t1 = await newTeam({ region, kind: 'CORPORATE_SECURITY_TEAM' });
      const t2 = await newTeam({ region, kind: 'GEO_SECURITY_TEAM' });
      const t3 = await newTeam({ region, kind: 'GEO_SECURITY_TEAM' });
      const list = `query ($filter: TeamFilter, $first: Int, $after: String) { teams(filter: $filter, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      const ids = (res: { data?: { teams: { edges: { node: { id: string } }[] } } }) =>
        res.data!.teams.edges.map((e) => e.node.id);
      expect(ids(await graphql(url, list, { filter: { region } }, await reader()))).toEqual([
        t3.id,
        t2.id,
        t1.id,
      ]);
      expect(
        ids(await graphql(url, list, { filter: { region, kind: 'GEO_SECURITY_TEAM' } }, await reader())),
      ).toEqual([t3.id, t2.id]);
      const page1 = await graphql(url, list, { filter: { region }, first: 2 }, await reader());
      expect(page1.data.teams.pageInfo.hasNextPage).toBe(true);
      const page2 = await graphql(
        url,
        list,
        { filter: { region }, first: 2, after: page1.data.teams.pageInfo.endCursor },
        await reader(),
      );
      expect(ids(page2)).toEqual([t1.id]);
    });

    it('resolves Team references through _entities', async () => {
      const team = await newTeam();
      const res = await graphql(
        url,
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Team {
                id
                name
                kind
                authority
              }
            }
          }
        `,
        {
          r: [
            { __typename: 'Team', id: team.id },
            { __typename: 'Team', id: randomUUID() },
          ],
        },
        await reader(),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data._entities).toEqual([
        { id: team.id, name: team.name, kind: 'GEO_SECURITY_TEAM', authority: 'FULL' },
        null,
      ]);
    });
  });

  describe('constituencies', () => {
    it('records a constituency with boundaries, serving team and service description, and announces it', async () => {
      const team = await newTeam();
      const name = `EMEA customers ${randomUUID()}`;
      const res = await graphql(
        url,
        CREATE_CONSTITUENCY,
        {
          input: {
            name,
            kind: 'CUSTOMERS',
            boundaries: { geography: ['DE', 'FR', 'DE'], organisations: ['Example AG'] },
            teamId: team.id,
            service: service_,
          },
        },
        await admin(),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.createConstituency).toMatchObject({
        name,
        kind: 'CUSTOMERS',
        boundaries: { geography: ['DE', 'FR'], networkProviders: [], organisations: ['Example AG'] },
        team: { id: team.id, authority: 'FULL' },
        service: service_,
      });
      const id = res.data.createConstituency.id;
      const [message] = await waitFor('ConstituencyChangedV1', async () => {
        const found = directory.matching(
          (v) => v?.type === ConstituencyChangedV1.type && v.data.constituencyId === id,
        );
        return found.length ? found : undefined;
      });
      expect(JSON.parse(message.value!.toString())).toMatchObject({
        tlp: 'AMBER',
        data: {
          name,
          kind: 'CUSTOMERS',
          teamId: team.id,
          geography: ['DE', 'FR'],
          organisations: ['Example AG'],
          targets: service_.targets,
        },
      });
      const byTeam = await graphql(
        url,
        `
          query ($id: ID!) {
            team(id: $id) {
              constituencies {
                id
              }
            }
          }
        `,
        { id: team.id },
        await reader(),
      );
      expect(byTeam.data.team.constituencies).toEqual([{ id }]);
      const one = await graphql(
        url,
        `
          query ($id: ID!) {
            constituency(id: $id) {
              id
              name
            }
          }
        `,
        { id },
        await reader(),
      );
      expect(one.data.constituency).toEqual({ id, name });
      const list = await graphql(
        url,
        `
          {
            constituencies(first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        {},
        await reader(),
      );
      expect(list.data.constituencies.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
      const entity = await graphql(
        url,
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Constituency {
                id
                kind
              }
            }
          }
        `,
        { r: [{ __typename: 'Constituency', id }] },
        await reader(),
      );
      expect(entity.data._entities).toEqual([{ id, kind: 'CUSTOMERS' }]);
    });

    it('changes a constituency (name, boundaries) and announces it, newer than before, so read models follow', async () => {
      const name = `APAC customers ${randomUUID()}`;
      const created = await graphql(
        url,
        CREATE_CONSTITUENCY,
        { input: { name, kind: 'REGION', boundaries: { geography: ['JP'] }, service: service_ } },
        await admin(),
      );
      const id = created.data.createConstituency.id;
      const UPDATE = `mutation ($id: ID!, $input: UpdateConstituencyInput!) { updateConstituency(id: $id, input: $input) {
        id name boundaries { geography networkProviders organisations } } }`;
      const updated = await graphql(url, UPDATE, { id, input: { boundaries: { geography: ['JP', 'KR', 'JP'] } } }, await admin());
      expect(updated.errors).toBeUndefined();
      expect(updated.data.updateConstituency).toEqual({
        id,
        name,
        boundaries: { geography: ['JP', 'KR'], networkProviders: [], organisations: [] },
      });
      const announced = await waitFor('two ConstituencyChangedV1', async () => {
        const found = directory.matching((v) => v?.type === ConstituencyChangedV1.type && v.data.constituencyId === id);
        return found.length === 2 ? found.map((m) => JSON.parse(m.value!.toString()).data) : undefined;
      });
      expect(announced.map((d) => d.geography)).toEqual([['JP'], ['JP', 'KR']]);
      expect(new Date(announced[1].changedAt).getTime()).toBeGreaterThan(new Date(announced[0].changedAt).getTime());

      // Refusals: unknown id, a taken name, no boundary left, a caller who may not; nothing changes.
      const other = await graphql(
        url,
        CREATE_CONSTITUENCY,
        { input: { name: `Other ${randomUUID()}`, kind: 'REGION', boundaries: { geography: ['NZ'] }, service: service_ } },
        await admin(),
      );
      expect(errorCodes(await graphql(url, UPDATE, { id: randomUUID(), input: { name: 'x' } }, await admin()))).toEqual(['CONSTITUENCY.NOT_FOUND']);
      expect(errorCodes(await graphql(url, UPDATE, { id: 'nope', input: { name: 'x' } }, await admin()))).toEqual(['CONSTITUENCY.NOT_FOUND']);
      expect(
        errorCodes(await graphql(url, UPDATE, { id, input: { name: other.data.createConstituency.name.toUpperCase() } }, await admin())),
      ).toEqual(['CONSTITUENCY.NAME_TAKEN']);
      expect(errorCodes(await graphql(url, UPDATE, { id, input: { boundaries: { geography: [] } } }, await admin()))).toEqual([
        'CONSTITUENCY.INVALID_INPUT',
      ]);
      expect(errorCodes(await graphql(url, UPDATE, { id, input: { name: 'Mine now' } }, await reader()))).toEqual(['FORBIDDEN']);
      const [row] = await service.dependencies.dataSource.query('SELECT name, geography FROM constituency WHERE id = $1', [id]);
      expect(row).toEqual({ name, geography: ['JP', 'KR'] });
    });

    it('rejects a constituency without boundaries, with target times out of order, or served by an unknown team; nothing is written', async () => {
      const name = `Bad ${randomUUID()}`;
      const base = { name, kind: 'REGION', boundaries: { geography: ['NL'] }, service: service_ };
      const noBoundary = await graphql(
        url,
        CREATE_CONSTITUENCY,
        { input: { ...base, boundaries: {} } },
        await admin(),
      );
      expect(errorCodes(noBoundary)).toEqual(['CONSTITUENCY.INVALID_INPUT']);
      expect(noBoundary.errors?.[0].extensions?.field).toBe('boundaries');
      const targets = { ...service_.targets, containMinutes: 10 };
      const disorder = await graphql(
        url,
        CREATE_CONSTITUENCY,
        { input: { ...base, service: { ...service_, targets } } },
        await admin(),
      );
      expect(errorCodes(disorder)).toEqual(['CONSTITUENCY.INVALID_INPUT']);
      expect(
        errorCodes(
          await graphql(
            url,
            CREATE_CONSTITUENCY,
            { input: { ...base, teamId: randomUUID() } },
            await admin(),
          ),
        ),
      ).toEqual(['TEAM.NOT_FOUND']);
      expect(
        errorCodes(
          await graphql(url, CREATE_CONSTITUENCY, { input: { ...base, kind: 'MARTIANS' } }, await admin()),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await graphql(url, CREATE_CONSTITUENCY, { input: base }, await reader()))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await count('SELECT count(*)::int AS n FROM constituency WHERE name = $1', [name])).toBe(0);
    });
  });

  describe('partner CSIRTs', () => {
    const register = async (
      overrides: Record<string, unknown> = {},
      agreementOverrides: Record<string, unknown> = {},
    ) =>
      graphql(
        url,
        REGISTER,
        {
          input: {
            code: `cert-${randomUUID()}`,
            name: `CERT ${randomUUID()}`,
            country: 'de',
            contactEmail: 'Team@Cert.Example',
            trustLevel: 'MEDIUM',
            agreement: { ...agreement, ...agreementOverrides },
            ...overrides,
          },
        },
        await admin(),
      );

    it('registers a partner with its code and agreement and announces PartnerChangedV2', async () => {
      const code = `cert-${randomUUID().slice(0, 8)}`;
      const res = await register({ code }, { namedRecipients: ['Duty@cert.example'] });
      expect(res.errors).toBeUndefined();
      const partner = res.data.registerPartner;
      expect(partner).toMatchObject({
        code,
        country: 'DE',
        contactEmail: 'team@cert.example',
        trustLevel: 'MEDIUM',
        active: true,
        agreement: { ...agreement, namedRecipients: ['duty@cert.example'], version: 1 },
      });
      const [message] = await waitFor('PartnerChangedV2', async () => {
        const found = directory.matching(
          (v) => v?.type === PartnerChangedV2.type && v.version === 2 && v.data.partnerId === partner.id,
        );
        return found.length ? found : undefined;
      });
      const announced = JSON.parse(message.value!.toString());
      expect(announced).toMatchObject({
        tlp: 'AMBER',
        data: {
          code,
          name: partner.name,
          country: 'DE',
          active: true,
          agreement: {
            tlpCeiling: 'AMBER',
            namedRecipientCount: 1,
            permittedActions: agreement.permittedActions,
            disclosure: 'AFTER_EMBARGO',
            embargoDays: 30,
            attribution: 'MAY',
            version: 1,
          },
        },
      });
      // Recipients are counted, never listed: their addresses stay in teams.
      expect(JSON.stringify(announced)).not.toContain('duty@cert.example');
      const again = await register({ code });
      expect(errorCodes(again)).toEqual(['PARTNER.CODE_TAKEN']);
      expect(errorCodes(await register({ code: 'Not A Code' }))).toEqual(['PARTNER.INVALID_INPUT']);
      // The code never changes, whatever writes the row.
      await expect(
        service.dependencies.dataSource.query(`UPDATE partner_csirt SET code = 'renamed-partner' WHERE id = $1`, [partner.id]),
      ).rejects.toThrow(/code never changes/);
      const one = await graphql(
        url,
        `
          query ($id: ID!) {
            partner(id: $id) {
              id
              name
            }
          }
        `,
        { id: partner.id },
        await bearer(['PUBLISHER']),
      );
      expect(one.data.partner).toEqual({ id: partner.id, name: partner.name });
      const list = await graphql(
        url,
        `
          {
            partners(first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        {},
        await bearer(['PUBLISHER']),
      );
      expect(list.data.partners.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(partner.id);
      const entity = await graphql(
        url,
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on PartnerCsirt {
                id
                agreement {
                  tlpCeiling
                }
              }
            }
          }
        `,
        { r: [{ __typename: 'PartnerCsirt', id: partner.id }] },
        await reader(),
      );
      expect(entity.data._entities).toEqual([{ id: partner.id, agreement: { tlpCeiling: 'AMBER' } }]);
    });

    it('refuses an agreement that lets a partner receive TLP:RED without named recipients; nothing is written', async () => {
      const name = `CERT RED ${randomUUID()}`;
      const res = await register({ name }, { tlpCeiling: 'RED', namedRecipients: [] });
      expect(errorCodes(res)).toEqual(['PARTNER.RED_REQUIRES_NAMED_RECIPIENTS']);
      expect(await count('SELECT count(*)::int AS n FROM partner_csirt WHERE name = $1', [name])).toBe(0);

      const ok = await register({}, { tlpCeiling: 'RED', namedRecipients: ['Duty@cert.example'] });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.registerPartner.agreement).toMatchObject({
        tlpCeiling: 'RED',
        namedRecipients: ['duty@cert.example'],
      });
    });

    it('versions agreement changes and refuses a RED change without recipients, keeping the old terms', async () => {
      const partner = (await register()).data.registerPartner;
      const refused = await graphql(
        url,
        UPDATE_AGREEMENT,
        { partnerId: partner.id, input: { ...agreement, tlpCeiling: 'RED' } },
        await admin(),
      );
      expect(errorCodes(refused)).toEqual(['PARTNER.RED_REQUIRES_NAMED_RECIPIENTS']);
      const [row] = await service.dependencies.dataSource.query(
        'SELECT tlp_ceiling, agreement_version FROM partner_csirt WHERE id = $1',
        [partner.id],
      );
      expect(row).toEqual({ tlp_ceiling: 'AMBER', agreement_version: 1 });

      const changed = await graphql(
        url,
        UPDATE_AGREEMENT,
        {
          partnerId: partner.id,
          input: {
            ...agreement,
            tlpCeiling: 'GREEN',
            disclosure: 'MUST_NOT_DISCLOSE',
            embargoDays: null,
            attribution: 'MUST_NOT',
          },
        },
        await admin(),
      );
      expect(changed.errors).toBeUndefined();
      expect(changed.data.updatePartnerAgreement.agreement).toMatchObject({
        tlpCeiling: 'GREEN',
        disclosure: 'MUST_NOT_DISCLOSE',
        embargoDays: null,
        attribution: 'MUST_NOT',
        version: 2,
      });
      await waitFor(
        'PartnerChangedV2 with the new ceiling and version',
        async () =>
          directory.matching(
            (v) =>
              v?.type === PartnerChangedV2.type &&
              v.data.partnerId === partner.id &&
              v.data.agreement?.tlpCeiling === 'GREEN' &&
              v.data.agreement?.version === 2 &&
              v.data.agreement?.attribution === 'MUST_NOT',
          ).length > 0,
      );
      expect(
        errorCodes(
          await graphql(url, UPDATE_AGREEMENT, { partnerId: randomUUID(), input: agreement }, await admin()),
        ),
      ).toEqual(['PARTNER.NOT_FOUND']);
    });

    it('validates the rest of the agreement and the partner', async () => {
      const field = async (
        overrides: Record<string, unknown>,
        agreementOverrides: Record<string, unknown> = {},
      ) => {
        const res = await register(overrides, agreementOverrides);
        expect(errorCodes(res)).toEqual(['PARTNER.INVALID_INPUT']);
        return res.errors?.[0].extensions?.field;
      };
      expect(await field({ country: 'Germany' })).toBe('country');
      expect(await field({ contactEmail: 'nope' })).toBe('contactEmail');
      expect(await field({}, { embargoDays: null })).toBe('agreement.embargoDays');
      expect(await field({}, { permittedActions: [] })).toBe('agreement.permittedActions');
      expect(await field({}, { tlpCeiling: 'RED', namedRecipients: ['not-an-email'] })).toBe(
        'agreement.namedRecipients.0',
      );
      expect(errorCodes(await register({}, { tlpCeiling: 'WHITE' }))).toEqual(['BAD_USER_INPUT']);
      expect(new Set(errorCodes(await graphql(url, REGISTER, { input: {} }, await reader())))).toEqual(
        new Set(['BAD_USER_INPUT']),
      );
    });
  });
});
