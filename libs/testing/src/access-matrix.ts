import { randomUUID } from 'node:crypto';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ACCESS_MATRIX, PLATFORM_ROLES, roleMayCall, type AccessOperation, type AccessSubgraph, type PlatformRole } from '@csirt/auth';
import type { BaseRequestContext, SubgraphDefinition, SubgraphService } from '@csirt/service';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isRequiredArgument,
  isRequiredInputField,
  isScalarType,
  Kind,
  print,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { errorCodes, graphql } from './graphql-client';
import { startTestSubgraph } from './services';
import { bearer } from './tokens';

/** One row of the matrix as a request: an operation document and its variables. */
interface OperationCall {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The access matrix of one subgraph, checked against the running service: every operation
 * of its schema has a row (and every row an operation), and for every row and every
 * platform role, a caller holding only that role gets FORBIDDEN exactly when the row leaves
 * the role out; a caller without a token gets UNAUTHENTICATED. The requests carry made-up
 * but well-formed arguments, so a permitted caller may well get NOT_FOUND or
 * BAD_USER_INPUT: what matters is that the role check lets it through.
 */
export function describeAccessMatrix<TContext extends BaseRequestContext>(
  subgraph: AccessSubgraph,
  definition: SubgraphDefinition<TContext>,
  database: string,
): void {
  const calls = operationCalls(definition.typeDefs);
  const rows = Object.keys(ACCESS_MATRIX[subgraph]) as AccessOperation<typeof subgraph>[];

  describe(`${subgraph}: the role × operation matrix`, () => {
    let service: SubgraphService<TContext>;
    const tokens = new Map<PlatformRole, string>();

    beforeAll(async () => {
      service = await startTestSubgraph(definition, database);
      for (const role of PLATFORM_ROLES) tokens.set(role, await bearer([role], { subject: `matrix-${role.toLowerCase()}`, clearance: 'AMBER_STRICT' }));
    });

    afterAll(async () => {
      await service?.stop();
    });

    it('has a row for every operation and entity of the schema, and no row for anything else', () => {
      expect([...rows].sort()).toEqual(calls.map((call) => call.operation).sort());
    });

    it.each(calls.filter((call) => rows.includes(call.operation as never)).map((call) => [call.operation, call] as const))(
      '%s: FORBIDDEN exactly for the roles its row leaves out',
      async (operation, call) => {
        const outcomes: string[] = [];
        const expected: string[] = [];
        const anonymous = await graphql(service.url, call.query, call.variables);
        outcomes.push(`anonymous: ${errorCodes(anonymous).includes('UNAUTHENTICATED') ? 'UNAUTHENTICATED' : 'answered'}`);
        expected.push('anonymous: UNAUTHENTICATED');
        for (const role of PLATFORM_ROLES) {
          const response = await graphql(service.url, call.query, call.variables, tokens.get(role));
          outcomes.push(`${role}: ${errorCodes(response).includes('FORBIDDEN') ? 'FORBIDDEN' : 'let through'}`);
          expected.push(`${role}: ${roleMayCall(subgraph, operation as AccessOperation<typeof subgraph>, role) ? 'let through' : 'FORBIDDEN'}`);
        }
        expect(outcomes).toEqual(expected);
      },
    );
  });
}

/** A call for every Query and Mutation field and every entity the subgraph resolves. */
function operationCalls(typeDefs: DocumentNode): OperationCall[] {
  const schema = buildSubgraphSchema({ typeDefs });
  const rootCalls = (['query', 'mutation'] as const).flatMap((kind) => {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    if (!root) return [];
    return Object.values(root.getFields())
      .filter((field) => !field.name.startsWith('_'))
      .map((field) => fieldCall(kind, root.name, field));
  });
  const entityCalls = resolvableEntities(typeDefs).map(({ type, keyFields }) => ({
    operation: `Entity.${type}`,
    query: 'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }',
    variables: { representations: [{ __typename: type, ...Object.fromEntries(keyFields.map((key) => [key, randomUUID()])) }] },
  }));
  return [...rootCalls, ...entityCalls].map((call) => ({ ...call, variables: call.variables as Record<string, unknown> }));

  function fieldCall(kind: 'query' | 'mutation', rootName: string, field: GraphQLField<unknown, unknown>): OperationCall {
    const args = field.args.filter(isRequiredArgument);
    const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
    return {
      operation: `${rootName}.${field.name}`,
      query: `${kind} Matrix${declarations ? `(${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
      variables: Object.fromEntries(args.map((arg) => [arg.name, sampleValue(schema, arg.type)])),
    };
  }
}

/** Entity types this subgraph resolves: `@key` without `resolvable: false`. */
function resolvableEntities(typeDefs: DocumentNode): { type: string; keyFields: string[] }[] {
  return typeDefs.definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) return [];
    const key = definition.directives?.find((directive) => directive.name.value === 'key');
    if (!key) return [];
    const resolvable = key.arguments?.find((arg) => arg.name.value === 'resolvable');
    if (resolvable && print(resolvable.value) === 'false') return [];
    const fields = key.arguments?.find((arg) => arg.name.value === 'fields');
    const keyFields = fields && fields.value.kind === Kind.STRING ? fields.value.value.split(/\s+/).filter(Boolean) : ['id'];
    return [{ type: definition.name.value, keyFields }];
  });
}

/** A well-formed value of `type`: required input fields filled, lists of one. */
function sampleValue(schema: GraphQLSchema, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(schema, type.ofType);
  if (isListType(type)) return [sampleValue(schema, type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter(isRequiredInputField)
        .map((field) => [field.name, sampleValue(schema, field.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date().toISOString();
      default:
        return 'access matrix probe';
    }
  }
  throw new Error(`no sample value for ${String(type)}`);
}
