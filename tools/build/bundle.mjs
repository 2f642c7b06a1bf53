// Bundles one app into dist/apps/<app>/main.js (and migrate.js) with esbuild, resolving
// the workspace's @csirt/* aliases; node_modules stay external and are installed in the
// image. TypeORM entities declare their column types, so no decorator metadata is needed.
import { build } from 'esbuild';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const app = process.argv[2];
if (!app) {
  console.error('usage: node tools/build/bundle.mjs <app>');
  process.exit(2);
}
const root = join(import.meta.dirname, '../..');
const appDir = join(root, 'apps', app);
const outdir = join(root, 'dist/apps', app);
const entryPoints = ['main', 'migrate'].map((name) => join(appDir, 'src', `${name}.ts`)).filter(existsSync);

await build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  packages: 'external',
  tsconfig: join(root, 'tsconfig.base.json'),
  logLevel: 'warning',
});
for (const file of ['schema.graphql', 'supergraph.graphql']) {
  if (existsSync(join(appDir, file))) cpSync(join(appDir, file), join(outdir, file));
}
console.log(`built ${app} -> ${outdir}`);
