import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { depthLimit } from './depth-limit';

const schema = buildSchema(`
  type Node { id: ID! child: Node }
  type Query { node: Node }
`);

const errorsFor = (query: string, max: number) =>
  validate(schema, parse(query), [...specifiedRules, depthLimit(max)]).map((e) => e.extensions?.code);

describe('depthLimit', () => {
  it('accepts a query at the limit', () => {
    expect(errorsFor('{ node { child { id } } }', 3)).toEqual([]);
  });

  it('rejects a query past the limit with QUERY_TOO_DEEP', () => {
    expect(errorsFor('{ node { child { child { id } } } }', 3)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts depth through fragments and inline fragments', () => {
    const query = `
      query { node { ...deep } }
      fragment deep on Node { child { ... on Node { child { id } } } }`;
    expect(errorsFor(query, 3)).toEqual(['QUERY_TOO_DEEP']);
    expect(errorsFor(query, 4)).toEqual([]);
  });

  it('ignores introspection meta fields', () => {
    expect(errorsFor('{ __typename node { __typename id } }', 2)).toEqual([]);
  });
});
