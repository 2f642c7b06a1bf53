import { randomUUID } from 'node:crypto';
import { ReportSlaBreachedV1, TOPICS } from '@csirt/contracts';
import { ManualClock, TimerPoller } from '@csirt/db';
import type { SubgraphService } from '@csirt/service';
import { errorCodes, graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { IntakeContext } from '../context';
import { intakeSubgraph } from '../subgraph';
import { caller, reportInput, submit, TEST_DATABASE, TRIAGE } from '../testing/fixtures';
import { constituencyChanged } from './constituencies';
import { TRIAGE_TIMER, triageBreachHandler } from './report-clock';

// The triage clock on real Postgres and Kafka, with a clock the test moves: due times are
// 30 minutes after receipt (in the real future), so other suites' pollers, on the system
// clock, never fire these timers; this suite's poller sees time jump forward.
const MINUTE = 60_000;
const SLA = `sla { triage { state targetMinutes dueAt metAt breachedAt paused pauses { reason pausedBy pausedAt resumedAt resumedBy } } }`;
const REPORT_SLA = `query ($id: ID!) { report(id: $id) { id ${SLA} } }`;
const PAUSE = `mutation ($id: ID!, $reason: String!) { pauseReportClock(id: $id, reason: $reason) { id ${SLA} } }`;
const RESUME = `mutation ($id: ID!) { resumeReportClock(id: $id) { id ${SLA} } }`;
const LIST = `query ($filter: ReportFilter) { reports(filter: $filter, first: 100) { edges { node { id } } } }`;

describe('report service levels: the triage clock (durable timers, real Postgres and Kafka)', () => {
  // No consumer: the constituency is written by the read model's own handler below.
  const definition = { ...intakeSubgraph, consumes: undefined };
  const clock = new ManualClock();
  const constituencyId = `const-sla-${randomUUID()}`;
  let service: SubgraphService<IntakeContext>;
  let probe: TopicProbe;
  let reporter: string;
  let analyst: string;

  const start = () => startTestSubgraph(definition, TEST_DATABASE, { clock, timerPollMs: 100 });
  const db = () => service.dependencies.dataSource;
  const breachesOf = (reportId: string) =>
    probe.matching((v) => v?.type === ReportSlaBreachedV1.type && v.subject === reportId);
  const slaOf = async (id: string) => (await graphql(service.url, REPORT_SLA, { id }, analyst)).data.report.sla;
  const submitHere = () => submit(service.url, reporter, { reporter: { name: 'Bob', constituencyId } });
  /** Two seconds with the poller running: time enough for a second firing, were there one. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));

  beforeAll(async () => {
    clock.set(new Date());
    service = await start();
    probe = await TopicProbe.start(testKafka('intake-sla-spec'), TOPICS.intakeReports);
    reporter = await caller(['REPORTER']);
    analyst = await caller(['ANALYST']);
    await db().transaction((manager) =>
      constituencyChanged(manager, {
        constituencyId,
        name: 'Ministry of Examples',
        kind: 'EMPLOYEES',
        teamId: null,
        geography: [],
        networkProviders: [],
        organisations: [],
        targets: { triageMinutes: 30, acknowledgeMinutes: 60, containMinutes: 240, recoverMinutes: 1440 },
        changedAt: new Date().toISOString(),
      }),
    );
  });

  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  it('refuses a report naming an unknown constituency with REPORT.UNKNOWN_CONSTITUENCY; one naming none is accepted without a clock', async () => {
    const unknown = await graphql(
      service.url,
      `mutation ($input: SubmitReportInput!) { submitReport(input: $input) { id } }`,
      { input: reportInput({ reporter: { name: 'Eve', constituencyId: 'const-nowhere' } }) },
      reporter,
    );
    expect(errorCodes(unknown)).toEqual(['REPORT.UNKNOWN_CONSTITUENCY']);
    const none = await submit(service.url, reporter, { reporter: { name: 'Eve' } });
    expect(await slaOf(none.id)).toBeNull();
  });

  it('breaches exactly once when the due time passes while the service is stopped', async () => {
    const report = await submitHere();
    const running = await slaOf(report.id);
    expect(running.triage).toMatchObject({ state: 'RUNNING', targetMinutes: 30, paused: false, metAt: null, breachedAt: null });
    expect(new Date(running.triage.dueAt).getTime() - new Date(report.receivedAt).getTime()).toBe(30 * MINUTE);

    await service.stop();
    clock.advance(31 * MINUTE);
    service = await start();

    const [breach] = await waitFor('the breach event', async () => {
      const found = breachesOf(report.id);
      return found.length > 0 && found;
    });
    expect(JSON.parse(breach.value!.toString()).data).toMatchObject({
      reportId: report.id,
      clock: 'TRIAGE',
      constituencyId,
      dueAt: running.triage.dueAt,
    });
    expect((await slaOf(report.id)).triage).toMatchObject({ state: 'BREACHED', breachedAt: clock.now().toISOString() });
    await settle();
    expect(breachesOf(report.id)).toHaveLength(1);

    const breached = await graphql(service.url, LIST, { filter: { breached: true, constituencyId } }, analyst);
    expect(breached.data.reports.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(report.id);
  });

  it('fires once when two pollers (two replicas) race for the same due timer', async () => {
    await service.stop();
    const report = await submitWithoutPoller();
    clock.advance(31 * MINUTE);
    const { dataSource, outbox } = service.dependencies;
    const handlers = { [TRIAGE_TIMER]: triageBreachHandler(outbox) };
    const pollers = [new TimerPoller({ dataSource, handlers, clock }), new TimerPoller({ dataSource, handlers, clock })];
    await Promise.all(pollers.map((p) => p.poll()));
    await service.stop();
    service = await start();
    await waitFor('the breach event', async () => breachesOf(report.id).length > 0);
    await settle();
    expect(breachesOf(report.id)).toHaveLength(1);
    const outboxRows = await db().query(
      `SELECT count(*)::int AS n FROM messaging_outbox WHERE envelope->>'type' = $1 AND envelope->>'subject' = $2`,
      [ReportSlaBreachedV1.type, report.id],
    );
    expect(outboxRows[0].n).toBe(1);
  });

  it('does not breach while paused (reason kept), and counts only the time left once resumed', async () => {
    const report = await submitHere();
    clock.advance(10 * MINUTE);
    const paused = await graphql(service.url, PAUSE, { id: report.id, reason: 'waiting for the constituent to send logs' }, analyst);
    expect(paused.errors).toBeUndefined();
    expect(paused.data.pauseReportClock.sla.triage).toMatchObject({ state: 'PAUSED', paused: true });
    const again = await graphql(service.url, PAUSE, { id: report.id, reason: 'still waiting on them' }, analyst);
    expect(errorCodes(again)).toEqual(['REPORT.CLOCK_ALREADY_PAUSED']);

    clock.advance(60 * MINUTE); // far past the original due time
    expect(await service.timerPoller!.poll()).toBe(0);
    await settle();
    expect(breachesOf(report.id)).toHaveLength(0);

    const resumedAt = clock.now();
    const resumed = await graphql(service.url, RESUME, { id: report.id }, analyst);
    const triage = resumed.data.resumeReportClock.sla.triage;
    expect(triage).toMatchObject({ state: 'RUNNING', paused: false });
    expect(new Date(triage.dueAt).getTime()).toBe(resumedAt.getTime() + 20 * MINUTE);
    expect(triage.pauses).toEqual([
      expect.objectContaining({ reason: 'waiting for the constituent to send logs', resumedAt: resumedAt.toISOString() }),
    ]);
    expect(errorCodes(await graphql(service.url, RESUME, { id: report.id }, analyst))).toEqual(['REPORT.CLOCK_NOT_PAUSED']);

    const due = await graphql(service.url, LIST, { filter: { dueBefore: new Date(resumedAt.getTime() + 21 * MINUTE).toISOString(), constituencyId } }, analyst);
    expect(due.data.reports.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(report.id);

    clock.advance(21 * MINUTE);
    await waitFor('the breach after resuming', async () => breachesOf(report.id).length > 0);
  });

  it('never breaches a met clock', async () => {
    const report = await submitHere();
    const triaged = await graphql(
      service.url,
      TRIAGE,
      { id: report.id, input: { classification: { rsitClass: 'fraud', rsitType: 'phishing' }, severity: 2, priority: 'P3' } },
      analyst,
    );
    expect(triaged.errors).toBeUndefined();
    clock.advance(31 * MINUTE);
    await service.timerPoller!.poll();
    await settle();
    expect(breachesOf(report.id)).toHaveLength(0);
    expect((await slaOf(report.id)).triage).toMatchObject({ state: 'MET', breachedAt: null });
    expect(errorCodes(await graphql(service.url, PAUSE, { id: report.id, reason: 'too late to pause' }, analyst))).toEqual([
      'REPORT.CLOCK_NOT_RUNNING',
    ]);
  });

  /** Submits through a poller-less instance (the clock's timer is stored, nothing polls it). */
  async function submitWithoutPoller() {
    service = await startTestSubgraph({ ...definition, timers: undefined }, TEST_DATABASE, { clock });
    return submitHere();
  }
});
