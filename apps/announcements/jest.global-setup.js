const { prepareInfrastructure } = require('../../tools/testing/global-setup');

// Once per run: Kafka up with the topic catalogue, a fresh test database, migrations applied.
module.exports = prepareInfrastructure({
  // The provider directory's spec has a database of its own: it asserts whole directory views.
  database: 'csirt_test_announcements,csirt_test_announcements_directory',
  migrations: 'apps/announcements/src/migrations/index.ts',
});
