/** Where the browser tests find Chromium and put their pictures; the only reader of process.env in e2e/. */
export const browserEnvironment = {
  /** Debian's chromium package (`.ci/run` installs it); any Chromium that playwright-core can drive. */
  chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  /**
   * The gateway of a test stack already running (started with the test secrets, e.g. by
   * e2e/support/run-stack.ts), to iterate on the browser tests without a minute of start-up.
   */
  reuseGatewayUrl: process.env.CONSOLE_E2E_GATEWAY_URL,
  /** What the console server process inherits (PATH and the like), as the stack's processes do. */
  inherited: { ...process.env },
  /** Set to 1 to watch the console server's output. */
  verbose: process.env.TEST_VERBOSE === '1',
};
