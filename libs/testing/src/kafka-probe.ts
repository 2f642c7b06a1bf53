import { randomUUID } from 'node:crypto';
import { createKafka, silentLogger } from '@csirt/messaging';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { testEnvironment, testKafkaSasl } from './test-environment';

/**
 * A client of the test broker as `principal`. The default, admin, plays the other services
 * around the one under test (publishing their events, reading any topic); pass a service
 * or partner principal to see what the broker's ACLs let that one do.
 */
export function testKafka(clientId: string, principal = 'admin'): Kafka {
  return createKafka({ clientId, brokers: testEnvironment.kafkaBrokers, sasl: testKafkaSasl(principal), log: silentLogger });
}

/**
 * Reads a topic from its end, as a separate consumer group, and keeps what arrives, so a
 * test can assert what a service published (or dead-lettered). Start it before acting.
 */
export class TopicProbe {
  readonly messages: KafkaMessage[] = [];
  private readonly consumer;

  private constructor(kafka: Kafka, private readonly topic: string) {
    this.consumer = kafka.consumer({ groupId: `csirt-test-probe-${randomUUID()}` });
  }

  static async start(kafka: Kafka, topic: string): Promise<TopicProbe> {
    const probe = new TopicProbe(kafka, topic);
    await probe.consumer.connect();
    await probe.consumer.subscribe({ topic, fromBeginning: false });
    let assigned!: () => void;
    const ready = new Promise<void>((resolve) => (assigned = resolve));
    probe.consumer.on(probe.consumer.events.GROUP_JOIN, () => assigned());
    await probe.consumer.run({ eachMessage: async ({ message }) => void probe.messages.push(message) });
    await ready;
    // With fromBeginning false a new group starts at the end offsets resolved on its first
    // fetch; give that fetch a moment so messages sent right after are not skipped.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return probe;
  }

  /** Messages whose parsed JSON value satisfies `predicate`. */
  matching(predicate: (value: any, message: KafkaMessage) => boolean): KafkaMessage[] {
    return this.messages.filter((message) => {
      try {
        return predicate(JSON.parse(message.value?.toString() ?? 'null'), message);
      } catch {
        return predicate(undefined, message);
      }
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
