import {
  GraphQLError,
  type ASTNode,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * How big one GraphQL request may be. The same limits apply at the gateway and in every
 * subgraph (each app reads them through `requestLimitsEnvironment` in config.ts), so a
 * caller who reaches a subgraph directly gets no more than one who goes through the gateway.
 */
export interface RequestLimits {
  /** Deepest field nesting, counted through fragments. */
  maxDepth: number;
  /** Aliased fields in the whole document. */
  maxAliases: number;
  /** Directives in the whole document. */
  maxDirectives: number;
  /** Lexical tokens; the parser stops reading past this, so a huge document costs nothing more. */
  maxTokens: number;
  /** Field resolutions once every fragment is expanded (what execution would really do). */
  maxCost: number;
  /** Longest list in variables or inline literals (filters, inputs). */
  maxListLength: number;
  /** Longest string in variables or inline literals, in characters. */
  maxStringLength: number;
  /** Most `_entities` representations in one subgraph request. */
  maxEntityRepresentations: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5_000,
  maxCost: 5_000,
  // A backstop above every domain's own list rule (bulk submissions 500, assets 1000), which
  // answer with their own, more specific codes.
  maxListLength: 2_000,
  maxStringLength: 100_000,
  maxEntityRepresentations: 5_000,
};

/** One stable `extensions.code` per limit, so a client can tell which one it hit. */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'TOO_MANY_TOKENS',
  cost: 'QUERY_TOO_COSTLY',
} as const;

/** Client mistakes that are not about size. */
export const INPUT_ERROR_CODES = {
  badUserInput: 'BAD_USER_INPUT',
  badRequest: 'BAD_REQUEST',
  operationResolution: 'OPERATION_RESOLUTION_FAILURE',
} as const;

/**
 * Validation rules for depth, aliases, directives and cost. Each walks the document once
 * and measures every fragment once (memoised), so the work is linear in the document's
 * size however the fragments spread each other: a fragment spread twice per level for 30
 * levels is 30 measurements, not 2^30.
 */
export function requestLimitRules(limits: RequestLimits): ValidationRule[] {
  return [refuseSubscriptions, (context) => measureOnce(context, limits), (context) => literalHygiene(context, limits)];
}

/**
 * No schema here has a Subscription type and nothing serves subscriptions over HTTP;
 * graphql-js only notices at execution (and the gateway then fails with a 500), so they
 * are refused at validation.
 */
function refuseSubscriptions(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (operation.operation === 'subscription') {
        context.reportError(
          new GraphQLError('subscriptions are not supported', {
            nodes: [operation],
            extensions: { code: INPUT_ERROR_CODES.badRequest, http: { status: 400 } },
          }),
        );
      }
    },
  };
}

/**
 * An Apollo plugin for the gateway and every subgraph: a request whose operation cannot be
 * chosen (several operations and no name, or a name the document lacks) is a client
 * mistake. Apollo in gateway mode would pass it on to the gateway, which fails with a 500.
 */
export const requireResolvedOperation = {
  async requestDidStart() {
    return {
      async didResolveOperation(requestContext: { operation?: unknown; request: { operationName?: string | null } }) {
        if (requestContext.operation) return;
        const message = requestContext.request.operationName
          ? `no operation named "${requestContext.request.operationName}" in the document`
          : 'the document has several operations: name the one to run (operationName)';
        throw new GraphQLError(message, { extensions: { code: INPUT_ERROR_CODES.operationResolution, http: { status: 400 } } });
      },
    };
  },
};

interface Measure {
  depth: number;
  cost: number;
}

function measureOnce(context: ValidationContext, limits: RequestLimits): ASTVisitor {
  const document = context.getDocument();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, Measure>();
  const inProgress = new Set<string>();

  // Cycles are reported by graphql-js's own NoFragmentCyclesRule; here a cycle only must not loop.
  const measureFragment = (name: string): Measure => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return { depth: 0, cost: 0 };
    inProgress.add(name);
    const result = measureSelections(fragment.selectionSet);
    inProgress.delete(name);
    measured.set(name, result);
    return result;
  };

  const measureSelections = (selectionSet: SelectionSetNode | undefined): Measure => {
    if (!selectionSet) return { depth: 0, cost: 0 };
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        // Introspection meta fields (__typename) cost nothing to resolve.
        if (selection.name.value.startsWith('__') && !selection.selectionSet) continue;
        const child = measureSelections(selection.selectionSet);
        inner = { depth: child.depth + 1, cost: child.cost + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSelections(selection.selectionSet);
      } else {
        inner = measureFragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
    return { depth, cost };
  };

  const counts = countAliasesAndDirectives(document);
  return {
    Document() {
      if (counts.aliases > limits.maxAliases) {
        context.reportError(limitError(LIMIT_CODES.aliases, `${counts.aliases} aliases exceed the limit of ${limits.maxAliases}`));
      }
      if (counts.directives > limits.maxDirectives) {
        context.reportError(
          limitError(LIMIT_CODES.directives, `${counts.directives} directives exceed the limit of ${limits.maxDirectives}`),
        );
      }
    },
    OperationDefinition(operation) {
      const { depth, cost } = measureSelections(operation.selectionSet);
      if (depth > limits.maxDepth) {
        context.reportError(limitError(LIMIT_CODES.depth, `query depth ${depth} exceeds the limit of ${limits.maxDepth}`));
      }
      if (cost > limits.maxCost) {
        const shown = Number.isFinite(cost) && cost < 1e15 ? String(cost) : 'more than 1e15';
        context.reportError(limitError(LIMIT_CODES.cost, `query cost ${shown} exceeds the limit of ${limits.maxCost}`));
      }
    },
  };
}

function countAliasesAndDirectives(document: DocumentNode): { aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  // An explicit stack rather than recursion: a document nested thousands deep must not
  // overflow the call stack (the token limit normally stops it earlier anyway).
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (typeof node !== 'object' || node === null || !('kind' in node)) continue;
    const kind = (node as { kind: string }).kind;
    if (kind === Kind.FIELD && (node as { alias?: unknown }).alias) aliases += 1;
    if (kind === Kind.DIRECTIVE) directives += 1;
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'loc' && typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  return { aliases, directives };
}

/** Inline literals obey the same string and list rules as variables (see `checkRequestValues`). */
function literalHygiene(context: ValidationContext, limits: RequestLimits): ASTVisitor {
  return {
    StringValue(node) {
      const problem = stringProblem(node.value, limits);
      if (problem) context.reportError(inputError(problem, [node]));
    },
    ListValue(node) {
      if (node.values.length > limits.maxListLength) {
        context.reportError(inputError(`a list of ${node.values.length} values exceeds the limit of ${limits.maxListLength}`, [node]));
      }
    },
  };
}

// A NUL cannot be stored in Postgres text, and a lone surrogate is not Unicode: both are
// refused here, before anything reaches a resolver or the database.
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(value: string, limits: RequestLimits): string | undefined {
  if (value.length > limits.maxStringLength) return `a string of ${value.length} characters exceeds the limit of ${limits.maxStringLength}`;
  if (NUL.test(value)) return 'strings may not contain NUL characters';
  if (LONE_SURROGATE.test(value)) return 'strings may not contain unpaired UTF-16 surrogates';
  return undefined;
}

/**
 * Checks every value a client sent besides the document (variables, operation name,
 * extensions): the one place where NUL bytes, lone surrogates, huge strings and huge lists
 * are refused with BAD_USER_INPUT before anything reaches a resolver or Postgres.
 * `_entities` representations have their own, larger cap (see entities.ts).
 */
export function checkRequestValues(body: unknown, limits: RequestLimits): string | undefined {
  const stack: { value: unknown; listCap: number }[] = [{ value: body, listCap: limits.maxListLength }];
  while (stack.length > 0) {
    const { value, listCap } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value, limits);
      if (problem) return problem;
    } else if (Array.isArray(value)) {
      if (value.length > listCap) return `a list of ${value.length} values exceeds the limit of ${listCap}`;
      for (const item of value) stack.push({ value: item, listCap: limits.maxListLength });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const problem = stringProblem(key, limits);
        if (problem) return problem;
        stack.push({ value: item, listCap: key === 'representations' ? limits.maxEntityRepresentations : limits.maxListLength });
      }
    }
  }
  return undefined;
}

function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

function inputError(message: string, nodes: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: INPUT_ERROR_CODES.badUserInput, http: { status: 400 } } });
}

// graphql-js 16 words it "more that N tokens"; either spelling is accepted.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;
const GENERIC_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'INTERNAL_SERVER_ERROR']);

/**
 * Apollo files every validation-rule error under GRAPHQL_VALIDATION_FAILED and the parser's
 * token limit under GRAPHQL_PARSE_FAILED; the specific code (QUERY_TOO_DEEP, TOO_MANY_TOKENS,
 * BAD_USER_INPUT, ...) on the error it wraps is what a client can act on. An error Apollo
 * marks with a 4xx status but no code (an APQ hash mismatch) is a BAD_REQUEST. Both error
 * formatters (gateway and subgraphs) call this.
 */
export function specificRequestCode(formattedCode: unknown, message: string, error: unknown): string | undefined {
  if (formattedCode === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT_MESSAGE.test(message)) return LIMIT_CODES.tokens;
  let specific: string | undefined;
  let clientStatus = false;
  for (let current = error, hops = 0; current instanceof GraphQLError && hops < 10; current = current.originalError, hops += 1) {
    const code = current.extensions?.code;
    if (typeof code === 'string' && !GENERIC_CODES.has(code)) specific = code;
    const status = (current.extensions?.http as { status?: unknown } | undefined)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) clientStatus = true;
  }
  if (specific) return specific;
  if (typeof formattedCode === 'string' && formattedCode !== 'INTERNAL_SERVER_ERROR') return formattedCode;
  return clientStatus ? INPUT_ERROR_CODES.badRequest : undefined;
}
