/**
 * Outbox-to-Kafka lag of intake: how long after a submission commits its
 * `intake.report.received` event can be read from Kafka.
 *
 *   npx tsx bench/intake/outbox-lag.ts [total=500] [concurrency=8]
 *
 * Starts an intake subgraph in this process (database `csirt_bench_intake_lag` on the test
 * Postgres server, created and migrated when missing; the project Kafka broker), submits
 * reports over HTTP, and reads the topic with its own consumer group. Two figures per event:
 * from the moment the mutation's response arrived (the commit is just before it) and from
 * the envelope's `time` (set inside the transaction), to the moment the consumer got it.
 * The subgraph runs without its incident-event consumer, so it never joins the `csirt-intake`
 * group of a running intake or test suite.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createGatewayCredentialSigner, GATEWAY_CREDENTIAL_HEADER, signToken } from '@csirt/auth';
import { TOPICS } from '@csirt/contracts';
import { SubgraphService } from '@csirt/service';
import { testEnvironment, testKafka, testKafkaSasl } from '@csirt/testing';
import { intakeSubgraph } from '../../apps/intake/src/subgraph';
import { percentile, runConcurrently } from '../stats';

// The bench stands in for the gateway, so it signs the gateway's credential itself.
const GATEWAY_SECRET = randomBytes(32).toString('hex');
const gatewayCredential = createGatewayCredentialSigner(GATEWAY_SECRET);

const DATABASE = 'csirt_bench_intake_lag';
const total = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 8);
const serverUrl = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// The project broker, as the tests find it (KAFKA_BROKERS, else infra/kafka's default).
const brokers = testEnvironment.kafkaBrokers;
const auth = { secret: `bench-secret-${randomUUID()}`, issuer: 'csirt-bench', audience: 'csirt-platform' };

const SUBMIT = `mutation ($input: SubmitReportInput!) { submitReport(input: $input) { id } }`;

function summary(label: string, samples: number[]): string {
  if (samples.length === 0) return `${label}: no samples`;
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, v) => sum + v, 0) / samples.length;
  return `${label.padEnd(30)} mean ${mean.toFixed(1)} ms   p50 ${percentile(sorted, 50).toFixed(1)}   p95 ${percentile(sorted, 95).toFixed(1)}   p99 ${percentile(sorted, 99).toFixed(1)}   max ${sorted[sorted.length - 1].toFixed(1)}`;
}

async function ensureDatabase(): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function main(): Promise<void> {
  const service = new SubgraphService(
    { ...intakeSubgraph, consumes: undefined },
    {
      host: '127.0.0.1',
      port: 0,
      databaseUrl: await ensureDatabase(),
      databasePoolSize: 10,
      kafkaBrokers: brokers,
      kafkaSasl: testKafkaSasl('intake'),
      auth,
      gatewayCredentialSecret: GATEWAY_SECRET,
      logLevel: 'warn',
      migrateOnStart: true,
      introspection: false,
      outboxPollMs: 250,
    },
  );
  await service.start();

  const runId = randomUUID();
  const arrivals = new Map<string, { at: number; eventTime: number }>();
  const kafka = testKafka('bench-intake-outbox-lag');
  const consumer = kafka.consumer({ groupId: `bench-intake-outbox-lag-${runId}` });
  await consumer.connect();
  await consumer.subscribe({ topic: TOPICS.intakeReports, fromBeginning: false });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    eachMessage: async ({ message }) => {
      const at = Date.now();
      const envelope = JSON.parse(message.value?.toString() ?? '{}');
      if (envelope.type === 'intake.report.received') arrivals.set(envelope.subject, { at, eventTime: Date.parse(envelope.time) });
    },
  });
  await joined;
  await new Promise((resolve) => setTimeout(resolve, 1000));

  const token = `Bearer ${await signToken({ subject: `bench-sensor-${runId}`, roles: ['REPORTER'], sensorId: `bench-sensor-${runId}` }, auth.secret, auth.issuer, auth.audience)}`;
  const committed = new Map<string, number>();
  let failures = 0;
  const submit = async (i: number) => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token, [GATEWAY_CREDENTIAL_HEADER]: await gatewayCredential('intake') },
      body: JSON.stringify({
        query: SUBMIT,
        variables: {
          input: {
            channel: 'SENSOR',
            reporter: { name: 'bench sensor' },
            title: `bench ${runId.slice(0, 8)} alert ${i}`,
            description: 'Outbound connection to a known C2 address.',
            observables: [{ type: 'IPV4', value: `198.51.${Math.floor(i / 250) % 250}.${i % 250}` }],
            tlp: 'GREEN',
          },
        },
      }),
    });
    const body = (await response.json()) as { data?: { submitReport: { id: string } }; errors?: unknown };
    if (body.errors || !body.data) failures += 1;
    else committed.set(body.data.submitReport.id, Date.now());
  };

  const started = performance.now();
  await runConcurrently(total, concurrency, (i) => submit(i));
  const seconds = (performance.now() - started) / 1000;

  const deadline = Date.now() + 30_000;
  while ([...committed.keys()].some((id) => !arrivals.has(id)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const fromResponse: number[] = [];
  const fromEventTime: number[] = [];
  let missing = 0;
  for (const [id, at] of committed) {
    const arrival = arrivals.get(id);
    if (!arrival) {
      missing += 1;
      continue;
    }
    fromResponse.push(Math.max(0, arrival.at - at));
    fromEventTime.push(arrival.at - arrival.eventTime);
  }

  process.stdout.write(`intake outbox -> Kafka lag, ${total} submissions, concurrency ${concurrency}, directly to the subgraph\n`);
  process.stdout.write(`submissions per second (subgraph, not gateway): ${(committed.size / seconds).toFixed(1)}   failures: ${failures}\n`);
  process.stdout.write(`${summary('response -> consumer', fromResponse)}\n`);
  process.stdout.write(`${summary('event time -> consumer', fromEventTime)}\n`);
  process.stdout.write(`events not seen within 30 s: ${missing}\n`);

  await consumer.disconnect();
  await service.stop();
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
