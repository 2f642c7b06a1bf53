import { randomUUID } from 'node:crypto';
import { TOPICS } from '@csirt/contracts';
import type { Kafka } from 'kafkajs';
import { createKafka } from './kafka';
import { silentLogger } from './logger';
import { specBrokers, specKafka } from './spec/environment';

// What the broker's authentication and ACLs (derived from infra/kafka/topics.json and
// applied by the jest global setup) let each principal do, asked of the real broker.

/** kafkajs words a topic ACL refusal so, whether it comes from a metadata or a produce call. */
const TOPIC_DENIED = /Not authorized to access topics: \[Topic authorization failed\]/;
/** kafkajs reports a refused FindCoordinator (GROUP_AUTHORIZATION_FAILED) as this. */
const GROUP_DENIED = 'KafkaJSGroupCoordinatorNotFound';

const PARTNER_TOPIC = { alpha: 'csirt.partner.alpha.spec', bravo: 'csirt.partner.bravo.spec' };

/** Sends one message as `kafka`'s principal; resolves when the broker took it. */
async function write(kafka: Kafka, topic: string): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages: [{ key: randomUUID(), value: '{}' }] });
  } finally {
    await producer.disconnect();
  }
}

/** Joins `groupId` on `topic` and waits for the first message from its beginning. */
async function readFirst(kafka: Kafka, topic: string, groupId: string): Promise<string> {
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`nothing read from ${topic}`)), 20_000);
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        clearTimeout(timer);
        reject(payload.error);
      });
      consumer
        .run({
          eachMessage: async ({ message }) => {
            clearTimeout(timer);
            resolve(message.value?.toString() ?? '');
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

describe('the broker refuses whoever the catalogue does not allow', () => {
  const admin = specKafka('security-spec-admin', 'admin');

  beforeAll(async () => {
    const client = admin.admin();
    await client.connect();
    try {
      const existing = new Set(await client.listTopics());
      const missing = Object.values(PARTNER_TOPIC).filter((topic) => !existing.has(topic));
      if (missing.length > 0) await client.createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: 1 })) });
    } finally {
      await client.disconnect();
    }
    // Something to read on every topic the readers below try.
    for (const topic of [...Object.values(PARTNER_TOPIC), TOPICS.communityClear, TOPICS.communityGreen, TOPICS.incidents]) await write(admin, topic);
  });

  it('refuses an anonymous client and a wrong password', async () => {
    await expect(write(specKafka('security-spec-anonymous', 'anonymous', 0), TOPICS.intakeReports)).rejects.toThrow(/Closed connection|Connection error/);
    const impostor = createKafka({
      clientId: 'security-spec-impostor',
      brokers: specBrokers,
      sasl: { mechanism: 'scram-sha-512', username: 'intake', password: 'guessed' },
      log: silentLogger,
      retries: 0,
    });
    await expect(write(impostor, TOPICS.intakeReports)).rejects.toMatchObject({ name: 'KafkaJSSASLAuthenticationError' });
  });

  it('lets a service write its own topics only', async () => {
    const intake = specKafka('security-spec-intake', 'intake', 0);
    await expect(write(intake, TOPICS.intakeReports)).resolves.toBeUndefined();
    await expect(write(intake, TOPICS.incidents)).rejects.toThrow(TOPIC_DENIED);
    await expect(write(intake, TOPICS.communityGreen)).rejects.toThrow(TOPIC_DENIED);
  });

  it('lets a service read only the topics it consumes, in its own consumer groups', async () => {
    const intake = specKafka('security-spec-intake-reader', 'intake', 0);
    await expect(readFirst(intake, TOPICS.incidents, `csirt-intake.spec-${randomUUID()}`)).resolves.toBeDefined();
    await expect(readFirst(intake, TOPICS.teamsResponseTeams, `csirt-intake.spec-${randomUUID()}`)).rejects.toThrow(TOPIC_DENIED);
    await expect(readFirst(intake, TOPICS.incidents, `csirt-teams.spec-${randomUUID()}`)).rejects.toMatchObject({ name: GROUP_DENIED });
  });

  it("lets a partner read its own and the community topics, never another partner's", async () => {
    const alpha = specKafka('security-spec-alpha', 'partner-alpha', 0);
    const group = () => `csirt-partner-alpha.spec-${randomUUID()}`;
    await expect(readFirst(alpha, PARTNER_TOPIC.alpha, group())).resolves.toBeDefined();
    await expect(readFirst(alpha, TOPICS.communityClear, group())).resolves.toBeDefined();
    await expect(readFirst(alpha, TOPICS.communityGreen, group())).resolves.toBeDefined();
    await expect(readFirst(alpha, PARTNER_TOPIC.bravo, group())).rejects.toThrow(TOPIC_DENIED);
    await expect(readFirst(alpha, TOPICS.incidents, group())).rejects.toThrow(TOPIC_DENIED);
    await expect(write(alpha, TOPICS.communityGreen)).rejects.toThrow(TOPIC_DENIED);
  });
});
