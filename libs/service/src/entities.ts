import {
  GraphQLError,
  Kind,
  isUnionType,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type StringValueNode,
} from 'graphql';
import { INPUT_ERROR_CODES } from './request-limits';
import { isUuid } from './validation';

/**
 * Makes `_entities` safe for any caller. @apollo/subgraph maps the representations one by
 * one and throws synchronously on an unknown `__typename`: a promise already started for
 * an earlier representation (one whose reference resolver rejects) is then never observed,
 * and Node ends the process on the unhandled rejection. Here every representation is
 * checked first (a known entity type, every key field present and well-formed), and only
 * then resolved, one at a time, so that no error can abandon a promise already made.
 */
export function guardEntities(schema: GraphQLSchema, typeDefs: DocumentNode, maxRepresentations: number): void {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return;
  const resolveAll = field.resolve;
  const entityUnion = schema.getType('_Entity');
  const entityTypes = new Set(isUnionType(entityUnion) ? entityUnion.getTypes().map((type) => type.name) : []);
  const keys = keyFieldsByType(typeDefs);

  const guarded: GraphQLFieldResolver<unknown, unknown, { representations: unknown[] }> = (source, args, context, info) => {
    const { representations } = args;
    if (representations.length > maxRepresentations) {
      throw badRepresentation(`at most ${maxRepresentations} representations per request`);
    }
    representations.forEach((representation, index) => {
      const problem = representationProblem(representation, entityTypes, keys);
      if (problem) throw badRepresentation(`representations.${index}: ${problem}`);
    });
    return representations.map((representation) => {
      try {
        const [result] = resolveAll(source, { representations: [representation] }, context, info) as unknown[];
        return result;
      } catch (error) {
        // graphql-js turns an Error in a list into an error for that item alone.
        return error instanceof Error ? error : new Error(String(error));
      }
    });
  };
  field.resolve = guarded as GraphQLFieldResolver<unknown, unknown>;
}

function representationProblem(representation: unknown, entityTypes: Set<string>, keys: Map<string, string[][]>): string | undefined {
  if (typeof representation !== 'object' || representation === null || Array.isArray(representation)) return 'not an object';
  const { __typename } = representation as Record<string, unknown>;
  if (typeof __typename !== 'string' || !entityTypes.has(__typename)) return 'unknown __typename';
  const alternatives = keys.get(__typename) ?? [];
  const matches = alternatives.some((fields) => fields.every((name) => isWellFormedKey(name, (representation as Record<string, unknown>)[name])));
  return matches ? undefined : 'key fields missing or malformed';
}

// Every entity of this platform is keyed by a uuid `id`; other key fields need only be
// plain strings, numbers or booleans.
function isWellFormedKey(name: string, value: unknown): boolean {
  if (name === 'id') return typeof value === 'string' && isUuid(value);
  return ['string', 'number', 'boolean'].includes(typeof value);
}

/** Each entity type's `@key(fields: ...)` alternatives; nested selections are not used here. */
function keyFieldsByType(typeDefs: DocumentNode): Map<string, string[][]> {
  const keys = new Map<string, string[][]>();
  for (const definition of typeDefs.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value as StringValueNode | undefined;
      if (fields?.kind !== Kind.STRING) continue;
      const list = keys.get(definition.name.value) ?? [];
      list.push(fields.value.split(/[\s,]+/).filter(Boolean));
      keys.set(definition.name.value, list);
    }
  }
  return keys;
}

function badRepresentation(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: INPUT_ERROR_CODES.badUserInput, http: { status: 400 } } });
}
