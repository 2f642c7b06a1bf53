/**
 * Applies infra/kafka/topics.json to a broker (idempotent: existing topics are left as
 * they are). Used by docker compose and by platform teams:
 *   KAFKA_BROKERS=host:9092 npx tsx infra/kafka/apply-topics.ts [replication-factor]
 */
import { join } from 'node:path';
import { createKafka, ensureTopics, readTopicCatalogue, silentLogger } from '@csirt/messaging';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',');
const replicationFactor = Number(process.argv[2] ?? 1);

const kafka = createKafka({ clientId: 'csirt-apply-topics', brokers, log: silentLogger });
ensureTopics(kafka, readTopicCatalogue(join(__dirname, 'topics.json')), replicationFactor).then(
  (created) => {
    process.stdout.write(created.length ? `created: ${created.join(', ')}\n` : 'all topics exist\n');
    process.exit(0);
  },
  (error: Error) => {
    process.stderr.write(`applying topics failed: ${error.message}\n`);
    process.exit(1);
  },
);
