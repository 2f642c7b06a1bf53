import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { gql } from 'graphql-tag';

/** The subgraphs of the platform and where each listens by default (overridden at run time). */
export const SUBGRAPHS = [
  { name: 'intake', url: 'http://localhost:4001/graphql' },
  { name: 'incidents', url: 'http://localhost:4002/graphql' },
  { name: 'teams', url: 'http://localhost:4003/graphql' },
  { name: 'announcements', url: 'http://localhost:4004/graphql' },
] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUPERGRAPH_PATH = 'apps/gateway/supergraph.graphql';

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes the subgraphs' schema.graphql files (from the repository at `root`). */
export function composeSupergraph(root: string): CompositionResult {
  const services = SUBGRAPHS.map(({ name, url }) => ({
    name,
    url,
    typeDefs: gql(readFileSync(join(root, 'apps', name, 'schema.graphql'), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((error) => error.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}
