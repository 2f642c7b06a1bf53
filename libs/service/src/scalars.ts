import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** ISO 8601 date-time with offset, always serialised in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 date and time with offset, e.g. 2026-11-23T10:15:00Z.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue(value) {
    return parseDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badDate();
    return parseDate(ast.value);
  },
});

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDate(value: unknown): Date {
  if (typeof value !== 'string' || !ISO.test(value)) throw badDate();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badDate();
  return date;
}

function badDate(): GraphQLError {
  return new GraphQLError('DateTime must be an ISO 8601 string with offset, e.g. 2026-11-23T10:15:00Z', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
