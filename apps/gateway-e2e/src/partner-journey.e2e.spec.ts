import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { bearer, graphql, testEnvironment, testKafkaSasl, waitFor } from '@csirt/testing';
import { startStack, type Stack } from './support/stack';

/**
 * Issue 9 end to end, as a partner CSIRT lives it: the team registers partner `alpha`
 * with its agreement, writes an AMBER advisory addressed to alpha alone, has it approved
 * by a PR officer and publishes it; alpha runs the shipped subscriber program (a real
 * process, configured only by its environment, reading with alpha's own broker
 * credentials), which verifies the signature against the key it pinned and fetched from
 * the provider directory, validates the CSAF document, stores it and acknowledges it
 * through the gateway; the team then sees alpha's read receipt.
 */
describe('a partner CSIRT receives, verifies and acknowledges an advisory addressed to it', () => {
  const root = join(__dirname, '../../..');
  let stack: Stack;
  let subscriber: ChildProcess | undefined;
  const subscriberOutput: string[] = [];
  const mirror = mkdtempSync(join(tmpdir(), 'csirt-e2e-partner-mirror-'));

  beforeAll(async () => {
    stack = await startStack();
  }, 180_000);

  afterAll(async () => {
    if (subscriber && subscriber.exitCode === null) {
      const exited = new Promise((resolve) => subscriber?.once('exit', resolve));
      subscriber.kill('SIGTERM');
      await exited;
    }
    await stack?.stop();
    rmSync(mirror, { recursive: true, force: true });
  });

  const call = async (query: string, variables: Record<string, unknown>, auth: string) => {
    const result = await graphql(stack.gatewayUrl, query, variables, auth);
    return result as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };

  it('publishes to alpha only, and alpha stores the verified document and acknowledges it', async () => {
    const admin = await bearer(['ADMIN'], { subject: 'e2e-admin', clearance: 'RED' });
    const publisher = await bearer(['PUBLISHER'], { subject: 'e2e-publisher', clearance: 'AMBER_STRICT' });

    const partner = await call(
      `mutation($input: RegisterPartnerInput!) { registerPartner(input: $input) { id code } }`,
      {
        input: {
          code: 'alpha',
          name: 'Alpha CERT',
          country: 'DE',
          contactEmail: 'soc@alpha-cert.example',
          trustLevel: 'HIGH',
          agreement: { tlpCeiling: 'AMBER', permittedActions: ['INTERNALLY_VISIBLE_ACTIONS'], disclosure: 'AFTER_EMBARGO', embargoDays: 30, attribution: 'MUST_NOT' },
        },
      },
      admin,
    );
    expect(partner.errors).toBeUndefined();
    const partnerId: string = partner.data?.registerPartner.id;

    const officer = await call(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name: 'Petra PR', email: `petra.${randomUUID().slice(0, 6)}@csirt.example`, region: 'EMEA', roles: ['PR_OFFICER'], onCall: false } },
      admin,
    );
    const prOfficer = await bearer(['PUBLISHER'], { subject: 'e2e-pr-officer', clearance: 'AMBER', personId: officer.data?.createPerson.id });

    const drafted = await call(
      `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { id reference } }`,
      {
        input: {
          kind: 'VULNERABILITY_ADVISORY',
          title: 'Remote code execution in ExampleVPN gateways',
          summary: 'Unauthenticated remote code execution in ExampleVPN before 4.2.1.',
          body: 'Attackers exploit the flaw in the wild. Update to 4.2.1 or block the management interface.',
          severity: 4,
          tlp: 'AMBER',
          audience: { community: false, partnerIds: [partnerId] },
          cveIds: ['CVE-2026-12345'],
          affectedProducts: [{ vendor: 'Example', product: 'ExampleVPN', affectedVersions: ['< 4.2.1'], fixedVersions: ['4.2.1'] }],
          credits: [{ names: ['A. Researcher'], organization: 'Example Lab' }],
        },
      },
      publisher,
    );
    expect(drafted.errors).toBeUndefined();
    const { id: advisoryId, reference } = drafted.data?.draftAdvisory as { id: string; reference: string };
    expect((await call(`mutation($id: ID!) { submitAdvisoryForReview(id: $id) { status } }`, { id: advisoryId }, publisher)).errors).toBeUndefined();

    // Announcements learns of the PR officer and of alpha's agreement from teams' events.
    await waitFor('the PR officer to be known to announcements', async () => {
      const approved = await call(`mutation($id: ID!) { approveAdvisory(id: $id, role: PR_OFFICER) { status } }`, { id: advisoryId }, prOfficer);
      return approved.data?.approveAdvisory?.status === 'APPROVED';
    }, { timeoutMs: 30_000, intervalMs: 300 });
    const published = await waitFor('alpha to be known to announcements', async () => {
      const result = await call(
        `mutation($id: ID!) { publishAdvisory(id: $id) { status csaf { version tlp url signingKeyFingerprint } } }`,
        { id: advisoryId },
        publisher,
      );
      if (result.errors?.some((error) => error.extensions?.code === 'ADVISORY.PARTNER_UNKNOWN')) return undefined;
      return result;
    }, { timeoutMs: 30_000, intervalMs: 300 });
    expect(published.errors).toBeUndefined();
    const csaf = published.data?.publishAdvisory.csaf as { version: number; tlp: string; url: string; signingKeyFingerprint: string };
    expect(csaf).toMatchObject({ version: 1, tlp: 'AMBER' });

    // Before alpha has read it, the team sees alpha waiting.
    const receipts = async () =>
      (await call(`query($id: ID!) { advisory(id: $id) { acknowledgements { partnerCode acknowledged upToDate acknowledgedVersion } } }`, { id: advisoryId }, publisher))
        .data?.advisory.acknowledgements;
    expect(await receipts()).toEqual([{ partnerCode: 'alpha', acknowledged: false, upToDate: false, acknowledgedVersion: null }]);

    // Alpha runs the subscriber as shipped, pinning the key it was told out of band.
    const alphaToken = await bearer(['REPORTER'], { subject: 'partner-alpha', clearance: 'AMBER', partnerId: 'alpha' });
    const sasl = testKafkaSasl('partner-alpha');
    const gateway = new URL(stack.gatewayUrl);
    subscriber = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'apps/partner-subscriber/src/main.ts')], {
      cwd: root,
      env: {
        PARTNER_CODE: 'alpha',
        KAFKA_BROKERS: testEnvironment.kafkaBrokers.join(','),
        KAFKA_SASL_MECHANISM: sasl.mechanism,
        KAFKA_SASL_USERNAME: sasl.username,
        KAFKA_SASL_PASSWORD: sasl.password,
        KAFKA_CONSUMER_GROUP: `csirt-partner-alpha.e2e-${randomUUID().slice(0, 8)}`,
        MIRROR_DIR: mirror,
        TRUSTED_KEY_FINGERPRINTS: csaf.signingKeyFingerprint,
        PROVIDER_METADATA_URL: `${gateway.origin}/.well-known/csaf/provider-metadata.json`,
        GRAPHQL_URL: stack.gatewayUrl,
        API_TOKEN: alphaToken.replace(/^Bearer /, ''),
        ACK_RETRY_INTERVAL_MS: '500',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    subscriber.stdout?.on('data', (chunk: Buffer) => subscriberOutput.push(chunk.toString()));
    subscriber.stderr?.on('data', (chunk: Buffer) => subscriberOutput.push(chunk.toString()));

    const fileName = basename(new URL(csaf.url).pathname);
    const stored = await waitFor(`alpha's subscriber to store ${fileName}`, async () => findFile(mirror, fileName), {
      timeoutMs: 90_000,
      intervalMs: 500,
    }).catch((error: Error) => {
      throw new Error(`${error.message}\nsubscriber output:\n${subscriberOutput.join('')}`);
    });
    const document = JSON.parse(readFileSync(stored, 'utf8'));
    expect(document.document.tracking.id).toBe(reference);
    expect(document.document.distribution.tlp.label).toBe('AMBER');
    // Alpha's agreement says MUST_NOT: the credits reach it anonymised.
    expect(JSON.stringify(document)).not.toContain('A. Researcher');
    for (const companion of ['.asc', '.sha256', '.sha512']) expect(statSync(`${stored}${companion}`).size).toBeGreaterThan(0);

    await waitFor('alpha\'s read receipt', async () => {
      const now = await receipts();
      return now?.[0]?.acknowledged ? now : undefined;
    }, { timeoutMs: 60_000, intervalMs: 500 });
    expect(await receipts()).toEqual([{ partnerCode: 'alpha', acknowledged: true, upToDate: true, acknowledgedVersion: 1 }]);

    // Bravo was not addressed: for it, the advisory does not exist.
    const bravo = await bearer(['REPORTER'], { subject: 'partner-bravo', clearance: 'AMBER', partnerId: 'bravo' });
    const refused = await call(`mutation($t: String!) { acknowledgeAdvisory(trackingId: $t) { version } }`, { t: reference }, bravo);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['ADVISORY.NOT_FOUND']);
  }, 300_000);
});

/** The path of `name` anywhere under `dir` (the mirror's `<tlp>/<year>/` folders), if stored. */
function findFile(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return path;
    if (entry.isDirectory() && entry.name !== 'history' && entry.name !== 'rejected') {
      const found = findFile(path, name);
      if (found) return found;
    }
  }
  return undefined;
}
