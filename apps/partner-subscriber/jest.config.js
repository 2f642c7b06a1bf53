module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'partner-subscriber',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/jest.global-setup.js',
};
