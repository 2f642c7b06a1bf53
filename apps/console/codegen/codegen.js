// `nx run console:codegen`: typed documents (client preset) for every graphql() call in src/.
/** @type {import('@graphql-codegen/cli').CodegenConfig} */
module.exports = {
  overwrite: true,
  schema: [{ 'apps/console/codegen/api-schema': { loader: './apps/console/codegen/api-schema-loader.js' } }],
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/console/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};
