// Vite builds the SPA into dist/apps/console/public; the console server (server/main.ts)
// serves it with /config.json and the /graphql pass-through to the gateway.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspace = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      // The shared vocabulary (TLP, RSIT) has one home; the SPA takes only that file.
      '@csirt/contracts/vocabulary': `${workspace}libs/contracts/src/vocabulary.ts`,
    },
  },
  build: {
    outDir: `${workspace}dist/apps/console/public`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  server: {
    // `vite` for UI work: API and dev issuer from a running console server (npm start).
    proxy: { '/graphql': 'http://127.0.0.1:4100', '/config.json': 'http://127.0.0.1:4100', '/dev-auth': 'http://127.0.0.1:4100' },
  },
});
