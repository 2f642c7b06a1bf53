import { parseEnvironment, subgraphEnvironment, toRuntimeConfig } from '@csirt/service';

/** The only reader of process.env in this service. Exits with a message on a bad value. */
export function readEnvironment() {
  return toRuntimeConfig(parseEnvironment('incidents', subgraphEnvironment({ port: 4002 }), process.env));
}
