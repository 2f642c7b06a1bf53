import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { guardEntities } from './entities';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Thing @key(fields: "id") { id: ID! name: String }
  type Query { thing: Thing }
`);

const ID = '7d0c8a53-2f5b-4a8e-9d1c-3b8f5e2a1c44';

/** A reference resolver that refuses anonymous callers, as the real subgraphs do. */
function schemaWithGuard() {
  const schema = buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Thing: {
        __resolveReference: async (reference: { id: string }, context: { user?: string }) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          if (!context.user) throw new Error('no token');
          return { id: reference.id, name: `thing ${reference.id.slice(0, 4)}` };
        },
      },
    },
  });
  guardEntities(schema, typeDefs, 3);
  return schema;
}

const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Thing { id name } } }`;

async function entities(representations: unknown[], contextValue: object = {}) {
  return graphql({ schema: schemaWithGuard(), source: query, variableValues: { representations }, contextValue });
}

describe('guardEntities', () => {
  const rejections: unknown[] = [];
  const record = (reason: unknown) => rejections.push(reason);
  beforeAll(() => process.on('unhandledRejection', record));
  afterAll(() => process.off('unhandledRejection', record));

  it('refuses an unknown __typename after a failing representation without leaving a promise unobserved', async () => {
    const result = await entities([{ __typename: 'Thing', id: ID }, { __typename: 'Nope', id: ID }]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toBe('representations.1: unknown __typename');
    expect(rejections).toEqual([]);
  });

  it.each([
    ['a missing key', { __typename: 'Thing' }],
    ['a key that is not a uuid', { __typename: 'Thing', id: "1' OR 1=1 --" }],
    ['a non-object', 42],
    ['an array', [{ __typename: 'Thing', id: ID }]],
    ['a type that is not an entity', { __typename: 'Query', id: ID }],
  ])('refuses %s with BAD_USER_INPUT before any reference resolver runs', async (_, representation) => {
    const result = await entities([representation]);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses more representations than the cap', async () => {
    const result = await entities(Array.from({ length: 4 }, () => ({ __typename: 'Thing', id: ID })), { user: 'u' });
    expect(result.errors?.[0].message).toMatch(/at most 3/);
  });

  it('resolves valid representations, and a failing one fails alone', async () => {
    const ok = await entities([{ __typename: 'Thing', id: ID }], { user: 'u' });
    expect(ok).toEqual({ data: { _entities: [{ id: ID, name: 'thing 7d0c' }] } });
    const refused = await entities([{ __typename: 'Thing', id: ID }, { __typename: 'Thing', id: ID }]);
    expect(refused.errors?.map((e) => e.message)).toEqual(['no token', 'no token']);
    expect(refused.data).toEqual({ _entities: [null, null] });
  });
});
