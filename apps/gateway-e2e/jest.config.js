module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'gateway-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  globalSetup: '<rootDir>/jest.global-setup.js',
  testTimeout: 120_000,
};
