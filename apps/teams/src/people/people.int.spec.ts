import { randomUUID } from 'node:crypto';
import { PersonChangedV1, TOPICS } from '@csirt/contracts';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, graphql, TopicProbe, testKafka, waitFor } from '@csirt/testing';
import type { TeamsContext } from '../context';
import { PersonRepository } from './person.repository';
import {
  admin,
  PERSON_FIELDS,
  reader,
  seedPerson,
  startTeamsWithoutConsumer,
  uniqueRegion,
} from '../test-support';

const CREATE = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { ${PERSON_FIELDS} } }`;
const PEOPLE = `query ($filter: PersonFilter, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) { edges { cursor node { id name region roles skills onCall active } } pageInfo { hasNextPage endCursor } }
}`;

describe('people (Person) on real Postgres and Kafka', () => {
  let service: SubgraphService<TeamsContext>;
  let url: string;
  let directory: TopicProbe;
  const kafka = testKafka('teams-people-spec');

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

  const countPeople = async (email: string): Promise<number> => {
    const [{ n }] = await service.dependencies.dataSource.query(
      'SELECT count(*)::int AS n FROM person WHERE email = $1',
      [email],
    );
    return n;
  };

  it('creates a person, normalises e-mail, region and skills, and announces PersonChangedV1 labelled TLP:AMBER', async () => {
    const email = `Ada.${randomUUID()}@Example.ORG`;
    const res = await graphql(
      url,
      CREATE,
      {
        input: {
          name: ' Ada Lovelace ',
          email,
          region: 'emea',
          roles: ['GEO_SECURITY_OFFICER', 'FORENSICS_EXPERT'],
          skills: ['Forensics', 'forensics', 'Malware'],
          onCall: true,
        },
      },
      await admin(),
    );
    expect(res.errors).toBeUndefined();
    const person = res.data.createPerson;
    expect(person).toMatchObject({
      name: 'Ada Lovelace',
      email: email.toLowerCase(),
      region: 'EMEA',
      roles: ['GEO_SECURITY_OFFICER', 'FORENSICS_EXPERT'],
      skills: ['forensics', 'malware'],
      onCall: true,
      active: true,
      hasSecurityResponsibilities: true,
    });
    const rows = await service.dependencies.dataSource.query(
      'SELECT email, roles, skills FROM person WHERE id = $1',
      [person.id],
    );
    expect(rows).toEqual([
      {
        email: email.toLowerCase(),
        roles: ['GEO_SECURITY_OFFICER', 'FORENSICS_EXPERT'],
        skills: ['forensics', 'malware'],
      },
    ]);

    const [message] = await waitFor('PersonChangedV1 on the directory topic', async () => {
      const found = directory.matching(
        (v) => v?.type === PersonChangedV1.type && v.data.personId === person.id,
      );
      return found.length ? found : undefined;
    });
    const envelope = JSON.parse(message.value!.toString());
    expect(message.key?.toString()).toBe(person.id);
    expect(envelope).toMatchObject({
      source: 'teams',
      tlp: 'AMBER',
      data: { email: email.toLowerCase(), region: 'EMEA', active: true },
    });
  });

  it('updates a person (only the given fields), clears region with null, and announces the change', async () => {
    const person = await seedPerson(url, { region: 'APAC', roles: ['TECHNICAL_SUPPORT'], skills: ['ddos'] });
    const res = await graphql(
      url,
      UPDATE,
      {
        id: person.id,
        input: { active: false, region: null, roles: ['TECHNICAL_SUPPORT', 'SERVICE_ENGINEER'] },
      },
      await admin(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updatePerson).toMatchObject({
      active: false,
      region: null,
      roles: ['TECHNICAL_SUPPORT', 'SERVICE_ENGINEER'],
      skills: ['ddos'],
      hasSecurityResponsibilities: false,
    });
    await waitFor(
      'PersonChangedV1 with active false',
      async () =>
        directory.matching(
          (v) => v?.type === PersonChangedV1.type && v.data.personId === person.id && v.data.active === false,
        ).length > 0,
    );
  });

  it('rejects an invalid or taken e-mail with a stable code and writes nothing', async () => {
    const bad = await graphql(
      url,
      CREATE,
      { input: { name: 'X', email: 'not-an-email', roles: ['PR_OFFICER'] } },
      await admin(),
    );
    expect(errorCodes(bad)).toEqual(['PERSON.INVALID_INPUT']);
    expect(bad.errors?.[0].extensions?.field).toBe('email');
    expect(await countPeople('not-an-email')).toBe(0);

    const taken = await seedPerson(url, { roles: ['PR_OFFICER'] });
    const again = await graphql(
      url,
      CREATE,
      { input: { name: 'Y', email: taken.email.toUpperCase(), roles: ['LEGAL_COUNSEL'] } },
      await admin(),
    );
    expect(errorCodes(again)).toEqual(['PERSON.EMAIL_TAKEN']);
    expect(await countPeople(taken.email)).toBe(1);

    const other = await seedPerson(url, { roles: ['PR_OFFICER'] });
    const clash = await graphql(url, UPDATE, { id: other.id, input: { email: taken.email } }, await admin());
    expect(errorCodes(clash)).toEqual(['PERSON.EMAIL_TAKEN']);
  });

  it('rejects a person without roles, and an unknown role given as a string, with stable codes', async () => {
    const email = `r-${randomUUID()}@example.org`;
    const none = await graphql(url, CREATE, { input: { name: 'No Role', email, roles: [] } }, await admin());
    expect(errorCodes(none)).toEqual(['PERSON.INVALID_INPUT']);
    expect(none.errors?.[0].extensions?.field).toBe('roles');

    // In variables: Apollo's variable coercion rejects it before any resolver runs.
    const asVariable = await graphql(
      url,
      CREATE,
      { input: { name: 'Wizard', email, roles: ['WIZARD'] } },
      await admin(),
    );
    expect(errorCodes(asVariable)).toEqual(['BAD_USER_INPUT']);
    // As a literal in the document: validation rejects the operation.
    const asLiteral = await graphql(
      url,
      `mutation { createPerson(input: { name: "Wizard", email: "${email}", roles: [WIZARD] }) { id } }`,
      {},
      await admin(),
    );
    expect(errorCodes(asLiteral)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // In a filter, likewise.
    const inFilter = await graphql(url, PEOPLE, { filter: { role: 'WIZARD' } }, await reader());
    expect(errorCodes(inFilter)).toEqual(['BAD_USER_INPUT']);
    expect(await countPeople(email)).toBe(0);
  });

  it('requires a caller, and TEAM_ADMIN for changes', async () => {
    const input = { name: 'Z', email: `z-${randomUUID()}@example.org`, roles: ['HUMAN_RESOURCES'] };
    expect(errorCodes(await graphql(url, CREATE, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(url, CREATE, { input }, await bearer(['SECURITY_OFFICER'])))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await graphql(url, PEOPLE, {}))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(url, PEOPLE, {}, await bearer(['REPORTER'])))).toEqual(['FORBIDDEN']);
    expect(await countPeople(input.email)).toBe(0);
    for (const role of [
      'ANALYST',
      'INCIDENT_MANAGER',
      'SECURITY_OFFICER',
      'TEAM_ADMIN',
      'PUBLISHER',
      'AUDITOR',
    ] as const) {
      expect((await graphql(url, PEOPLE, { first: 1 }, await bearer([role]))).errors).toBeUndefined();
    }
  });

  it('reads one person; an unknown or malformed id is null', async () => {
    const person = await seedPerson(url, { roles: ['IT_AUDITOR'] });
    const query = `query ($id: ID!) { person(id: $id) { id roles } }`;
    expect((await graphql(url, query, { id: person.id }, await reader())).data.person).toEqual({
      id: person.id,
      roles: ['IT_AUDITOR'],
    });
    expect((await graphql(url, query, { id: randomUUID() }, await reader())).data.person).toBeNull();
    const malformed = await graphql(url, query, { id: 'not-a-uuid' }, await reader());
    expect(malformed.errors).toBeUndefined();
    expect(malformed.data.person).toBeNull();
  });

  it('filters by region, role, active, on-call and skill, and pages newest first by keyset', async () => {
    const region = uniqueRegion();
    const a = await seedPerson(url, { region, roles: ['SERVICE_ENGINEER'], skills: ['ddos'], onCall: true });
    const b = await seedPerson(url, {
      region,
      roles: ['FORENSICS_EXPERT'],
      skills: ['malware'],
      onCall: true,
    });
    const c = await seedPerson(url, {
      region,
      roles: ['SERVICE_ENGINEER'],
      skills: ['malware'],
      onCall: false,
      active: false,
    });
    const d = await seedPerson(url, { region, roles: ['CUSTOMER_ACCOUNT_MANAGER'] });
    const ids = async (filter: Record<string, unknown>) =>
      (
        await graphql(url, PEOPLE, { filter: { region: region.toLowerCase(), ...filter } }, await reader())
      ).data.people.edges.map((e: { node: { id: string } }) => e.node.id);

    expect(await ids({})).toEqual([d.id, c.id, b.id, a.id]);
    expect(await ids({ role: 'SERVICE_ENGINEER' })).toEqual([c.id, a.id]);
    expect(await ids({ skill: 'MALWARE' })).toEqual([c.id, b.id]);
    expect(await ids({ onCall: true })).toEqual([b.id, a.id]);
    expect(await ids({ active: false })).toEqual([c.id]);
    expect(await ids({ role: 'SERVICE_ENGINEER', active: true, onCall: true, skill: 'ddos' })).toEqual([
      a.id,
    ]);

    const page1 = (await graphql(url, PEOPLE, { filter: { region }, first: 3 }, await reader())).data.people;
    expect(page1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([d.id, c.id, b.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await graphql(
        url,
        PEOPLE,
        { filter: { region }, first: 3, after: page1.pageInfo.endCursor },
        await reader(),
      )
    ).data.people;
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    expect(errorCodes(await graphql(url, PEOPLE, { first: 101 }, await reader()))).toEqual([
      'PAGINATION.INVALID_PAGE_SIZE',
    ]);
    expect(errorCodes(await graphql(url, PEOPLE, { after: 'garbage' }, await reader()))).toEqual([
      'PAGINATION.INVALID_CURSOR',
    ]);
  });

  it('uses the filter indexes for the people list', async () => {
    const plan = async (sql: string) => {
      const manager = service.dependencies.dataSource.manager;
      return manager.transaction(async (tx) => {
        await tx.query('SET LOCAL enable_seqscan = off');
        const rows: { 'QUERY PLAN': string }[] = await tx.query(`EXPLAIN ${sql}`);
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
    };
    expect(
      await plan(
        `SELECT id FROM person WHERE roles @> ARRAY['SERVICE_ENGINEER']::text[] ORDER BY created_at DESC, id DESC LIMIT 21`,
      ),
    ).toMatch(/person_(roles|list)/);
    expect(await plan(`SELECT id FROM person WHERE skills @> ARRAY['ddos']::text[]`)).toMatch(
      /person_skills/,
    );
    expect(
      await plan(`SELECT id FROM person WHERE region = 'EMEA' ORDER BY created_at DESC, id DESC LIMIT 21`),
    ).toMatch(/person_region_list/);
    expect(
      await plan(`SELECT id FROM person WHERE on_call ORDER BY created_at DESC, id DESC LIMIT 21`),
    ).toMatch(/person_on_call_list|person_list/);
  });

  it('resolves Person references through _entities in one batch, and checks the caller there too', async () => {
    const p1 = await seedPerson(url, { roles: ['TECHNICAL_LEAD'] });
    const p2 = await seedPerson(url, { roles: ['TEAM_MANAGER'] });
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id roles email } } }`;
    const representations = [p1, p2, { id: randomUUID() }].map((p) => ({ __typename: 'Person', id: p.id }));

    // The service runs in this process: count how often the batch lookup runs.
    const byIds = jest.spyOn(PersonRepository.prototype, 'byIds');
    let res;
    try {
      res = await graphql(url, query, { representations }, await reader());
      expect(byIds).toHaveBeenCalledTimes(1);
      expect([...byIds.mock.calls[0][0]].sort()).toEqual(representations.map((r) => r.id).sort());
    } finally {
      byIds.mockRestore();
    }
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual([
      { id: p1.id, roles: ['TECHNICAL_LEAD'], email: p1.email },
      { id: p2.id, roles: ['TEAM_MANAGER'], email: p2.email },
      null,
    ]);

    expect(errorCodes(await graphql(url, query, { representations }))).toContain('UNAUTHENTICATED');
    expect(errorCodes(await graphql(url, query, { representations }, await bearer(['REPORTER'])))).toContain(
      'FORBIDDEN',
    );
  });
});
