module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'console',
  rootDir: __dirname,
  testMatch: ['<rootDir>/server/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts', '<rootDir>/e2e/**/*.e2e.spec.ts'],
  globalSetup: '<rootDir>/jest.global-setup.js',
  testTimeout: 300_000,
};
