const { prepareInfrastructure } = require('../../tools/testing/global-setup');

// Two databases: one plays the publishing service, the other the consuming one.
module.exports = prepareInfrastructure({
  database: 'csirt_test_messaging_pub,csirt_test_messaging_sub',
  migrations: 'libs/messaging/src/test-migrations.ts',
});
