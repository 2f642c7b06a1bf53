const { prepareInfrastructure } = require('../../tools/testing/global-setup');

// Once per run: the broker up with the topic catalogue and the partners' ACLs. The
// subscriber has no database: what it keeps is files, in a temporary folder per test.
module.exports = prepareInfrastructure();
