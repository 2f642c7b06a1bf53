import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { TOPICS } from '@csirt/contracts';
import {
  ANONYMOUS_ACKNOWLEDGEMENT,
  CSAF_RELEASE_CONTENT_TYPE,
  closeCsafValidator,
  loadPublicKeys,
  loadSigningKey,
  parseCsafReleaseMessage,
  validateCsaf,
  verifyCsafSignature,
  verifyHashes,
  type CsafPublicKeyRing,
  type CsafReleaseMessage,
  type CsafSigningKey,
} from '@csirt/csaf';
import { createDataSource, type DataSource } from '@csirt/db';
import { createProducer, OutboxRelay, silentLogger, type Producer } from '@csirt/messaging';
import { testDatabaseUrl, testKafka, waitFor } from '@csirt/testing';
import type { Kafka, KafkaMessage } from 'kafkajs';
import * as openpgp from 'openpgp';
import type { AdvisoryRelease } from './advisory-release';
import { PartnerDelivery } from './partner-delivery';
import { nextRelease, releaseOf, seedDevPartner, type SeededPartner } from './spec/partner-fixtures';

const DATABASE = 'csirt_test_announcements';
const ALPHA_FEED = 'csirt.partner.alpha.advisories';
const BRAVO_FEED = 'csirt.partner.bravo.advisories';
/** kafkajs words a topic ACL refusal so. */
const TOPIC_DENIED = /Not authorized to access topics: \[Topic authorization failed\]/;

/** What one partner's consumer (its own credentials, a group its ACLs allow) has read. */
class PartnerReader {
  readonly messages: Array<KafkaMessage & { topic: string }> = [];
  private constructor(private readonly consumer: ReturnType<Kafka['consumer']>) {}

  static async start(code: string, topics: string[]): Promise<PartnerReader> {
    const kafka = testKafka(`partner-${code}-spec`, `partner-${code}`);
    const consumer = kafka.consumer({ groupId: `csirt-partner-${code}.spec-${randomUUID()}` });
    const reader = new PartnerReader(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ topic, message }) => void reader.messages.push({ ...message, topic }) });
    return reader;
  }

  of(trackingId: string) {
    return this.messages.filter((m) => m.key?.toString() === trackingId);
  }

  stop() {
    return this.consumer.disconnect();
  }
}

/** Tries to read `topic` as `principal`; resolves with the error the broker answered. */
async function readDenied(principal: string, topic: string): Promise<Error> {
  const consumer = testKafka(`${principal}-denied-spec`, principal).consumer({ groupId: `csirt-${principal}.spec-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<Error>((resolveError, reject) => {
      const timer = setTimeout(() => reject(new Error(`${principal} read ${topic} without being refused`)), 20_000);
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        clearTimeout(timer);
        resolveError(payload.error);
      });
      consumer.run({ eachMessage: async () => reject(new Error(`${principal} received a message from ${topic}`)) }).catch((error: Error) => {
        clearTimeout(timer);
        resolveError(error);
      });
    });
  } catch (error) {
    return error as Error;
  } finally {
    await consumer.disconnect();
  }
}

describe('PartnerDelivery on real Postgres and Kafka, read with the partners’ own credentials', () => {
  let db: DataSource;
  let producer: Producer;
  let relay: OutboxRelay;
  let armoredKey: string;
  let key: CsafSigningKey;
  let ring: CsafPublicKeyRing;
  let delivery: PartnerDelivery;
  let alpha: SeededPartner;
  let bravo: SeededPartner;
  let alphaReader: PartnerReader;
  let bravoReader: PartnerReader;

  beforeAll(async () => {
    db = createDataSource({ url: testDatabaseUrl(DATABASE), applicationName: 'partner-delivery-spec', entities: [], migrations: [] });
    await db.initialize();
    ({ privateKey: armoredKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'ed25519Legacy',
      userIDs: [{ name: 'Test CSIRT CSAF signing key', email: 'csaf@cert.example.org' }],
      format: 'armored',
    }));
    key = await loadSigningKey(armoredKey);
    ring = await loadPublicKeys([key.armoredPublicKey]);
    delivery = new PartnerDelivery({
      publisher: { name: 'Test National CSIRT', namespace: 'https://cert.example.org', category: 'coordinator' },
      baseUrl: 'https://cert.example.org/.well-known/csaf/',
      signingKey: key,
    });
    // The dev partners' agreements as teams would announce them; their ACLs (infra/kafka/dev-partners.properties) match.
    alpha = await seedDevPartner(db.manager, 'alpha');
    bravo = await seedDevPartner(db.manager, 'bravo');
    // The relay runs as the announcements principal: the broker's ACLs are part of what is tested.
    producer = await createProducer(testKafka('partner-delivery-spec', 'announcements'));
    relay = new OutboxRelay({ dataSource: db, producer, log: silentLogger });
    alphaReader = await PartnerReader.start('alpha', [ALPHA_FEED, TOPICS.communityClear, TOPICS.communityGreen]);
    bravoReader = await PartnerReader.start('bravo', [BRAVO_FEED, TOPICS.communityClear, TOPICS.communityGreen]);
  }, 60_000);

  afterAll(async () => {
    await alphaReader?.stop();
    await bravoReader?.stop();
    await producer?.disconnect();
    await db?.destroy();
    await closeCsafValidator();
  });

  const deliver = (release: AdvisoryRelease) => db.transaction((manager) => delivery.deliver(manager, release));

  /** Checks one partner message the way a partner must: signature, hashes, CSAF validity. */
  async function verified(message: KafkaMessage): Promise<CsafReleaseMessage> {
    expect(Object.keys(message.headers ?? {})).toEqual(['content-type']);
    expect(message.headers?.['content-type']?.toString()).toBe(CSAF_RELEASE_CONTENT_TYPE);
    const parsed = parseCsafReleaseMessage(message.value);
    if (!parsed.ok) throw new Error(parsed.reason);
    const bytes = new TextEncoder().encode(parsed.message.document);
    expect(await verifyCsafSignature(bytes, parsed.message.signature, ring)).toEqual({ valid: true, fingerprint: key.fingerprint });
    expect(verifyHashes(bytes, { sha256: parsed.message.sha256, sha512: parsed.message.sha512 })).toEqual({ valid: true });
    const validation = await validateCsaf(JSON.parse(parsed.message.document));
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    return parsed.message;
  }

  it('gives a GREEN-ceiling partner CLEAR and GREEN releases and never an AMBER one', async () => {
    const clear = releaseOf('CLEAR', { community: true });
    const green = releaseOf('GREEN', { community: true });
    const amberToAlpha = releaseOf('AMBER', { partnerIds: [alpha.partnerId] });
    const amberToBravo = releaseOf('AMBER', { partnerIds: [bravo.partnerId, alpha.partnerId] });
    await deliver(clear);
    await deliver(green);
    await deliver(amberToAlpha);
    // Addressed to bravo too: refused for bravo's agreement, so nobody gets it.
    await expect(deliver(amberToBravo)).rejects.toMatchObject({
      code: 'ADVISORY.PARTNER_CEILING_EXCEEDED',
      details: { partner: 'bravo', ceiling: 'GREEN', tlp: 'AMBER' },
    });
    const [{ stored }] = await db.query(`SELECT count(*)::int AS stored FROM csaf_document WHERE advisory_id = $1`, [amberToBravo.advisoryId]);
    expect(stored).toBe(0);
    await relay.drain();

    const [clearMessage] = await waitFor('bravo reads the CLEAR release', async () => bravoReader.of(clear.document.trackingId).length > 0 && bravoReader.of(clear.document.trackingId));
    const [greenMessage] = await waitFor('bravo reads the GREEN release', async () => bravoReader.of(green.document.trackingId).length > 0 && bravoReader.of(green.document.trackingId));
    expect(clearMessage.topic).toBe(TOPICS.communityClear);
    expect(greenMessage.topic).toBe(TOPICS.communityGreen);
    expect((await verified(clearMessage)).tlp).toBe('CLEAR');
    expect((await verified(greenMessage)).tlp).toBe('GREEN');
    // alpha, addressed, got the AMBER one on its own feed; by then bravo would have seen it, had it been sent to it.
    await waitFor('alpha reads the AMBER release', async () => alphaReader.of(amberToAlpha.document.trackingId).length > 0);
    await waitFor('alpha reads the GREEN release', async () => alphaReader.of(green.document.trackingId).length > 0);
    expect(bravoReader.of(amberToAlpha.document.trackingId)).toEqual([]);
    expect(bravoReader.of(amberToBravo.document.trackingId)).toEqual([]);
    expect(bravoReader.messages.filter((m) => parseCsafReleaseMessage(m.value).ok && ['AMBER', 'AMBER_STRICT', 'RED'].includes(JSON.parse(m.value!.toString()).tlp))).toEqual([]);
    // A community document is shared by every reader: anonymised, since alpha's agreement forbids credits.
    const greenDocument = JSON.parse((await verified(greenMessage)).document);
    expect(greenDocument.document.acknowledgments).toEqual([{ summary: ANONYMOUS_ACKNOWLEDGEMENT }, { summary: ANONYMOUS_ACKNOWLEDGEMENT }]);
  }, 120_000);

  it('delivers a RED release addressed to alpha to alpha’s feed alone, which bravo’s credentials cannot read', async () => {
    const red = releaseOf('RED', { partnerIds: [alpha.partnerId] });
    await deliver(red);
    await relay.drain();
    const [message] = await waitFor('alpha reads the RED release', async () => alphaReader.of(red.document.trackingId).length > 0 && alphaReader.of(red.document.trackingId));
    expect(message.topic).toBe(ALPHA_FEED);
    const received = await verified(message);
    expect(received).toMatchObject({ action: 'published', version: '1', tlp: 'RED', fileName: `${red.document.trackingId.toLowerCase()}.json` });
    expect(received.url).toBe(`https://cert.example.org/.well-known/csaf/red/2026/${received.fileName}`.replace('/2026/', `/${red.releasedAt.getUTCFullYear()}/`));
    // alpha's terms travel with the message: an embargo from the release time, credits anonymised.
    expect(received.handling).toEqual({
      tlp: 'RED',
      disclosure: 'AFTER_EMBARGO',
      embargoUntil: new Date(red.releasedAt.getTime() + 14 * 24 * 3600 * 1000).toISOString(),
      permittedActions: ['CONTACT_FOR_INSTRUCTION', 'INTERNALLY_VISIBLE_ACTIONS'],
      attribution: 'anonymised',
    });
    const document = JSON.parse(received.document);
    expect(document.document.distribution.tlp.label).toBe('RED');
    expect(document.document.distribution.text).toContain('Embargoed until');
    expect(JSON.stringify(document)).not.toContain('Ada Lovelace');
    // Nothing internal leaks: no envelope, no advisory id.
    expect(message.value!.toString()).not.toContain(red.advisoryId);
    expect(Object.keys(JSON.parse(message.value!.toString())).sort()).toEqual(
      ['action', 'document', 'fileName', 'format', 'formatVersion', 'handling', 'releasedAt', 'sha256', 'sha512', 'signature', 'signingKeyFingerprint', 'tlp', 'trackingId', 'url', 'version'].sort(),
    );

    expect(bravoReader.of(red.document.trackingId)).toEqual([]);
    expect((await readDenied('partner-bravo', ALPHA_FEED)).message).toMatch(TOPIC_DENIED);

    const [row] = await db.query(`SELECT tracking_id, action, tlp, recipients, document, signature, sha256, sha512, signing_key_fingerprint, url FROM csaf_document WHERE advisory_id = $1`, [red.advisoryId]);
    expect(row).toMatchObject({ tracking_id: red.document.trackingId, action: 'PUBLISHED', tlp: 'RED', recipients: ['alpha'], signing_key_fingerprint: key.fingerprint, url: received.url });
    expect(row.document).toBe(received.document);
    expect(row.sha512).toBe(received.sha512);
  }, 120_000);

  it('releases revisions and the withdrawal the same way, so a partner’s copy never goes stale', async () => {
    const first = releaseOf('AMBER', { partnerIds: [alpha.partnerId] });
    const revised = nextRelease(first, 'REVISED', 'Fixed version added.');
    const withdrawn = nextRelease(revised, 'WITHDRAWN', 'The vulnerability was a false positive.');
    for (const release of [first, revised, withdrawn]) await deliver(release);
    await relay.drain();
    const messages = await waitFor('alpha reads three releases', async () => alphaReader.of(first.document.trackingId).length >= 3 && alphaReader.of(first.document.trackingId));
    const received = await Promise.all(messages.map(verified));
    expect(received.map((m) => [m.action, m.version])).toEqual([
      ['published', '1'],
      ['revised', '2'],
      ['withdrawn', '3'],
    ]);
    expect(JSON.parse(received[2].document).document.title).toMatch(/^WITHDRAWN: /);
    const rows = await db.query(`SELECT revision, action FROM csaf_document WHERE advisory_id = $1 ORDER BY revision`, [first.advisoryId]);
    expect(rows).toEqual([
      { revision: 1, action: 'PUBLISHED' },
      { revision: 2, action: 'REVISED' },
      { revision: 3, action: 'WITHDRAWN' },
    ]);
  }, 120_000);

  it('delivers a publish interrupted after its commit exactly once per partner topic, by the next relay', async () => {
    const release = releaseOf('GREEN', { partnerIds: [alpha.partnerId, bravo.partnerId] });
    // node itself with tsx's loader (not the tsx CLI, which would run it in a grandchild): SIGKILL hits the publisher.
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'spec/publish-then-die.ts')], {
      cwd: resolve(__dirname, '../../../..'),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdin.end(JSON.stringify({ databaseUrl: testDatabaseUrl(DATABASE), armoredKey, release }));
    await waitFor(
      'the publishing process to commit',
      async () => {
        if (child.exitCode !== null) throw new Error(`the publishing process exited early: ${output}`);
        return output.includes('committed');
      },
      { timeoutMs: 60_000 },
    );
    const died = new Promise((resolveExit) => child.once('exit', resolveExit));
    child.kill('SIGKILL');
    expect(await died).toBe(null);

    // Committed, not sent: one pending row per partner feed.
    const pending = await db.query(
      `SELECT topic FROM messaging_outbox WHERE message_key = $1 AND published_at IS NULL ORDER BY topic`,
      [release.document.trackingId],
    );
    expect(pending.map((row: { topic: string }) => row.topic)).toEqual([ALPHA_FEED, BRAVO_FEED]);

    // "After restart": a new relay on the committed outbox.
    const restarted = new OutboxRelay({ dataSource: db, producer, log: silentLogger });
    await restarted.drain();
    await restarted.drain();
    await waitFor('alpha reads it', async () => alphaReader.of(release.document.trackingId).length > 0);
    await waitFor('bravo reads it', async () => bravoReader.of(release.document.trackingId).length > 0);
    // Give a duplicate every chance to arrive before counting.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(alphaReader.of(release.document.trackingId).map((m) => m.topic)).toEqual([ALPHA_FEED]);
    expect(bravoReader.of(release.document.trackingId).map((m) => m.topic)).toEqual([BRAVO_FEED]);
    await verified(alphaReader.of(release.document.trackingId)[0]);
  }, 120_000);
});
