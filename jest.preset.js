// Shared jest settings: swc compiles TypeScript (with decorator metadata, for TypeORM)
// far faster than ts-jest on two cores; type checking is the `typecheck` target's job.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('./tools/jest/paths');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(path.join(__dirname, 'tsconfig.base.json')),
  testTimeout: 60_000,
  reporters: ['default', path.join(__dirname, 'tools/testing/jest-results-reporter.js')],
};
