import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '**/.cache/**', '**/.data/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error: in a consumer or relay that is lost data.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Configuration is read in one place per app (environment.ts), validated, then passed down.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'read configuration in environment.ts only' },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Domains see only themselves and what is shared; no app imports another app.
            { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: ['scope:intake', 'scope:shared'] },
            { sourceTag: 'scope:incidents', onlyDependOnLibsWithTags: ['scope:incidents', 'scope:shared'] },
            { sourceTag: 'scope:teams', onlyDependOnLibsWithTags: ['scope:teams', 'scope:shared'] },
            { sourceTag: 'scope:announcements', onlyDependOnLibsWithTags: ['scope:announcements', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            // The partner subscriber runs at a partner CSIRT: it may use what is shared, nothing of a domain.
            { sourceTag: 'scope:partner', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // Layers: contracts import nothing of ours; utilities build on contracts; testing on both.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:util', 'type:contracts', 'type:testing'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:contracts', 'type:testing'] },
            // Developer tools (tokens, generated docs) use the libraries like an app does.
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:util', 'type:contracts', 'type:testing'] },
          ],
        },
      ],
    },
  },
  {
    // Benchmarks measure an app's own queries and services from outside it (its repository,
    // its subgraph, its migrations), so they import app internals by path; they are never
    // deployed and nothing imports them. Every other rule still applies.
    files: ['bench/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The jest harness prepares the databases and topics every library's tests need, so it
    // uses those libraries (messaging, testing) while their set-up files load it: a test-time
    // loop, not a dependency of any library (.nxignore keeps it out of the project graph).
    files: ['tools/testing/**'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The readers of process.env: each app's environment.ts, developer tools, test set-up, benchmarks.
    files: [
      '**/environment.ts',
      'infra/**/*.ts',
      'tools/**/*.ts',
      'bench/**/*.ts',
      'libs/testing/src/test-environment.ts',
      'libs/messaging/src/*.int.spec.ts',
      'apps/gateway-e2e/src/support/*.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
