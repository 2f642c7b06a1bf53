import { randomUUID } from 'node:crypto';
import { AdvisoryPublishedV1, DEAD_LETTER_HEADERS, defineEvent, EVENT_CONTRACTS, contractKey, SELF_TEST_SOURCE, SELF_TEST_TOPIC } from '@csirt/contracts';
import { createDataSource, withTransaction, type DataSource } from '@csirt/db';
import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import { z } from 'zod';
import { EventConsumer, on, PoisonEventError, SOURCE_MISMATCH, type ProcessOutcome } from './consumer';
import { createProducer } from './kafka';
import { specKafka } from './spec/environment';
import { silentLogger } from './logger';
import { enqueueEvent, OutboxContractError } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { migrations } from './test-migrations';

// This library cannot use @csirt/testing (that library is built on this one), so the few
// helpers it needs are here. Databases are made by jest.global-setup.js.
const postgres = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = (name: string) => Object.assign(new URL(postgres), { pathname: `/${name}` }).toString();

/** A contract of the tests' own, on a topic no service reads. */
const ThingHappenedV1 = defineEvent({
  type: 'selftest.thing.happened',
  version: 1,
  topic: SELF_TEST_TOPIC,
  schema: z.object({ thingId: z.uuid(), note: z.string() }),
});
const contracts = new Map([...EVENT_CONTRACTS, [contractKey(ThingHappenedV1.type, ThingHappenedV1.version), ThingHappenedV1]]);
const DLQ = 'csirt.test.dlq';

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('outbox, relay, inbox and dead letters on real Postgres and Kafka', () => {
  let publisherDb: DataSource;
  let subscriberDb: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  const outcomes: { outcome: ProcessOutcome; id?: string }[] = [];
  const dlq: KafkaMessage[] = [];
  let dlqConsumer: ReturnType<Kafka['consumer']>;
  /** Fails the handler this many more times for a given thing id (to exercise retries). */
  const failuresToInject = new Map<string, number>();

  beforeAll(async () => {
    publisherDb = createDataSource({ url: dbUrl('csirt_test_messaging_pub'), applicationName: 'messaging-spec', entities: [], migrations });
    subscriberDb = createDataSource({ url: dbUrl('csirt_test_messaging_sub'), applicationName: 'messaging-spec', entities: [], migrations });
    await Promise.all([publisherDb.initialize(), subscriberDb.initialize()]);
    await publisherDb.query('CREATE TABLE IF NOT EXISTS things (id uuid PRIMARY KEY, note text NOT NULL)');
    await subscriberDb.query('CREATE TABLE IF NOT EXISTS effects (id serial PRIMARY KEY, thing_id uuid NOT NULL, note text NOT NULL)');

    // admin: the self-test topics belong to no service principal.
    kafka = specKafka('messaging-spec', 'admin');
    producer = await createProducer(kafka);
    relay = new OutboxRelay({ dataSource: publisherDb, producer, log: silentLogger });

    dlqConsumer = kafka.consumer({ groupId: `messaging-spec-dlq-${randomUUID()}` });
    await dlqConsumer.connect();
    await dlqConsumer.subscribe({ topic: DLQ, fromBeginning: true });
    await dlqConsumer.run({ eachMessage: async ({ message }) => void dlq.push(message) });

    consumer = new EventConsumer({
      kafka,
      dataSource: subscriberDb,
      groupId: `messaging-spec-${randomUUID()}`,
      topics: [SELF_TEST_TOPIC],
      contracts,
      producer,
      deadLetterTopic: DLQ,
      log: silentLogger,
      initialRetryDelayMs: 20,
      maxAttempts: 3,
      handlers: [
        on(ThingHappenedV1, async (event, manager) => {
          const failures = failuresToInject.get(event.data.thingId) ?? 0;
          if (event.data.note === 'poison') throw new PoisonEventError('this thing can never be applied', 'SELFTEST.POISON');
          if (failures > 0) {
            failuresToInject.set(event.data.thingId, failures - 1);
            throw new Error('transient failure');
          }
          await manager.query('INSERT INTO effects (thing_id, note) VALUES ($1, $2)', [event.data.thingId, event.data.note]);
        }),
      ],
    });
    consumer.onOutcome((outcome, event) => outcomes.push({ outcome, id: event?.id }));
    await consumer.start();
  });

  afterAll(async () => {
    await consumer?.stop();
    await dlqConsumer?.disconnect();
    await producer?.disconnect();
    await Promise.all([publisherDb?.destroy(), subscriberDb?.destroy()]);
  });

  const effectsOf = async (thingId: string): Promise<{ note: string }[]> =>
    subscriberDb.query('SELECT note FROM effects WHERE thing_id = $1', [thingId]);

  /** The publishing service's use case: a state change and its event, in one transaction. */
  const recordThing = (thingId: string, note: string, thenFail = false) =>
    withTransaction(publisherDb, async (manager) => {
      await manager.query('INSERT INTO things (id, note) VALUES ($1, $2)', [thingId, note]);
      const envelope = await enqueueEvent(manager, SELF_TEST_SOURCE, { contract: ThingHappenedV1, subject: thingId, tlp: 'GREEN', data: { thingId, note } });
      if (thenFail) throw new Error('use case failed after writing');
      return envelope;
    });

  it('delivers an event written with the state change to a consumer with its own database', async () => {
    const thingId = randomUUID();
    const envelope = await recordThing(thingId, 'hello');

    expect(await relay.drain()).toBeGreaterThanOrEqual(1);
    const effects = await waitFor('the consumer to apply the event', async () => {
      const rows = await effectsOf(thingId);
      return rows.length > 0 && rows;
    });
    expect(effects).toEqual([{ note: 'hello' }]);
    const [published] = await publisherDb.query('SELECT published_at FROM messaging_outbox WHERE id = $1', [envelope.id]);
    expect(published.published_at).toBeInstanceOf(Date);
  });

  it('applies an event delivered twice only once', async () => {
    const thingId = randomUUID();
    const envelope = await recordThing(thingId, 'once');
    await relay.drain();
    await waitFor('first delivery', async () => (await effectsOf(thingId)).length === 1);

    // The same event again, as after a relay crash between send and commit.
    await producer.send({ topic: SELF_TEST_TOPIC, messages: [{ key: thingId, value: JSON.stringify(envelope) }] });
    await waitFor('the duplicate to be seen', () => outcomes.some((o) => o.id === envelope.id && o.outcome === 'duplicate'));
    expect(await effectsOf(thingId)).toHaveLength(1);
    const inbox = await subscriberDb.query('SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1', [envelope.id]);
    expect(inbox[0].n).toBe(1);
  });

  it('publishes nothing when the transaction rolls back', async () => {
    const thingId = randomUUID();
    await expect(recordThing(thingId, 'never', true)).rejects.toThrow('use case failed after writing');

    const outboxRows = await publisherDb.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE message_key = $1`, [thingId]);
    expect(outboxRows[0].n).toBe(0);
    const things = await publisherDb.query('SELECT count(*)::int AS n FROM things WHERE id = $1', [thingId]);
    expect(things[0].n).toBe(0);

    // A later event on the same stream arrives; the rolled-back one never does.
    const laterId = randomUUID();
    await recordThing(laterId, 'later');
    await relay.drain();
    await waitFor('the later event', async () => (await effectsOf(laterId)).length === 1);
    expect(await effectsOf(thingId)).toHaveLength(0);
  });

  it('dead-letters a malformed message with its reason and goes on', async () => {
    const key = randomUUID();
    await producer.send({ topic: SELF_TEST_TOPIC, messages: [{ key, value: '{"this is": not json' }] });
    const followingId = randomUUID();
    await recordThing(followingId, 'after the poison');
    await relay.drain();

    const dead = await waitFor('the dead letter', () => dlq.find((m) => m.key?.toString() === key));
    expect(dead.headers?.[DEAD_LETTER_HEADERS.code]?.toString()).toBe('MALFORMED_JSON');
    expect(dead.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toMatch(/not JSON/);
    expect(dead.headers?.[DEAD_LETTER_HEADERS.sourceTopic]?.toString()).toBe(SELF_TEST_TOPIC);
    expect(dead.value?.toString()).toBe('{"this is": not json');
    await waitFor('the event after the poison', async () => (await effectsOf(followingId)).length === 1);
  });

  it('dead-letters a payload that breaks its contract', async () => {
    const key = randomUUID();
    const broken = { id: randomUUID(), type: ThingHappenedV1.type, version: 1, source: SELF_TEST_SOURCE, subject: key, time: new Date().toISOString(), tlp: 'GREEN', data: { thingId: 'not-a-uuid' } };
    await producer.send({ topic: SELF_TEST_TOPIC, messages: [{ key, value: JSON.stringify(broken) }] });

    const dead = await waitFor('the dead letter', () => dlq.find((m) => m.key?.toString() === key));
    expect(dead.headers?.[DEAD_LETTER_HEADERS.code]?.toString()).toBe('INVALID_PAYLOAD');
    expect(dead.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toMatch(/thingId/);
  });

  it('dead-letters an event whose source does not own the topic, and goes on', async () => {
    const forgedThing = randomUUID();
    // Well-formed, handled type, but it claims intake wrote it on a topic intake does not own.
    const forged = { id: randomUUID(), type: ThingHappenedV1.type, version: 1, source: 'intake', subject: forgedThing, time: new Date().toISOString(), tlp: 'GREEN', data: { thingId: forgedThing, note: 'forged' } };
    await producer.send({ topic: SELF_TEST_TOPIC, messages: [{ key: forgedThing, value: JSON.stringify(forged) }] });
    const followingId = randomUUID();
    await recordThing(followingId, 'after the forgery');
    await relay.drain();

    const dead = await waitFor('the dead letter', () => dlq.find((m) => m.key?.toString() === forgedThing));
    expect(dead.headers?.[DEAD_LETTER_HEADERS.code]?.toString()).toBe(SOURCE_MISMATCH);
    expect(dead.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toMatch(/"intake" does not own topic csirt\.test\.events/);
    await waitFor('the event after the forgery', async () => (await effectsOf(followingId)).length === 1);
    expect(await effectsOf(forgedThing)).toHaveLength(0);
    const inbox = await subscriberDb.query('SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1', [forged.id]);
    expect(inbox[0].n).toBe(0);
  });

  it('retries a failing handler with backoff and applies the event once it succeeds', async () => {
    const thingId = randomUUID();
    failuresToInject.set(thingId, 2);
    await recordThing(thingId, 'third time lucky');
    await relay.drain();
    await waitFor('the retried event', async () => (await effectsOf(thingId)).length === 1);
    expect(failuresToInject.get(thingId)).toBe(0);
  });

  it('dead-letters an event its handler rejects as poison, and when retries run out', async () => {
    const poisonId = randomUUID();
    const poisonEvent = await recordThing(poisonId, 'poison');
    const exhaustedId = randomUUID();
    failuresToInject.set(exhaustedId, 99);
    await recordThing(exhaustedId, 'always failing');
    await relay.drain();

    const poison = await waitFor('poison dead letter', () => dlq.find((m) => m.key?.toString() === poisonId));
    expect(poison.headers?.[DEAD_LETTER_HEADERS.code]?.toString()).toBe('SELFTEST.POISON');
    const exhausted = await waitFor('exhausted dead letter', () => dlq.find((m) => m.key?.toString() === exhaustedId));
    expect(exhausted.headers?.[DEAD_LETTER_HEADERS.code]?.toString()).toBe('RETRIES_EXHAUSTED');
    expect(exhausted.headers?.[DEAD_LETTER_HEADERS.attempts]?.toString()).toBe('3');
    expect(await effectsOf(poisonId)).toHaveLength(0);
    // A failed attempt rolled back its inbox row too, so nothing claims it was applied.
    const inbox = await subscriberDb.query('SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1', [poisonEvent.id]);
    expect(inbox[0].n).toBe(0);
  });

  it('refuses to write an event outside a transaction or above its topic TLP ceiling', async () => {
    await expect(
      enqueueEvent(publisherDb.manager, SELF_TEST_SOURCE, { contract: ThingHappenedV1, subject: 'x', tlp: 'GREEN', data: { thingId: randomUUID(), note: 'x' } }),
    ).rejects.toBeInstanceOf(OutboxContractError);

    const advisory = { advisoryId: randomUUID(), reference: 'ADV-1', kind: 'THREAT_ADVISORY' as const, title: 't', summary: 's', severity: 3, tlp: 'RED' as const, publishedAt: new Date().toISOString() };
    await expect(
      withTransaction(publisherDb, (manager) => enqueueEvent(manager, 'announcements', { contract: AdvisoryPublishedV1, subject: advisory.advisoryId, tlp: 'RED', data: advisory })),
    ).rejects.toThrow(/above the TLP:AMBER ceiling/);
    const rows = await publisherDb.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE message_key = $1`, [advisory.advisoryId]);
    expect(rows[0].n).toBe(0);
  });

  it('lets only one relay publish at a time, so replicas keep commit order', async () => {
    const ids = Array.from({ length: 30 }, () => randomUUID());
    for (const id of ids) await recordThing(id, 'ordered');
    const second = new OutboxRelay({ dataSource: publisherDb, producer, log: silentLogger, batchSize: 5 });
    const first = new OutboxRelay({ dataSource: publisherDb, producer, log: silentLogger, batchSize: 5 });
    const sent = await Promise.all([first.drain(), second.drain()]);
    expect(sent[0] + sent[1]).toBeGreaterThanOrEqual(30);
    const pending = await publisherDb.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE published_at IS NULL`);
    expect(pending[0].n).toBe(0);
    for (const id of ids) await waitFor(`event ${id}`, async () => (await effectsOf(id)).length === 1);
  });
});
