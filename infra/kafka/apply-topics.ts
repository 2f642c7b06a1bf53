/**
 * Applies infra/kafka/topics.json to a cluster: creates missing topics (existing ones are
 * left as they are) and makes the ACLs of the services and the named partners exactly what
 * the catalogue derives (libs/messaging kafkaAcls). Idempotent. Run as a super user:
 *   KAFKA_BROKERS=host:9092 KAFKA_SASL_USERNAME=admin KAFKA_SASL_PASSWORD=... \
 *     npx tsx infra/kafka/apply-topics.ts [--replication-factor 3] [--partners acme:GREEN,other:CLEAR]
 * A partner is `<code>[:<TLP ceiling of its agreement>]` (CLEAR when omitted): it reads its
 * own csirt.partner.<code>.* feeds (created here) and the community topics its ceiling
 * reaches. Used by docker compose's one-shot container, `kafka.sh partner` and platform teams.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applyTopicCatalogue, DEV_KAFKA_BROKERS, createKafka, KAFKA_SASL_MECHANISMS, parsePartnerAccess, readTopicCatalogue, silentLogger } from '@csirt/messaging';

const { values } = parseArgs({ options: { 'replication-factor': { type: 'string', default: '1' }, partners: { type: 'string', default: '' } } });
const env = process.env;
const brokers = (env.KAFKA_BROKERS ?? DEV_KAFKA_BROKERS).split(',');
const mechanism = KAFKA_SASL_MECHANISMS.find((m) => m === (env.KAFKA_SASL_MECHANISM ?? 'scram-sha-512'));
const username = env.KAFKA_SASL_USERNAME;
const password = env.KAFKA_SASL_PASSWORD;

async function main(): Promise<string> {
  if (!mechanism || !username || !password) throw new Error('set KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (a super user) and a valid KAFKA_SASL_MECHANISM');
  const kafka = createKafka({
    clientId: 'csirt-apply-topics',
    brokers,
    sasl: { mechanism, username, password },
    tls: env.KAFKA_SSL === 'true' ? {} : undefined,
    log: silentLogger,
  });
  const { createdTopics: created, acls } = await applyTopicCatalogue(kafka, readTopicCatalogue(join(__dirname, 'topics.json')), {
    partners: values.partners ? values.partners.split(',').map(parsePartnerAccess) : [],
    replicationFactor: Number(values['replication-factor']),
  });
  return `${created.length ? `created: ${created.join(', ')}` : 'all topics exist'}; ACLs: ${acls.created} created, ${acls.deleted} removed\n`;
}

main().then(
  (summary) => {
    process.stdout.write(summary);
    process.exit(0);
  },
  (error: Error) => {
    process.stderr.write(`applying topics and ACLs failed: ${error.message}\n`);
    process.exit(1);
  },
);
