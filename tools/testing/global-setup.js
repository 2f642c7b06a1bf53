// jest globalSetup factory. jest loads globalSetup without the workspace's path aliases,
// so the real work runs in a tsx child process (prepare-infra.ts), once per test run.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/**
 * @param {{ database?: string, migrations?: string }} [options] test database and the
 *   module (relative to the repo root) exporting the service's `migrations` array.
 */
function prepareInfrastructure(options = {}) {
  return async () => {
    const args = [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(__dirname, 'prepare-infra.ts')];
    if (options.database) args.push('--database', options.database, '--migrations', options.migrations);
    execFileSync(process.execPath, args, { stdio: 'inherit', cwd: root });
  };
}

module.exports = { prepareInfrastructure };
