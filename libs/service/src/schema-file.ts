import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';

/**
 * Reads an app's schema.graphql: beside src/ when run from the repository, beside main.js
 * in a build (the Dockerfiles copy it there).
 */
export function readSchemaFile(sourceDir: string): DocumentNode {
  const candidates = [join(sourceDir, '../schema.graphql'), join(sourceDir, 'schema.graphql')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`schema.graphql not found; looked in ${candidates.join(', ')}`);
  return gql(readFileSync(found, 'utf8'));
}
