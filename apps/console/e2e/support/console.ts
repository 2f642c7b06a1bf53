import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEST_AUTH, testEnvironment } from '@csirt/testing';
import { browserEnvironment } from './environment';

const root = join(__dirname, '../../../..');

/**
 * The built console (`nx run console:build`: dist/apps/console) served by its own server
 * process, as in production, in front of a running stack's gateway, with the development
 * issuer signing with the stack's test secret.
 */
export async function startConsole(gatewayUrl: string): Promise<{ url: string; stop(): Promise<void> }> {
  const port = testEnvironment.stackBasePort + 10;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [join(root, 'dist/apps/console/main.js')], {
    cwd: root,
    env: {
      ...browserEnvironment.inherited,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      GATEWAY_URL: gatewayUrl,
      DEV_ISSUER: 'true',
      AUTH_JWT_SECRET: TEST_AUTH.secret,
      AUTH_ISSUER: TEST_AUTH.issuer,
      AUTH_AUDIENCE: TEST_AUTH.audience,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (browserEnvironment.verbose) process.stderr.write(`[console] ${chunk}`);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`the console server did not start:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: the tests run as root in a container, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: browserEnvironment.chromiumPath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** Signs in on the sign-in page as one of the development identities. */
export async function signInAs(page: Page, consoleUrl: string, subject: string): Promise<void> {
  await page.goto(`${consoleUrl}/`);
  // A previous identity's token lives in sessionStorage: sign out first when signed in.
  const signOut = page.getByRole('button', { name: 'Sign out' });
  // Wait until the app has drawn either page: a check made too early would see neither.
  await page.locator('[data-identity]').or(signOut).first().waitFor();
  if (await signOut.isVisible()) await signOut.click();
  await page.locator(`[data-identity="${subject}"]`).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
