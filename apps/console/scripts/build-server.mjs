// Bundles the console server (server/main.ts) into dist/apps/console/main.js beside the SPA
// in dist/apps/console/public, resolving the workspace's @csirt/* aliases; node_modules
// stay external and are installed in the image.
import { build } from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../../..');
await build({
  entryPoints: [join(root, 'apps/console/server/main.ts')],
  outfile: join(root, 'dist/apps/console/main.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  packages: 'external',
  tsconfig: join(root, 'tsconfig.base.json'),
  logLevel: 'warning',
});
