import { randomUUID } from 'node:crypto';
import { SELF_TEST_TOPIC, TOPICS } from '@csirt/contracts';
import { createDataSource, type DataSource } from '@csirt/db';
import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import { createProducer } from './kafka';
import { silentLogger } from './logger';
import { enqueueRawMessage, OutboxContractError } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { specKafka } from './spec/environment';
import { migrations } from './test-migrations';

const postgres = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = (name: string) => Object.assign(new URL(postgres), { pathname: `/${name}` }).toString();

describe('raw messages through the outbox (for readers outside the platform)', () => {
  let db: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let relay: OutboxRelay;
  let consumer: ReturnType<Kafka['consumer']>;
  const received: KafkaMessage[] = [];

  beforeAll(async () => {
    db = createDataSource({ url: dbUrl('csirt_test_messaging_pub'), applicationName: 'messaging-raw-spec', entities: [], migrations });
    await db.initialize();
    kafka = specKafka('messaging-raw-spec', 'admin');
    producer = await createProducer(kafka);
    relay = new OutboxRelay({ dataSource: db, producer, log: silentLogger });
    consumer = kafka.consumer({ groupId: `messaging-raw-spec-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: SELF_TEST_TOPIC, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(message) });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    await db?.destroy();
  });

  it('sends the value and the content type exactly as enqueued, with no envelope and no internal header', async () => {
    const key = `CSIRT-TEST-${randomUUID()}`;
    const value = JSON.stringify({ hello: 'partner', key });
    await db.transaction((manager) =>
      enqueueRawMessage(manager, 'csaf.release', { topic: SELF_TEST_TOPIC, key, value, contentType: 'application/x-test;version=1', tlp: 'RED' }),
    );
    await relay.drain();
    const deadline = Date.now() + 20_000;
    let message: KafkaMessage | undefined;
    while (!(message = received.find((m) => m.key?.toString() === key)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(message).toBeDefined();
    expect(message?.value?.toString()).toBe(value);
    expect(Object.keys(message?.headers ?? {})).toEqual(['content-type']);
    expect(message?.headers?.['content-type']?.toString()).toBe('application/x-test;version=1');
  });

  it('checks the label against the ceiling of the topic, partner feeds included, before writing anything', async () => {
    const key = `K-${randomUUID()}`;
    const raw = (topic: string, tlp: 'GREEN' | 'RED') => ({ topic, key, value: '{}', contentType: 'application/json', tlp });
    await expect(db.transaction((m) => enqueueRawMessage(m, 'csaf.release', raw(TOPICS.communityClear, 'GREEN')))).rejects.toThrow(
      /above the TLP:CLEAR ceiling/,
    );
    await expect(db.transaction((m) => enqueueRawMessage(m, 'csaf.release', raw('csirt.unknown.topic', 'GREEN')))).rejects.toBeInstanceOf(
      OutboxContractError,
    );
    // Outside a transaction nothing may be enqueued: the message would not commit with its state change.
    await expect(enqueueRawMessage(db.manager, 'csaf.release', raw('csirt.partner.alpha.advisories', 'RED'))).rejects.toThrow(/inside the state change/);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM messaging_outbox WHERE message_key = $1`, [key]);
    expect(count).toBe(0);
    // A partner feed carries up to RED (the partner's own agreement is checked by delivery).
    await db.transaction(async (m) => {
      await enqueueRawMessage(m, 'csaf.release', raw('csirt.partner.alpha.advisories', 'RED'));
      throw new Error('roll back: only the check is under test');
    }).catch((error: Error) => expect(error.message).toMatch(/roll back/));
  });

  it('keeps internal events and raw messages apart in one table', async () => {
    await expect(
      db.query(`INSERT INTO messaging_outbox (id, topic, message_key, event_type, envelope, raw_value, raw_headers) VALUES ($1, 't', 'k', 'x', '{}', 'v', '{}')`, [randomUUID()]),
    ).rejects.toThrow(/messaging_outbox_one_payload/);
  });
});
