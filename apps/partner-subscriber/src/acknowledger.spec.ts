import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Acknowledger, ACKNOWLEDGE_MUTATION } from './acknowledger';
import type { AcknowledgementConfig } from './config';
import { silentLogger } from './logger';
import { ACKNOWLEDGED, RecordingServer } from './spec/fixtures';

describe('Acknowledger: read receipts through the platform GraphQL API, from a queue on disk', () => {
  let root: string;
  let server: RecordingServer | undefined;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'csaf-acks-'));
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    await rm(root, { recursive: true, force: true });
  });

  const config = (overrides: Partial<AcknowledgementConfig> = {}): AcknowledgementConfig => ({
    graphqlUrl: `${server?.url}/graphql`,
    token: { value: 'partner-alpha-token' },
    retryIntervalMs: 60_000,
    maxBackoffMs: 3_600_000,
    timeoutMs: 2_000,
    ...overrides,
  });

  it('sends acknowledgeAdvisory(trackingId, version) with the bearer token, once', async () => {
    server = await RecordingServer.start(() => ACKNOWLEDGED);
    const acknowledger = new Acknowledger(root, config(), silentLogger);
    expect(await acknowledger.enqueue('CSIRT-2026-00012', '3')).toBe(true);
    await acknowledger.flush();
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/graphql', headers: { authorization: 'Bearer partner-alpha-token', 'content-type': 'application/json' } });
    expect(JSON.parse(request.body)).toEqual({ operationName: 'AcknowledgeAdvisory', query: ACKNOWLEDGE_MUTATION, variables: { trackingId: 'CSIRT-2026-00012', version: 3 } });
    expect(await acknowledger.pending()).toEqual([]);
    expect(JSON.parse(await readFile(join(root, 'acknowledgements/done/csirt-2026-00012@3.json'), 'utf8'))).toMatchObject({ trackingId: 'CSIRT-2026-00012', version: '3' });
    // Queued again (a redelivery): already sent, so nothing is queued or sent.
    expect(await acknowledger.enqueue('CSIRT-2026-00012', '3')).toBe(false);
    await acknowledger.flush();
    expect(server.requests).toHaveLength(1);
  });

  it('retries a platform that is briefly unavailable', async () => {
    server = await RecordingServer.start((_, index) => (index < 2 ? { status: 503, body: 'unavailable' } : ACKNOWLEDGED));
    const acknowledger = new Acknowledger(root, config(), silentLogger);
    await acknowledger.enqueue('CSIRT-2026-00013', '1');
    await acknowledger.flush();
    expect(server.requests).toHaveLength(3);
    expect(await acknowledger.pending()).toEqual([]);
  });

  it('keeps a refused receipt pending with the reason, and sends it once the cause is fixed', async () => {
    let refuse = true;
    server = await RecordingServer.start(() =>
      refuse ? { status: 200, body: JSON.stringify({ data: null, errors: [{ message: 'token expired', extensions: { code: 'UNAUTHENTICATED' } }] }) } : ACKNOWLEDGED,
    );
    const tokenFile = join(root, 'token');
    await writeFile(tokenFile, 'expired-token\n');
    const acknowledger = new Acknowledger(root, config({ token: { file: tokenFile }, retryIntervalMs: 100 }), silentLogger);
    await acknowledger.enqueue('CSIRT-2026-00014', '2');
    await acknowledger.flush();
    expect(server.requests).toHaveLength(1); // refused: not retried at once
    expect(await acknowledger.pending()).toEqual([{ trackingId: 'CSIRT-2026-00014', version: '2', attempts: 1, lastError: 'token expired' }].map((e) => expect.objectContaining(e)));
    await acknowledger.flush();
    expect(server.requests).toHaveLength(1); // backing off

    // The token is refreshed on disk; the file is read again before every request.
    refuse = false;
    await writeFile(tokenFile, 'fresh-token\n');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await acknowledger.flush();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer expired-token', 'Bearer fresh-token']);
    expect(await acknowledger.pending()).toEqual([]);
  });

  it('loses nothing while the platform cannot be reached at all', async () => {
    const acknowledger = new Acknowledger(root, config({ graphqlUrl: 'http://127.0.0.1:9/graphql', timeoutMs: 500 }), silentLogger);
    await acknowledger.enqueue('CSIRT-2026-00015', '1');
    await acknowledger.flush();
    expect(await acknowledger.pending()).toEqual([expect.objectContaining({ trackingId: 'CSIRT-2026-00015', attempts: 1, lastError: expect.stringContaining('request failed') })]);
    // A restarted program finds the queue where it left it.
    server = await RecordingServer.start(() => ACKNOWLEDGED);
    const restarted = new Acknowledger(root, config(), silentLogger);
    restarted.start(); // retries at once, whatever the backoff said
    await restarted.flush();
    await restarted.stop();
    expect(server.requests).toHaveLength(1);
    expect(await readdir(join(root, 'acknowledgements/pending'))).toEqual([]);
  });
});
