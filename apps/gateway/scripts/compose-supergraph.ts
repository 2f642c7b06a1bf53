/**
 * Composes the four subgraph schemas into apps/gateway/supergraph.graphql, which the
 * gateway loads at start (no introspection of running services in production).
 *   npx tsx apps/gateway/scripts/compose-supergraph.ts          write the file
 *   npx tsx apps/gateway/scripts/compose-supergraph.ts --check  fail if composition fails or the file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, SUPERGRAPH_PATH } from '../src/composition';

const root = join(__dirname, '../../..');
const check = process.argv.includes('--check');

const result = composeSupergraph(root);
if (!result.ok) {
  process.stderr.write(`composition failed:\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(1);
}
const target = join(root, SUPERGRAPH_PATH);
if (check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as stale.
  }
  if (committed !== result.supergraphSdl) {
    process.stderr.write(`${SUPERGRAPH_PATH} is stale: run npm run compose and commit the result\n`);
    process.exit(1);
  }
  process.stdout.write(`${SUPERGRAPH_PATH} is up to date\n`);
} else {
  writeFileSync(target, result.supergraphSdl);
  process.stdout.write(`wrote ${SUPERGRAPH_PATH}\n`);
}
