const { prepareInfrastructure } = require('../../tools/testing/global-setup');

// Kafka with the topic catalogue and a reachable Postgres; the stack makes its own databases.
module.exports = prepareInfrastructure();
