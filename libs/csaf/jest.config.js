module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'csaf',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
