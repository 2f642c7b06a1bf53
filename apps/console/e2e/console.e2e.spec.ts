import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { bearer, graphql, waitFor } from '@csirt/testing';
// The one way the platform is started as processes for tests lives with the gateway's end-to-end
// tests; it belongs in libs/testing (left for whoever may edit gateway-e2e), not in a copy here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startStack, type Stack } from '../../gateway-e2e/src/support/stack';
import { runAxe } from './support/axe';
import { browserEnvironment } from './support/environment';
import { launchChromium, signInAs, startConsole } from './support/console';

/**
 * The console in a real Chromium against the real platform: every service a separate
 * process on the test Postgres and Kafka, the built console served by its own server.
 * The tests run in order and share the stack (starting it takes most of a minute).
 */
const root = join(__dirname, '../../..');
const screenshots = join(__dirname, '../screenshots');
const REGION = 'NORDICS';
const run = Date.now().toString(36);

let stack: Pick<Stack, 'gatewayUrl' | 'stop'>;
let consoleServer: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;
let admin: string;

async function api<T = any>(
  query: string,
  variables: Record<string, unknown> = {},
  token = admin,
): Promise<T> {
  const response = await graphql<T>(stack.gatewayUrl, query, variables, token);
  if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
  return response.data as T;
}

async function seedPeople(): Promise<void> {
  const people = [
    {
      name: 'Olga Officer',
      email: `olga.${run}@example.org`,
      region: REGION,
      roles: ['GEO_SECURITY_OFFICER'],
      onCall: true,
    },
    {
      name: 'Sven Engineer',
      email: `sven.${run}@example.org`,
      region: REGION,
      roles: ['SERVICE_ENGINEER'],
      skills: ['phishing', 'fraud'],
      onCall: true,
    },
  ];
  for (const input of people) {
    await api(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, { input });
  }
}

/** An incident opened the way intake opens them (report submitted, triaged, escalated), without the UI. */
async function openIncident(title: string, tlp: string, analyst: string): Promise<string> {
  const { submitReport } = await api(
    `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`,
    {
      input: {
        channel: 'INTERNAL',
        reporter: { name: 'Internal SOC' },
        title,
        description: `${title}: seen by the SOC.`,
        tlp,
      },
    },
    analyst,
  );
  await api(
    `mutation($id: ID!) { triageReport(id: $id, input: { classification: { rsitClass: "information-content-security", rsitType: "data-leak" }, severity: 1, priority: P1 }) { id } }`,
    { id: submitReport.id },
    analyst,
  );
  await api(
    `mutation($id: ID!) { escalateReport(id: $id, input: {}) { id } }`,
    { id: submitReport.id },
    analyst,
  );
  return waitFor(
    `the incident of "${title}"`,
    async () =>
      (
        await api<{ report: { incident: { id: string } | null } }>(
          `query($id: ID!) { report(id: $id) { incident { id } } }`,
          { id: submitReport.id },
        )
      ).report.incident?.id,
    { timeoutMs: 60_000 },
  );
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
}

/** No serious or critical axe-core violation on what is on screen now. */
async function expectAccessible(what: string): Promise<void> {
  const results = await runAxe(page);
  const bad = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect({
    view: what,
    violations: bad.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
  }).toEqual({
    view: what,
    violations: [],
  });
}

/** Waits until the view says it is loading nothing; says which view if it never does. */
async function loaded(hash: string): Promise<void> {
  try {
    await page.waitForFunction(() => !document.querySelector('.state-loading'), undefined, { timeout: 30_000 });
  } catch {
    const still = await page.locator('.state-loading').allTextContents();
    throw new Error(`${hash} still loading after 30 s: ${still.join(' | ')}`);
  }
}

async function go(hash: string): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash);
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  stack = browserEnvironment.reuseGatewayUrl
    ? { gatewayUrl: browserEnvironment.reuseGatewayUrl, stop: async () => undefined }
    : await startStack();
  consoleServer = await startConsole(stack.gatewayUrl);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  admin = await bearer(['ADMIN'], { subject: 'e2e-admin', clearance: 'RED' });
  await seedPeople();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await consoleServer?.stop();
  await stack?.stop();
});

test('first load: at most 300 KB of gzipped JavaScript (from the build)', () => {
  const publicDir = join(root, 'dist/apps/console/public');
  const html = readFileSync(join(publicDir, 'index.html'), 'utf8');
  // What index.html loads before anything else: the entry module and its preloaded imports.
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(publicDir, file))).length,
    0,
  );
  const raw = scripts.reduce((sum, file) => sum + statSync(join(publicDir, file)).size, 0);
  process.stdout.write(
    `first-load JavaScript: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped\n`,
  );
  expect(gzipped).toBeLessThanOrEqual(300 * 1024);
});

test('a report submitted, triaged, escalated, the response team formed, tasks done and the incident closed, all in the UI', async () => {
  const title = `Phishing wave against payroll ${run}`;

  // The reporter submits.
  await signInAs(page, consoleServer.url, 'dev-reporter');
  await go('#/report');
  await page.getByLabel('Title').fill(title);
  await page
    .getByLabel('What happened')
    .fill('Staff received e-mails asking them to confirm their salary account at a look-alike domain.');
  await page
    .getByLabel('Indicators, one per line as TYPE value (e.g. IPV4 198.51.100.7)')
    .fill('DOMAIN payro11-portal.example');
  await page.getByRole('button', { name: 'Submit report' }).click();
  await page.getByRole('status').filter({ hasText: 'received' }).waitFor();
  await shoot('submit-report');

  // An analyst and incident manager triages and escalates.
  await signInAs(page, consoleServer.url, 'dev-manager');
  await go('#/triage');
  await page.getByTestId('queue-count').filter({ hasText: 'oldest first' }).waitFor();
  // Searched by the API (full text of title and description), not by walking the queue.
  await page.getByLabel('Search the queue').fill(title);
  await page.getByTestId('queue-count').filter({ hasText: /^1 report match/ }).waitFor();
  const row = page.locator('tr', { hasText: title });
  await row.getByRole('button').click();
  const panel = page.getByRole('complementary', { name: 'Selected report' });
  await panel.getByRole('heading', { name: new RegExp(title) }).waitFor();
  await shoot('triage-queue');
  await panel.getByLabel('Class').selectOption('fraud');
  await panel.getByLabel('Type').selectOption('phishing');
  await panel.getByRole('button', { name: 'Triage' }).click();
  await panel.getByTestId('report-status').filter({ hasText: 'TRIAGED' }).waitFor();
  await panel.getByLabel('Region (optional)').fill(REGION);
  await panel.getByRole('button', { name: 'Escalate' }).click();
  const incidentLink = panel.getByRole('status').getByRole('link', { name: /^INC-/ });
  await incidentLink.waitFor({ timeout: 60_000 });
  await incidentLink.click();

  // The incident page: form the proposed response team.
  await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
  const team = page.getByRole('region', { name: 'Response team' });
  await team.getByRole('button', { name: 'Form the response team' }).waitFor({ timeout: 60_000 });
  await team.getByRole('button', { name: 'Form the response team' }).click();
  await team.getByTestId('response-team').getByText('Olga Officer').waitFor();

  // A transition the API refuses shows its reason in words.
  const phase = page.getByRole('region', { name: 'Phase' });
  await phase.getByRole('combobox').first().selectOption('CLOSED');
  await phase.getByRole('button', { name: 'Move to CLOSED' }).click();
  await phase.getByRole('alert').waitFor();
  expect(await phase.getByRole('alert').innerText()).toMatch(/cannot move|INCIDENT\.INVALID_TRANSITION/i);

  // A containment task, assigned to a responder, done.
  const tasks = page.getByRole('region', { name: 'Tasks' });
  await tasks.getByLabel('Task', { exact: true }).fill('Block the look-alike domain at the mail gateway');
  await tasks.getByLabel('Assignee').selectOption({ label: 'Sven Engineer' });
  await tasks.getByRole('button', { name: 'Add task' }).click();
  const task = tasks.locator('[data-task="Block the look-alike domain at the mail gateway"]');
  await task.waitFor();
  expect(await task.innerText()).toContain('Sven Engineer');
  // The response team has shared authority (the default): the task waits for the constituency's consent.
  expect(await task.innerText()).toContain("waits for the constituency contact's consent");
  await task.getByLabel('Consent given by').fill('Dr. Ada Contact, IT lead');
  await task.getByRole('button', { name: 'Record consent' }).click();
  await task.getByText("waits for the constituency contact's consent").waitFor({ state: 'detached' });
  await task.getByLabel(/Status of/).selectOption('DONE');
  await waitFor(
    'the task to be done',
    async () => (await task.getByLabel(/Status of/).inputValue()) === 'DONE',
  );
  await shoot('incident-page');

  // Through the phases to closure.
  for (const to of ['ANALYSIS', 'CONTAINMENT', 'ERADICATION', 'RECOVERY', 'POST_INCIDENT', 'CLOSED']) {
    await phase.getByRole('combobox').first().selectOption(to);
    if (to === 'CLOSED') {
      await phase
        .getByLabel('Resolution')
        .fill('Domain blocked and taken down; no credentials were entered.');
      await phase.getByLabel('Lessons learned').fill('Warn staff before payroll runs.');
    }
    await phase.getByRole('button', { name: `Move to ${to}` }).click();
    await page
      .getByTestId('incident-status')
      .filter({ hasText: new RegExp(`^${to}$`) })
      .waitFor();
  }
  await go('#/incidents');
  await page.locator('.card', { hasText: title }).waitFor();

  // The board filtered by indicator (defanged, upper case: the API normalises it) and by assignee.
  const filters = page.getByRole('form', { name: 'Filter incidents' });
  const apply = () => filters.getByRole('button', { name: 'Apply filters' }).click();
  await filters.getByLabel('Indicator type').selectOption('DOMAIN');
  await filters.getByLabel('Indicator', { exact: true }).fill(`nothing-${run}.example`);
  await apply();
  await page.getByText('No incidents match.').waitFor();
  await filters.getByLabel('Indicator', { exact: true }).fill('PAYRO11-PORTAL[.]EXAMPLE');
  await apply();
  await page.locator('.card', { hasText: title }).waitFor();
  await filters.getByLabel('Indicator', { exact: true }).fill('');
  await filters.getByLabel('Assignee').selectOption({ label: 'Olga Officer' });
  await apply();
  await page.getByText('No incidents match.').waitFor();
  await filters.getByLabel('Assignee').selectOption({ label: 'Sven Engineer' });
  await apply();
  await page.locator('.card', { hasText: title }).waitFor();
  await shoot('incident-board');
});

test('a reporter cannot see the triage queue', async () => {
  await signInAs(page, consoleServer.url, 'dev-reporter');
  await page.getByRole('link', { name: 'Report an incident' }).waitFor();
  expect(
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triage queue' }).count(),
  ).toBe(0);
  await go('#/triage');
  await page.getByText('This view is not available to your roles').waitFor();
  expect(await page.locator('table').count()).toBe(0);
});

test("a GREEN-cleared analyst never sees an AMBER+STRICT incident's title anywhere on screen", async () => {
  const secret = `Zebra-${run} exfiltration at the ministry`;
  const analyst = await bearer(['ANALYST', 'INCIDENT_MANAGER'], {
    subject: 'e2e-strict-analyst',
    clearance: 'AMBER_STRICT',
  });
  const incidentId = await openIncident(secret, 'AMBER+STRICT', analyst);
  // The same incident is on screen for someone cleared for it (so the check below can fail).
  await signInAs(page, consoleServer.url, 'dev-analyst');
  await go(`#/incidents/${incidentId}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(`Zebra-${run}`) }).waitFor();

  await signInAs(page, consoleServer.url, 'dev-analyst-green');
  for (const hash of [
    '#/triage',
    '#/incidents',
    `#/incidents/${incidentId}`,
    '#/announcements',
    '#/directory',
    '#/report',
  ]) {
    await go(hash);
    await page.waitForLoadState('networkidle');
    await loaded(hash);
    const html = await page.content();
    expect({ hash, shown: html.includes(`Zebra-${run}`) }).toEqual({ hash, shown: false });
  }
  await shoot('green-analyst-incident');
});

let advisoryId = '';

test('an advisory edited in the form, submitted, approved by the PR officer in the UI and published, then its history and receipts', async () => {
  const { draftAdvisory } = await api<{ draftAdvisory: { id: string } }>(
    `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { id } }`,
    {
      input: {
        kind: 'VULNERABILITY_ADVISORY',
        title: `Patch the VPN ${run}`,
        summary: 'Patch now.',
        severity: 2,
        tlp: 'GREEN',
        audience: { community: true },
      },
    },
  );
  advisoryId = draftAdvisory.id;

  // The publisher completes the draft in the edit form; a refusal of the API is shown in words.
  await signInAs(page, consoleServer.url, 'dev-publisher');
  await go(`#/announcements/${advisoryId}`);
  await page.getByTestId('advisory-status').filter({ hasText: 'DRAFT' }).waitFor();
  const form = page.getByRole('form', { name: 'Edit the advisory' });
  await form.getByLabel('Title', { exact: true }).fill('x');
  await form.getByRole('button', { name: 'Save the advisory' }).click();
  await form.getByRole('alert').filter({ hasText: 'The advisory was not saved' }).waitFor();
  await form.getByLabel('Title', { exact: true }).fill(`Patch the VPN gateways ${run}`);
  await form.getByLabel('Body', { exact: true }).fill('Patch the VPN gateways now: a pre-authentication flaw is exploited.');
  await form.getByLabel('CVE ids').fill('CVE-2024-3400');
  await form.getByLabel('Affected products').fill('Example Networks | VPN gateway | < 10.2.9 | 10.2.9');
  await form.getByLabel('Remediations').fill('VENDOR_FIX | Upgrade to 10.2.9 | https://vendor.example/fix');
  await form.getByLabel('References').fill('https://vendor.example/advisory | Vendor advisory');
  await form.getByLabel('Credits').fill('Ada Example | Example CERT | reported it');
  await form.getByRole('button', { name: 'Save the advisory' }).click();
  await form.getByRole('status').filter({ hasText: 'Saved as content version' }).waitFor();
  const saved = await api<{ advisory: { title: string; cveIds: string[]; remediations: { category: string }[]; credits: { organization: string }[] } }>(
    `query($id: ID!) { advisory(id: $id) { title cveIds remediations { category } credits { organization } } }`,
    { id: advisoryId },
  );
  expect(saved.advisory).toEqual({
    title: `Patch the VPN gateways ${run}`,
    cveIds: ['CVE-2024-3400'],
    remediations: [{ category: 'VENDOR_FIX' }],
    credits: [{ organization: 'Example CERT' }],
  });
  await expectAccessible('advisory page, edit form');
  await shoot('advisory-edit');

  // Submitted for review; the page says what approval is missing, and the publisher (no
  // person in the directory) is refused in words.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByTestId('advisory-status').filter({ hasText: 'IN_REVIEW' }).waitFor();
  await page.getByTestId('missing-approvals').filter({ hasText: 'PR officer' }).waitFor();
  await page.getByRole('button', { name: 'Approve as PR officer' }).click();
  await page.getByRole('alert').filter({ hasText: 'Approval refused' }).waitFor();

  // The development PR officer (a person the console's dev issuer made in teams) approves in
  // the UI. Announcements learns of people from teams' events: until then it refuses, so ask again.
  await signInAs(page, consoleServer.url, 'dev-pr-officer');
  await waitFor(
    'the PR officer approval to be accepted',
    async () => {
      await go(`#/announcements/${advisoryId}`);
      await page.getByTestId('advisory-status').waitFor();
      if ((await page.getByTestId('advisory-status').textContent()) === 'APPROVED') return true;
      await page.getByRole('button', { name: 'Approve as PR officer' }).click();
      const outcome = await Promise.race([
        page.getByTestId('advisory-status').filter({ hasText: 'APPROVED' }).waitFor().then(() => 'approved'),
        page.getByRole('alert').filter({ hasText: 'Approval refused' }).waitFor().then(() => 'refused'),
      ]);
      if (outcome === 'refused') await page.reload();
      return outcome === 'approved' || undefined;
    },
    { timeoutMs: 60_000 },
  );
  await page.getByText('Petra Relations').first().waitFor();

  // The publisher publishes in the UI; history, CSAF release and receipts follow.
  await signInAs(page, consoleServer.url, 'dev-publisher');
  await go(`#/announcements/${advisoryId}`);
  await page.getByTestId('advisory-status').filter({ hasText: 'APPROVED' }).waitFor();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByTestId('advisory-status').filter({ hasText: 'PUBLISHED' }).waitFor();
  await page.locator('table', { hasText: 'What changed' }).waitFor();
  await page.getByRole('heading', { name: 'Read receipts' }).waitFor();
  await expectAccessible('advisory page, published');
  await shoot('advisory-page');
});

test('every view: no serious or critical axe-core violation, at 1280 px and at 390 px', async () => {
  // Enough incidents for the dashboard to draw (it shows nothing about fewer than five).
  const analyst = await bearer(['ANALYST'], { subject: 'e2e-seed', clearance: 'AMBER' });
  await Promise.all(
    [1, 2, 3, 4].map((index) =>
      openIncident(`Seeded leak ${index} ${run}`, index % 2 ? 'GREEN' : 'AMBER', analyst),
    ),
  );
  await signInAs(page, consoleServer.url, 'dev-admin');
  const { incidents } = await api<{ incidents: { edges: { node: { id: string } }[] } }>(
    `{ incidents(first: 1) { edges { node { id } } } }`,
  );
  const views = [
    '#/triage',
    '#/incidents',
    `#/incidents/${incidents.edges[0].node.id}`,
    '#/report',
    '#/announcements',
    `#/announcements/${advisoryId}`,
    '#/dashboard',
    '#/directory',
  ];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    for (const hash of views) {
      await go(hash);
      await page.waitForLoadState('networkidle');
      await loaded(hash);
      await expectAccessible(`${hash} at ${width} px`);
      if (hash === '#/dashboard') expect(await page.locator('figure.chart').count()).toBeGreaterThan(0);
      // Readable: nothing wider than the window except inside the scrollable tables and board.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ hash, width, overflow: overflow > 1 }).toEqual({ hash, width, overflow: false });
      const name = hash.replace('#/', '').replace(/\/.*/, '-page');
      if (['dashboard', 'directory', 'announcements'].includes(name) || width === 390)
        await shoot(`${name}${width === 390 ? '-390' : ''}`);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: /sign in/ }).waitFor();
  await expectAccessible('sign-in');
  await shoot('sign-in');
});

test('the triage queue with 500 reports is usable in under 1 s (measured in the browser)', async () => {
  const inputs = Array.from({ length: 500 }, (_, index) => ({
    channel: 'INTERNAL',
    reporter: { name: 'Sensor relay' },
    title: `Bulk alert ${index} ${run}`,
    description: `Alert number ${index} from the load test.`,
    tlp: 'GREEN',
  }));
  const analyst = await bearer(['ANALYST'], { subject: 'e2e-bulk', clearance: 'AMBER' });
  const { submitReports } = await api(
    `mutation($inputs: [SubmitReportInput!]!) { submitReports(inputs: $inputs) { accepted rejected } }`,
    { inputs },
    analyst,
  );
  expect(submitReports).toEqual({ accepted: 500, rejected: 0 });

  await signInAs(page, consoleServer.url, 'dev-analyst');
  await go('#/announcements');
  await page.waitForLoadState('networkidle');
  // From the moment the queue is asked for to the moment its rows can be clicked.
  const elapsed = await page.evaluate(async () => {
    const started = performance.now();
    window.location.hash = '#/triage';
    for (;;) {
      const count = document.querySelector('[data-testid="queue-count"]')?.textContent ?? '';
      const rows = document.querySelectorAll('table.queue tbody tr button').length;
      if (/^\d+ reports? waiting/.test(count) && Number(count.split(' ')[0]) >= 500 && rows > 0)
        return performance.now() - started;
      if (performance.now() - started > 10_000) return Number.POSITIVE_INFINITY;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  process.stdout.write(`triage queue with 500+ reports usable after ${elapsed.toFixed(0)} ms\n`);
  // Counted by the API: one page of rows is drawn, the rest comes on request.
  const total = Number((await page.getByTestId('queue-count').textContent())!.split(' ')[0]);
  expect(await page.locator('table.queue tbody tr').count()).toBe(100);
  expect(await page.getByTestId('queue-count').textContent()).toContain('· 100 shown');
  // Usable: the oldest report is first and answers a click.
  const first = page.locator('table.queue tbody tr').first();
  await first.getByRole('button').click();
  await page
    .getByRole('complementary', { name: 'Selected report' })
    .getByRole('heading', { level: 2 })
    .waitFor();
  // The next page follows the first, oldest first still.
  await page.getByRole('button', { name: 'Load more reports' }).click();
  await page.locator('table.queue tbody tr').nth(Math.min(total, 200) - 1).waitFor();
  // A search answered by the API over the whole queue, whatever page its match is on.
  await page.getByLabel('Search the queue').fill(`"Bulk alert 499 ${run}"`);
  await page.getByTestId('queue-count').filter({ hasText: /^1 report match/ }).waitFor();
  expect(await page.locator('table.queue tbody tr').count()).toBe(1);
  expect(elapsed).toBeLessThan(1000);
});
