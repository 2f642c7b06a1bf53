import { signToken } from '@csirt/auth';
import type { DevIssuerSettings } from './dev-issuer';

/**
 * People in the teams directory that development identities speak for. Approving an advisory
 * needs an active person holding PR_OFFICER (or LEGAL_COUNSEL), named by the token's
 * `person_id`: a token role is not enough (four eyes are checked against the directory).
 */
export interface DevPerson {
  name: string;
  /** The key: a second start finds the person by it instead of creating another. */
  email: string;
  role: 'PR_OFFICER' | 'LEGAL_COUNSEL';
}

const PEOPLE_BY_ROLE = `query ($role: DomainRole!, $after: String) {
  people(filter: { role: $role }, first: 100, after: $after) { edges { node { id email } } pageInfo { hasNextPage endCursor } }
}`;
const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;

/**
 * Finds or creates each development person through the gateway (as a development TEAM_ADMIN),
 * once per process; a failure (gateway not up yet) is tried again at the next request.
 */
export function devPeople(gatewayUrl: string, settings: DevIssuerSettings) {
  const known = new Map<string, Promise<string>>();
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const token = await signToken(
      { subject: 'dev-console-provisioner', name: 'Console development set-up', roles: ['TEAM_ADMIN'], clearance: 'AMBER', expiresIn: '60s' },
      settings.secret,
      settings.issuer,
      settings.audience,
    );
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!result.data || result.errors?.length) throw new Error(result.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
    return result.data;
  };
  const ensure = async (person: DevPerson): Promise<string> => {
    let after: string | null = null;
    for (;;) {
      type Page = { people: { edges: { node: { id: string; email: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const page: Page = await call<Page>(PEOPLE_BY_ROLE, { role: person.role, after });
      const found = page.people.edges.find(({ node }) => node.email.toLowerCase() === person.email.toLowerCase());
      if (found) return found.node.id;
      if (!page.people.pageInfo.hasNextPage) break;
      after = page.people.pageInfo.endCursor;
    }
    const created = await call<{ createPerson: { id: string } }>(CREATE_PERSON, {
      input: { name: person.name, email: person.email, roles: [person.role], onCall: false, active: true },
    });
    return created.createPerson.id;
  };
  return {
    /** The person's id in teams, created if missing. */
    idOf(person: DevPerson): Promise<string> {
      let id = known.get(person.email);
      if (!id) {
        id = ensure(person);
        known.set(person.email, id);
        id.catch(() => known.delete(person.email));
      }
      return id;
    },
  };
}

export type DevPeople = ReturnType<typeof devPeople>;
