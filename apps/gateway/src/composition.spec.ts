import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, SUPERGRAPH_PATH } from './composition';

const root = join(__dirname, '../../..');

describe('supergraph composition', () => {
  const result = composeSupergraph(root);

  it('composes the four subgraphs without errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('matches the committed supergraph.graphql (run `npm run compose` after changing a schema)', () => {
    expect(result.ok && result.supergraphSdl).toBe(readFileSync(join(root, SUPERGRAPH_PATH), 'utf8'));
  });

  it('joins every subgraph into the supergraph', () => {
    const sdl = result.ok ? result.supergraphSdl : '';
    for (const name of ['INTAKE', 'INCIDENTS', 'TEAMS', 'ANNOUNCEMENTS']) {
      expect(sdl).toMatch(new RegExp(`${name} @join__graph\\(name: "${name.toLowerCase()}"`));
    }
  });
});
