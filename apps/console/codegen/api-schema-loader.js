// graphql-codegen schema loader: the API schema clients see, derived from the committed
// supergraph (apps/gateway/supergraph.graphql) exactly as the gateway derives it, so the
// console's documents are checked against what the gateway serves, without join__ directives.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { Supergraph } = require('@apollo/federation-internals');

module.exports = function apiSchemaLoader() {
  const supergraph = readFileSync(path.join(__dirname, '../../gateway/supergraph.graphql'), 'utf8');
  return Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
};
