/**
 * Report submissions per second through the gateway, with the platform running as
 * separate processes (as in apps/gateway-e2e), and how long each report's `received`
 * event took from commit to Kafka.
 *
 *   npx tsx bench/gateway/submissions.ts [total=1000] [concurrency=16]
 *
 * Needs the test Postgres and the project Kafka broker (infra/kafka/kafka.sh start).
 */
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@csirt/contracts';
import { bearer, graphql, testKafka, TopicProbe } from '@csirt/testing';
import { startStack } from '../../apps/gateway-e2e/src/support/stack';
import { percentile, runConcurrently } from '../stats';

const total = Number(process.argv[2] ?? 1000);
const concurrency = Number(process.argv[3] ?? 16);

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`;

async function main(): Promise<void> {
  const stack = await startStack();
  const kafka = testKafka('bench-submissions');
  const probe = await TopicProbe.start(kafka, TOPICS.intakeReports);
  const auth = await bearer(['REPORTER'], { subject: 'bench-sensor', sensorId: 'bench-sensor' });
  const runId = randomUUID().slice(0, 8);
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: unknown;
  try {
    const submit = async (i: number, label = 'alert') => {
      const started = performance.now();
      const res = await graphql(stack.gatewayUrl, SUBMIT, {
        input: {
          channel: 'SENSOR',
          reporter: { name: 'IDS sensor', email: 'sensor@example.org' },
          title: `bench ${runId} ${label} ${i}`,
          description: 'Outbound connection to a known C2 address.',
          observables: [{ type: 'IPV4', value: `198.51.${Math.floor(i / 250) % 250}.${i % 250}` }],
          tlp: 'GREEN',
        },
      }, auth);
      latencies.push(performance.now() - started);
      if (res.errors) {
        failures += 1;
        firstFailure ??= res.errors;
      }
    };
    // Warm-up (its own titles, so the lag below counts only measured reports): connection
    // pools, JIT, query plans.
    for (let i = 0; i < 20; i += 1) await submit(i, 'warm-up');
    latencies.length = 0;
    failures = 0;

    const started = performance.now();
    await runConcurrently(total, concurrency, (i) => submit(i));
    const seconds = (performance.now() - started) / 1000;

    // Commit-to-Kafka lag: the envelope's time is taken in the committing transaction.
    const deadline = Date.now() + 30_000;
    const ours = () => probe.matching((v) => v?.type === 'intake.report.received' && String(v?.data?.title).startsWith(`bench ${runId} alert`));
    while (ours().length < total - failures && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const lags = ours()
      .map((m) => Number(m.timestamp) - Date.parse(JSON.parse(m.value!.toString()).time))
      .sort((a, b) => a - b);

    latencies.sort((a, b) => a - b);
    console.log(`submissions through the gateway: ${total} with concurrency ${concurrency}, ${failures} failed`);
    if (firstFailure) console.log(`  first failure: ${JSON.stringify(firstFailure)}`);
    console.log(`  throughput: ${(total / seconds).toFixed(1)} reports/s over ${seconds.toFixed(2)} s`);
    console.log(`  latency ms: p50 ${percentile(latencies, 50).toFixed(1)}  p95 ${percentile(latencies, 95).toFixed(1)}  p99 ${percentile(latencies, 99).toFixed(1)}`);
    if (lags.length > 0) {
      console.log(`  outbox-to-Kafka lag ms (event time to broker timestamp, ${lags.length} events): p50 ${percentile(lags, 50)}  p95 ${percentile(lags, 95)}  max ${lags[lags.length - 1]}`);
    } else {
      console.log('  outbox-to-Kafka lag: no events seen');
    }
  } finally {
    await probe.stop();
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
