import { createKafka, KafkaHealth, silentLogger, type Kafka } from '@csirt/messaging';
import { testEnvironment, testKafkaSasl } from '@csirt/testing';

/** The test broker as its admin, and whether it answers (and accepts the dev admin's credentials). */
export async function testKafkaAdmin(clientId: string): Promise<{ kafka: Kafka; up: boolean }> {
  const kafka = createKafka({ clientId, brokers: testEnvironment.kafkaBrokers, sasl: testKafkaSasl('admin'), log: silentLogger, connectionTimeoutMs: 1_000 });
  const health = new KafkaHealth(kafka);
  const up = await health.isReachable(3_000);
  await health.close();
  return { kafka, up };
}
