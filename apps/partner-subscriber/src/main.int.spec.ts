import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testEnvironment, testKafka, testKafkaSasl, waitFor } from '@csirt/testing';
import { ACKNOWLEDGED, advisory, encoded, RecordingServer, releaseMessage, signingKey } from './spec/fixtures';

// The program as a partner starts it: `main.ts` in its own process, configured only by
// environment variables, stopped by a signal.

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '../../..');

describe('the partner-subscriber process', () => {
  let folder: string;
  let api: RecordingServer;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'partner-process-'));
    api = await RecordingServer.start(() => ACKNOWLEDGED);
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await api.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('stores and acknowledges what arrives, logs JSON lines, and exits 0 on SIGTERM', async () => {
    const key = await signingKey('CSIRT signing key 2026');
    await writeFile(join(folder, 'publisher.asc'), key.armoredPublicKey);
    const topic = `csirt.partner.alpha.spec-${randomUUID()}`;
    const admin = testKafka('subscriber-process-admin').admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    await admin.disconnect();

    const sasl = testKafkaSasl('partner-alpha');
    const mirror = join(folder, 'mirror');
    // Only these variables: nothing leaks in from the test's own environment.
    const env = {
      PARTNER_CODE: 'alpha',
      KAFKA_BROKERS: testEnvironment.kafkaBrokers.join(','),
      KAFKA_SASL_MECHANISM: sasl.mechanism,
      KAFKA_SASL_PASSWORD: sasl.password,
      KAFKA_TOPICS: topic,
      KAFKA_CONSUMER_GROUP: `csirt-partner-alpha.spec-${randomUUID()}`,
      MIRROR_DIR: mirror,
      TRUSTED_KEY_FINGERPRINTS: key.fingerprint.replace(/(.{4})/g, '$1 ').trim(),
      PUBLIC_KEY_FILES: join(folder, 'publisher.asc'),
      GRAPHQL_URL: `${api.url}/graphql`,
      API_TOKEN: 'partner-alpha-token',
      LOG_LEVEL: 'info',
    };
    const started = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'apps/partner-subscriber/src/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let output = '';
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor('the subscriber to start', async () => output.includes('"subscriber started"'), { timeoutMs: 90_000 });

    const producer = testKafka('subscriber-process-announcements', 'announcements').producer();
    await producer.connect();
    const message = await releaseMessage(advisory('CSIRT-2026-00401', 'RED'), key);
    await producer.send({ topic, acks: -1, messages: [{ key: message.trackingId, value: encoded(message) }] });
    await producer.disconnect();

    await waitFor('the stored document', async () => (await readFile(join(mirror, 'red/2026/csirt-2026-00401.json'), 'utf8')) === message.document);
    await waitFor('the acknowledgement', async () => api.requests.length === 1);
    expect(JSON.parse(api.requests[0].body).variables).toEqual({ trackingId: 'CSIRT-2026-00401', version: 1 });

    started.kill('SIGTERM');
    const [code] = (await once(started, 'exit')) as [number | null];
    expect(code).toBe(0);
    const lines = output.trim().split('\n').map((line) => JSON.parse(line) as { level: string; message: string; partner: string });
    expect(lines.map((l) => l.message)).toEqual(expect.arrayContaining(['publisher keys loaded', 'subscriber started', 'release stored', 'advisory acknowledged', 'shutting down', 'subscriber stopped']));
    expect(lines.every((l) => l.partner === 'alpha')).toBe(true);
    // The password never reaches the logs.
    expect(output).not.toContain(sasl.password);
  });

  it('refuses to start on a bad configuration, naming the variables', async () => {
    const started = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'apps/partner-subscriber/src/main.ts'], {
      cwd: ROOT,
      env: { PARTNER_CODE: 'alpha', TRUSTED_KEY_FINGERPRINTS: 'not-a-fingerprint' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    started.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const [code] = (await once(started, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(errors).toContain('TRUSTED_KEY_FINGERPRINTS: a fingerprint is 40');
    expect(errors).toContain('KAFKA_BROKERS: required');
    expect(errors).toContain('GRAPHQL_URL');
  });
});
