import { randomUUID } from 'node:crypto';
import type { SubgraphService } from '@csirt/service';
import { graphql, startTestSubgraph } from '@csirt/testing';
import type { IntakeContext } from './context';
import { caller, intakeWithoutConsumer, reportInput, SUBMIT, TEST_DATABASE } from './testing/fixtures';

/** GET /metrics: Prometheus figures of one service, bounded in cardinality and free of content. */
describe('intake: Prometheus metrics (real Postgres and Kafka)', () => {
  let service: SubgraphService<IntakeContext>;
  let base: string;

  const scrape = async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };
  /** The value of one series, 0 when it does not exist yet. */
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
    return line ? Number(line.slice(series.length + 1)) : 0;
  };

  beforeAll(async () => {
    service = await startTestSubgraph(intakeWithoutConsumer, TEST_DATABASE);
    base = service.url.replace(/\/graphql$/, '');
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('counts requests by operation type and outcome, and times them', async () => {
    const okSeries = 'csirt_graphql_requests_total{operation="mutation",outcome="ok",service="intake"}';
    const refusedSeries =
      'csirt_graphql_requests_total{operation="query",outcome="UNAUTHENTICATED",service="intake"}';
    const before = await scrape();
    const reporter = await caller(['REPORTER']);
    const submitted = await graphql(service.url, SUBMIT, { input: reportInput() }, reporter);
    expect(submitted.errors).toBeUndefined();
    await graphql(service.url, '{ reports { edges { node { id } } } }', {});

    const after = await scrape();
    expect(value(after, okSeries) - value(before, okSeries)).toBe(1);
    expect(value(after, refusedSeries) - value(before, refusedSeries)).toBe(1);
    expect(
      value(after, 'csirt_graphql_request_duration_seconds_count{service="intake",operation="mutation"}'),
    ).toBeGreaterThanOrEqual(1);
  });

  it('shows the outbox backlog and the consumed-event counters beside the process figures', async () => {
    const text = await scrape();
    expect(value(text, 'csirt_outbox_pending_messages{service="intake"}')).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^csirt_outbox_oldest_pending_age_seconds\{service="intake"\} \d/m);
    expect(text).toContain('# TYPE csirt_consumed_events_total counter');
    expect(text).toMatch(/^process_cpu_seconds_total\{service="intake"\} /m);
  });

  it('never turns what a caller sends into a label or a value: no operation names, titles or made-up codes', async () => {
    const marker = `m${randomUUID().replace(/-/g, '')}`;
    const reporter = await caller(['REPORTER']);
    await graphql(
      service.url,
      `mutation ${marker}($input: SubmitReportInput!) { submitReport(input: $input) { id } }`,
      { input: reportInput({ title: `Title ${marker}` }) },
      reporter,
    );
    await graphql(service.url, `query ${marker} { ${marker} }`, {}, reporter);
    const text = await scrape();
    expect(text).not.toContain(marker);
    expect(text).toMatch(/outcome="GRAPHQL_VALIDATION_FAILED"/);
  });
});
