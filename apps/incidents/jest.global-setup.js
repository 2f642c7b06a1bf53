const { prepareInfrastructure } = require('../../tools/testing/global-setup');

// Once per run: Kafka up with the topic catalogue, a fresh test database, migrations applied.
module.exports = prepareInfrastructure({
  database: 'csirt_test_incidents',
  migrations: 'apps/incidents/src/migrations/index.ts',
});
