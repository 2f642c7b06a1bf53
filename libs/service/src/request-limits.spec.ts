import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { checkRequestValues, DEFAULT_REQUEST_LIMITS, LIMIT_CODES, requestLimitRules, specificRequestCode, type RequestLimits } from './request-limits';

const schema = buildSchema(`
  directive @tag(name: String) repeatable on FIELD
  type Node { id: ID! name: String child: Node children(ids: [ID!]): [Node!]! }
  type Query { node(name: String): Node }
`);

const limits = (overrides: Partial<RequestLimits> = {}): RequestLimits => ({ ...DEFAULT_REQUEST_LIMITS, ...overrides });

const codesFor = (query: string, overrides: Partial<RequestLimits> = {}) =>
  validate(schema, parse(query), [...specifiedRules, ...requestLimitRules(limits(overrides))]).map((e) => e.extensions?.code);

/** Each fragment spreads the one below twice: 2^levels fields once expanded. */
function fragmentBomb(levels: number): string {
  let query = `query { node { ...f${levels} } }\nfragment f0 on Node { id }\n`;
  for (let level = 1; level <= levels; level += 1) {
    query += `fragment f${level} on Node { child { ...f${level - 1} } ...f${level - 1} }\n`;
  }
  return query;
}

describe('requestLimitRules', () => {
  it('accepts an ordinary query', () => {
    expect(codesFor('{ node { id child { id name } } }')).toEqual([]);
  });

  it('measures depth through fragments and inline fragments, and ignores __typename', () => {
    const query = `
      query { __typename node { ...deep } }
      fragment deep on Node { __typename child { ... on Node { child { id } } } }`;
    expect(codesFor(query, { maxDepth: 3 })).toEqual([LIMIT_CODES.depth]);
    expect(codesFor(query, { maxDepth: 4 })).toEqual([]);
  });

  it('counts aliases and directives in the whole document', () => {
    const aliases = `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(codesFor(aliases, { maxAliases: 4 })).toEqual([LIMIT_CODES.aliases]);
    expect(codesFor(aliases, { maxAliases: 5 })).toEqual([]);
    const directives = `{ node { id ${'@tag(name: "x") '.repeat(6)} } }`;
    expect(codesFor(directives, { maxDirectives: 5 })).toEqual([LIMIT_CODES.directives]);
  });

  it('costs every field once fragments are expanded', () => {
    // 2 + 2 + 4 = 8 fields: node, (id, child{id}) twice through the fragment.
    const query = `{ node { ...pair ...pair } } fragment pair on Node { id child { id } }`;
    expect(codesFor(query, { maxCost: 5 })).toEqual([LIMIT_CODES.cost]);
    expect(codesFor(query, { maxCost: 7 })).toEqual([]);
  });

  it('refuses a 30-level fragment bomb in linear time, with stable codes', () => {
    const document = parse(fragmentBomb(30));
    const started = performance.now();
    const errors = validate(schema, document, [...specifiedRules, ...requestLimitRules(limits())]);
    const elapsed = performance.now() - started;
    expect(errors.map((e) => e.extensions?.code)).toEqual([LIMIT_CODES.depth, LIMIT_CODES.cost]);
    // 2^30 expansions would take hours; one pass over 31 fragments takes milliseconds.
    expect(elapsed).toBeLessThan(500);
  });

  it('refuses NUL characters, lone surrogates and oversized lists in inline literals', () => {
    expect(codesFor('{ node(name: "a\\u0000b") { id } }')).toEqual(['BAD_USER_INPUT']);
    // graphql-js's lexer already refuses lone surrogates in a document, escaped or raw.
    expect(() => parse('{ node(name: "\\ud800") { id } }')).toThrow(/Invalid Unicode escape/);
    expect(() => parse('{ node(name: "\ud800") { id } }')).toThrow(/Invalid character/);
    expect(codesFor('{ node(name: "\\ud83d\\ude00") { id } }')).toEqual([]);
    expect(codesFor('{ node { children(ids: ["1", "2", "3"]) { id } } }', { maxListLength: 2 })).toEqual(['BAD_USER_INPUT']);
  });
});

describe('checkRequestValues', () => {
  it('passes ordinary variables', () => {
    expect(checkRequestValues({ query: '{ x }', variables: { ids: ['a', 'b'], nested: { name: 'é 😀' } } }, limits())).toBeUndefined();
  });

  it('names NUL bytes, lone surrogates, long strings and long lists anywhere in the body', () => {
    expect(checkRequestValues({ variables: { a: { b: ['x\u0000'] } } }, limits())).toMatch(/NUL/);
    expect(checkRequestValues({ variables: { text: 'x\udc00' } }, limits())).toMatch(/surrogate/);
    expect(checkRequestValues({ variables: { ['k\ud800']: 1 } }, limits())).toMatch(/surrogate/);
    expect(checkRequestValues({ variables: { text: 'x'.repeat(11) } }, limits({ maxStringLength: 10 }))).toMatch(/limit of 10/);
    expect(checkRequestValues({ variables: { ids: Array.from({ length: 100_000 }, (_, i) => i) } }, limits())).toMatch(/100000 values/);
  });

  it('gives _entities representations their own cap', () => {
    const representations = Array.from({ length: 600 }, () => ({ __typename: 'Node', id: 'x' }));
    const caps = { maxListLength: 100, maxEntityRepresentations: 600 };
    expect(checkRequestValues({ variables: { representations } }, limits(caps))).toBeUndefined();
    expect(checkRequestValues({ variables: { other: representations } }, limits(caps))).toMatch(/600 values exceeds the limit of 100/);
    expect(checkRequestValues({ variables: { representations } }, limits({ ...caps, maxEntityRepresentations: 599 }))).toMatch(/600 values/);
  });
});

describe('specificRequestCode', () => {
  it('prefers the code of the rule that failed, and names the parser token limit', () => {
    const [error] = validate(schema, parse('{ node { child { child { id } } } }'), requestLimitRules(limits({ maxDepth: 1 })));
    expect(specificRequestCode('GRAPHQL_VALIDATION_FAILED', error.message, error)).toBe(LIMIT_CODES.depth);
    const tokenError = (() => {
      try {
        parse('{ a b c d e f g h i j k l }', { maxTokens: 10 });
      } catch (thrown) {
        return thrown as Error;
      }
      throw new Error('the parser accepted too many tokens');
    })();
    expect(specificRequestCode('GRAPHQL_PARSE_FAILED', tokenError.message, tokenError)).toBe(LIMIT_CODES.tokens);
    expect(specificRequestCode('GRAPHQL_PARSE_FAILED', 'Syntax Error: Unexpected "}".', undefined)).toBe('GRAPHQL_PARSE_FAILED');
  });
});
