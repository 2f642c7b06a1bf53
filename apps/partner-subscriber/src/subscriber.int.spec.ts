import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partnerAdvisoriesTopic, TOPICS } from '@csirt/contracts';
import { buildProviderDirectory, closeCsafValidator, CSAF_RELEASE_CONTENT_TYPE, type CsafReleaseMessage, type CsafSigningKey } from '@csirt/csaf';
import { testEnvironment, testKafka, testKafkaSasl, waitFor } from '@csirt/testing';
import type { Producer } from 'kafkajs';
import type { SubscriberConfig } from './config';
import { silentLogger } from './logger';
import { ACKNOWLEDGED, advisory, encoded, RecordingServer, releaseMessage, serveDirectory, signingKey } from './spec/fixtures';
import { PartnerSubscriber, type MessageOutcome } from './subscriber';
import { defaultTopics } from './topics';

// The subscriber as partner-alpha runs it: the real broker with the partner's own SCRAM
// credentials and ACLs, messages produced by the `announcements` principal (the only
// writer of partner topics), keys from a provider directory served over HTTP as the
// platform's library builds it, and a real HTTP server standing in for the GraphQL API.

jest.setTimeout(120_000);

const PARTNER = 'alpha';

describe('partner-subscriber on the real broker, as partner-alpha', () => {
  let publisher: CsafSigningKey;
  let stranger: CsafSigningKey;
  let directory: RecordingServer;
  let api: RecordingServer;
  let producer: Producer;
  const running: PartnerSubscriber[] = [];
  const folders: string[] = [];

  beforeAll(async () => {
    [publisher, stranger] = await Promise.all([signingKey('CSIRT signing key 2026'), signingKey('Not the publisher')]);
    directory = await serveDirectory(() =>
      buildProviderDirectory([], {
        baseUrl: `${directory.url}/.well-known/csaf`,
        publisher: { category: 'coordinator', name: 'Example National CSIRT', namespace: 'https://cert.example.org' },
        publicKeys: [{ fingerprint: publisher.fingerprint, armoredPublicKey: publisher.armoredPublicKey }],
        lastUpdated: '2026-03-01T00:00:00Z',
      }),
    );
    api = await RecordingServer.start(() => ACKNOWLEDGED);
    producer = testKafka('subscriber-spec-announcements', 'announcements').producer();
    await producer.connect();
  });

  afterEach(async () => {
    for (const subscriber of running.splice(0)) await subscriber.stop();
  });

  afterAll(async () => {
    await producer.disconnect();
    await Promise.all([directory.stop(), api.stop(), closeCsafValidator()]);
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  /** A topic of partner alpha's own (`csirt.partner.alpha.`), created for one test by the admin. */
  async function partnerTopic(name = `spec-${randomUUID()}`): Promise<string> {
    const topic = `csirt.partner.${PARTNER}.${name}`;
    await ensureTopics([topic]);
    return topic;
  }

  async function config(topics: string[], overrides: Partial<SubscriberConfig> = {}): Promise<SubscriberConfig> {
    const mirrorDir = await mkdtemp(join(tmpdir(), 'partner-mirror-'));
    folders.push(mirrorDir);
    return {
      partnerCode: PARTNER,
      kafka: { brokers: testEnvironment.kafkaBrokers, sasl: testKafkaSasl(`partner-${PARTNER}`) },
      topics,
      groupId: `csirt-partner-${PARTNER}.spec-${randomUUID()}`,
      fromBeginning: true,
      mirrorDir,
      keys: {
        pinnedFingerprints: [publisher.fingerprint],
        providerMetadataUrl: `${directory.url}/.well-known/csaf/provider-metadata.json`,
        publicKeyFiles: [],
        refreshMinIntervalMs: 60_000,
      },
      acknowledgement: { graphqlUrl: `${api.url}/graphql`, token: { value: `token-${randomUUID()}` }, retryIntervalMs: 1_000, maxBackoffMs: 5_000, timeoutMs: 2_000 },
      logLevel: 'silent',
      ...overrides,
    };
  }

  async function start(subscriberConfig: SubscriberConfig): Promise<{ subscriber: PartnerSubscriber; outcomes: MessageOutcome[] }> {
    const subscriber = new PartnerSubscriber(subscriberConfig, silentLogger, testKafka(`subscriber-spec-${PARTNER}`, `partner-${PARTNER}`));
    const outcomes: MessageOutcome[] = [];
    subscriber.onOutcome((outcome) => outcomes.push(outcome));
    await subscriber.start();
    running.push(subscriber);
    return { subscriber, outcomes };
  }

  async function send(topic: string, message: CsafReleaseMessage | Buffer): Promise<void> {
    const value = Buffer.isBuffer(message) ? message : encoded(message);
    const key = Buffer.isBuffer(message) ? null : message.trackingId;
    await producer.send({ topic, acks: -1, messages: [{ key, value, headers: { 'content-type': CSAF_RELEASE_CONTENT_TYPE } }] });
  }

  const acknowledgementsWithToken = (token: string) =>
    api.requests.filter((r) => r.headers.authorization === `Bearer ${token}`).map((r) => JSON.parse(r.body).variables as { trackingId: string; version: number });

  it('stores and acknowledges a genuine release; rejects tampered ones and one signed with an unknown key, and goes on', async () => {
    const topic = await partnerTopic();
    const cfg = await config([topic]);
    const { outcomes } = await start(cfg);

    const genuine = await releaseMessage(advisory('CSIRT-2026-00101', 'RED'), publisher);
    const bytesChanged = { ...(await releaseMessage(advisory('CSIRT-2026-00102', 'RED'), publisher)) };
    bytesChanged.document = bytesChanged.document.replace('Example Gateway', 'Example Gatewax');
    const otherBytes = await releaseMessage(advisory('CSIRT-2026-00103', 'RED', 1, { title: 'A forged title' }), publisher);
    const signedOther = { ...otherBytes, signature: (await releaseMessage(advisory('CSIRT-2026-00103', 'RED'), publisher)).signature };
    const unknownKey = await releaseMessage(advisory('CSIRT-2026-00104', 'RED'), stranger);
    const after = await releaseMessage(advisory('CSIRT-2026-00105', 'AMBER'), publisher);
    for (const message of [genuine, bytesChanged, signedOther, unknownKey, Buffer.from('garbage'), after]) await send(topic, message);

    await waitFor('six outcomes', async () => outcomes.length >= 6 && outcomes);
    expect(outcomes.map((o) => [o.outcome, o.code ?? o.trackingId])).toEqual([
      ['stored', 'CSIRT-2026-00101'],
      ['rejected', 'CSAF.HASH_MISMATCH'],
      ['rejected', 'CSAF.BAD_SIGNATURE'],
      ['rejected', 'CSAF.UNKNOWN_KEY'],
      ['rejected', 'SUBSCRIBER.UNREADABLE_MESSAGE'],
      ['stored', 'CSIRT-2026-00105'],
    ]);

    // Stored like a CSAF mirror, with the exact signed bytes.
    expect(await readFile(join(cfg.mirrorDir, 'red/2026/csirt-2026-00101.json'), 'utf8')).toBe(genuine.document);
    expect(await readFile(join(cfg.mirrorDir, 'red/2026/csirt-2026-00101.json.asc'), 'utf8')).toBe(genuine.signature);
    expect(await readdir(join(cfg.mirrorDir, 'amber/2026'))).toContain('csirt-2026-00105.json');
    // Nothing of the refused ones in the mirror; each filed with its reason.
    const red = await readdir(join(cfg.mirrorDir, 'red/2026'));
    expect(red.filter((name) => /0010[234]/.test(name))).toEqual([]);
    const rejected = await Promise.all((await readdir(join(cfg.mirrorDir, 'rejected'))).sort().map(async (f) => JSON.parse(await readFile(join(cfg.mirrorDir, 'rejected', f), 'utf8'))));
    expect(rejected.map((r) => [r.code, r.offset])).toEqual(
      expect.arrayContaining([
        ['CSAF.HASH_MISMATCH', '1'],
        ['CSAF.BAD_SIGNATURE', '2'],
        ['CSAF.UNKNOWN_KEY', '3'],
        ['SUBSCRIBER.UNREADABLE_MESSAGE', '4'],
      ]),
    );

    // Acknowledged through GraphQL with the partner's token: the genuine ones only.
    const token = (cfg.acknowledgement.token as { value: string }).value;
    await waitFor('two acknowledgements', async () => acknowledgementsWithToken(token).length >= 2);
    expect(acknowledgementsWithToken(token)).toEqual([
      { trackingId: 'CSIRT-2026-00101', version: 1 },
      { trackingId: 'CSIRT-2026-00105', version: 1 },
    ]);
  });

  it('stores a redelivered release once and acknowledges it once', async () => {
    const topic = await partnerTopic();
    const cfg = await config([topic]);
    const { outcomes } = await start(cfg);
    const message = await releaseMessage(advisory('CSIRT-2026-00201', 'AMBER_STRICT'), publisher);
    await send(topic, message);
    await send(topic, message);
    await waitFor('two outcomes', async () => outcomes.length >= 2);
    expect(outcomes.map((o) => o.outcome)).toEqual(['stored', 'duplicate']);
    expect(await readdir(join(cfg.mirrorDir, 'history/csirt-2026-00201'))).toEqual(['1']);
    const token = (cfg.acknowledgement.token as { value: string }).value;
    await waitFor('the acknowledgement', async () => acknowledgementsWithToken(token).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a second receipt would have gone by now
    expect(acknowledgementsWithToken(token)).toEqual([{ trackingId: 'CSIRT-2026-00201', version: 1 }]);
  });

  it('resumes after a restart where it stopped, without reprocessing', async () => {
    const topic = await partnerTopic();
    const cfg = await config([topic]);
    const first = await start(cfg);
    await send(topic, await releaseMessage(advisory('CSIRT-2026-00301', 'RED'), publisher));
    await waitFor('the first release', async () => first.outcomes.length >= 1);
    await first.subscriber.stop();
    running.splice(running.indexOf(first.subscriber), 1);

    // While it is down, a revision and a new advisory arrive.
    await send(topic, await releaseMessage(advisory('CSIRT-2026-00301', 'RED', 2), publisher, {}, 'revised'));
    await send(topic, await releaseMessage(advisory('CSIRT-2026-00302', 'RED'), publisher));
    const second = await start(cfg);
    await waitFor('the releases sent while down', async () => second.outcomes.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(second.outcomes.map((o) => [o.outcome, o.trackingId, o.version, o.source.offset])).toEqual([
      ['stored', 'CSIRT-2026-00301', '2', '1'],
      ['stored', 'CSIRT-2026-00302', '1', '2'],
    ]);
    expect(await readdir(join(cfg.mirrorDir, 'history/csirt-2026-00301'))).toEqual(['1', '2']);
    const token = (cfg.acknowledgement.token as { value: string }).value;
    await waitFor('three acknowledgements', async () => acknowledgementsWithToken(token).length >= 3);
    expect(acknowledgementsWithToken(token)).toEqual([
      { trackingId: 'CSIRT-2026-00301', version: 1 },
      { trackingId: 'CSIRT-2026-00301', version: 2 },
      { trackingId: 'CSIRT-2026-00302', version: 1 },
    ]);
  });

  it('reads its own advisories topic and both community feeds with the default configuration', async () => {
    await ensureTopics([partnerAdvisoriesTopic(PARTNER)]);
    // Start at the end: these shared topics keep what earlier runs sent.
    const cfg = await config(defaultTopics(PARTNER), { fromBeginning: false });
    const { outcomes } = await start(cfg);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the new group's first fetch fixes its start offsets
    const clear = await releaseMessage(advisory(`CSIRT-2026-C${Date.now()}`, 'CLEAR'), publisher);
    const green = await releaseMessage(advisory(`CSIRT-2026-G${Date.now()}`, 'GREEN'), publisher);
    const red = await releaseMessage(advisory(`CSIRT-2026-R${Date.now()}`, 'RED'), publisher);
    await send(TOPICS.communityClear, clear);
    await send(TOPICS.communityGreen, green);
    await send(partnerAdvisoriesTopic(PARTNER), red);
    const mine = (o: MessageOutcome) => [clear, green, red].some((m) => m.trackingId === o.trackingId);
    await waitFor('the three releases', async () => outcomes.filter(mine).length >= 3);
    expect(outcomes.filter(mine).map((o) => [o.outcome, o.source.topic]).sort()).toEqual(
      [
        ['stored', TOPICS.communityClear],
        ['stored', TOPICS.communityGreen],
        ['stored', partnerAdvisoriesTopic(PARTNER)],
      ].sort(),
    );
    expect(await readdir(join(cfg.mirrorDir, 'white/2026'))).toContain(clear.fileName);
    expect(await readdir(join(cfg.mirrorDir, 'green/2026'))).toContain(green.fileName);
    expect(await readdir(join(cfg.mirrorDir, 'red/2026'))).toContain(red.fileName);
  });

  it("cannot read another partner's topic with its credentials", async () => {
    await ensureTopics(['csirt.partner.bravo.advisories']);
    const subscriber = new PartnerSubscriber(await config(['csirt.partner.bravo.advisories']), silentLogger, testKafka('subscriber-spec-alpha', 'partner-alpha'));
    await expect(subscriber.start()).rejects.toThrow(/Not authorized to access topics/);
    await subscriber.stop();
  });
});

async function ensureTopics(topics: string[]): Promise<void> {
  const admin = testKafka('subscriber-spec-admin').admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) await admin.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: 1 })) });
  } finally {
    await admin.disconnect();
  }
}
