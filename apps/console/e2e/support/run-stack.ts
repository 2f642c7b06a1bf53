/**
 * `npx tsx apps/console/e2e/support/run-stack.ts`: the test stack (as the browser tests start
 * it) kept running until Ctrl-C, for CONSOLE_E2E_GATEWAY_URL. A developer tool.
 */
// The one way the platform is started as processes for tests lives with the gateway's end-to-end
// tests; it belongs in libs/testing (left for whoever may edit gateway-e2e), not in a copy here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startStack } from '../../../gateway-e2e/src/support/stack';

startStack().then(
  (stack) => {
    process.stdout.write(`CONSOLE_E2E_GATEWAY_URL=${stack.gatewayUrl}\n`);
    const stop = () => void stack.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
