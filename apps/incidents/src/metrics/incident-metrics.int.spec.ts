import { randomUUID } from 'node:crypto';
import { errorCodes, graphql, startTestSubgraph } from '@csirt/testing';
import { as, incidentsWithoutConsumer, ok, type Service } from '../testing/fixtures';

const H = 3600;
const T = Date.parse('2003-03-03T00:00:00Z'); // a Monday; no other suite opens incidents in 2003

interface Seed {
  day: number;
  severity: number;
  rsitClass: string | null;
  /** Hours after opening at which each phase was reached (null: not reached). */
  ack?: number;
  erad?: number;
  post?: number;
  closed?: number;
  complexity?: 'LOW' | 'MEDIUM' | 'HIGH';
  effort?: number;
  loss?: [number, string];
  mergedInto?: number;
}

// Hand-computed expectations below refer to these rows as I1..I8. Each is seeded COPIES
// times, so every group holds at least the minimum group size and is shown.
const COPIES = 5;
const SEEDS: Seed[] = [
  {
    day: 0,
    severity: 1,
    rsitClass: 'fraud',
    ack: 1,
    erad: 5,
    post: 10,
    closed: 20,
    complexity: 'LOW',
    effort: 4,
    loss: [500, 'EUR'],
  }, // I1
  {
    day: 1,
    severity: 2,
    rsitClass: 'fraud',
    ack: 2,
    erad: 7,
    post: 14,
    closed: 30,
    complexity: 'LOW',
    effort: 6,
    loss: [2000, 'EUR'],
  }, // I2
  {
    day: 2,
    severity: 3,
    rsitClass: 'intrusions',
    ack: 3,
    erad: 9,
    complexity: 'HIGH',
    effort: 10,
    loss: [800, 'USD'],
  }, // I3
  { day: 8, severity: 4, rsitClass: 'intrusions', ack: 4, complexity: 'HIGH' }, // I4
  { day: 9, severity: 3, rsitClass: null, loss: [100, 'EUR'] }, // I5
  {
    day: 10,
    severity: 2,
    rsitClass: 'fraud',
    ack: 6,
    erad: 11,
    post: 18,
    closed: 40,
    complexity: 'HIGH',
    effort: 20,
    loss: [10000, 'EUR'],
  }, // I6
  { day: 3, severity: 4, rsitClass: 'fraud', ack: 1, closed: 2, mergedInto: 0 }, // I7: merged away, not counted
  { day: 14, severity: 4, rsitClass: 'fraud', ack: 1 }, // I8: opened exactly at range.to, outside
];

const METRICS = `query($range: MetricsRangeInput!, $groupBy: MetricsPeriod!, $loss: LossThresholdInput) {
  incidentMetrics(range: $range, groupBy: $groupBy, lossThreshold: $loss) {
    from to minimumGroupSize total
    perPeriod { periodStart opened closed }
    bySeverity { severity count }
    byClassification { rsitClass count }
    lossBelowThreshold { amount currency below atOrAbove notComparable }
    timeToAcknowledge { count meanSeconds p50Seconds p90Seconds p95Seconds }
    timeToContain { count meanSeconds p50Seconds p90Seconds p95Seconds }
    timeToRecover { count meanSeconds p50Seconds p90Seconds p95Seconds }
    timeToClose { count meanSeconds p50Seconds p90Seconds p95Seconds }
    resolutionByComplexity { complexity count closed meanSecondsToClose meanEffortHours }
  }
}`;

describe('incidentMetrics against hand-computed expectations', () => {
  let service: Service;
  const range = { from: new Date(T).toISOString(), to: new Date(T + 14 * 24 * H * 1000).toISOString() };

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    const at = (seed: Seed, hours?: number) =>
      hours === undefined ? null : new Date(T + seed.day * 24 * H * 1000 + hours * H * 1000);
    for (let copy = 0; copy < COPIES; copy += 1) {
      const ids = SEEDS.map(() => randomUUID());
      for (const [n, seed] of SEEDS.entries()) {
        await service.dependencies.dataSource.query(
          `INSERT INTO incident (id, reference, title, summary, rsit_class, rsit_type, severity, priority, cia_confidentiality, cia_integrity,
           cia_availability, tlp, pap, status, opened_by, opened_at, acknowledged_at, eradication_at, post_incident_at, closed_at,
           complexity, effort_hours, loss_amount, loss_currency, merged_into_id, updated_at)
         VALUES ($1, $2, 'seeded', '', $3, $4, $5, 'P3', true, false, false, 'AMBER', 'AMBER', $6, 'seed', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now())`,
          [
            ids[n],
            `INC-2003-M${n}-${ids[n].slice(0, 6)}`,
            seed.rsitClass,
            seed.rsitClass ? 'other' : null,
            seed.severity,
            seed.closed !== undefined ? 'CLOSED' : 'ANALYSIS',
            at(seed, 0),
            at(seed, seed.ack),
            at(seed, seed.erad),
            at(seed, seed.post),
            at(seed, seed.closed),
            seed.complexity ?? null,
            seed.effort ?? 0,
            seed.loss?.[0] ?? null,
            seed.loss?.[1] ?? null,
            seed.mergedInto === undefined ? null : ids[seed.mergedInto],
          ],
        );
      }
    }
  });
  afterAll(() => service?.stop());

  it('counts, groups and times the incidents opened in the range', async () => {
    const { incidentMetrics: m } = await ok(
      service.url,
      METRICS,
      { range, groupBy: 'WEEK', loss: { amount: 1000, currency: 'EUR' } },
      await as(['AUDITOR']),
    );
    expect(m.minimumGroupSize).toBe(5);
    expect(m.total).toBe(6 * COPIES);
    expect(m.perPeriod).toEqual([
      { periodStart: '2003-03-03T00:00:00.000Z', opened: 3 * COPIES, closed: 2 * COPIES },
      { periodStart: '2003-03-10T00:00:00.000Z', opened: 3 * COPIES, closed: 1 * COPIES },
    ]);
    expect(m.bySeverity).toEqual([
      { severity: 1, count: 1 * COPIES },
      { severity: 2, count: 2 * COPIES },
      { severity: 3, count: 2 * COPIES },
      { severity: 4, count: 1 * COPIES },
    ]);
    expect(m.byClassification).toEqual([
      { rsitClass: 'fraud', count: 3 * COPIES },
      { rsitClass: 'intrusions', count: 2 * COPIES },
      { rsitClass: null, count: 1 * COPIES },
    ]);
    // Below 1000 EUR: I1 (500), I5 (100). At or above: I2, I6. Not comparable: I3 (USD), I4 (none).
    expect(m.lossBelowThreshold).toEqual({
      amount: 1000,
      currency: 'EUR',
      below: 2 * COPIES,
      atOrAbove: 2 * COPIES,
      notComparable: 2 * COPIES,
    });

    const expectStats = (
      actual: any,
      count: number,
      hours: [mean: number, p50: number, p90: number, p95: number],
    ) => {
      expect(actual.count).toBe(count);
      const [mean, p50, p90, p95] = hours.map((h) => h * H);
      expect(actual.meanSeconds).toBeCloseTo(mean, 3);
      expect(actual.p50Seconds).toBeCloseTo(p50, 3);
      expect(actual.p90Seconds).toBeCloseTo(p90, 3);
      expect(actual.p95Seconds).toBeCloseTo(p95, 3);
    };
    // percentile_cont interpolates at (n-1)p over the sorted values, each present 5 times.
    // Acknowledge: 1,2,3,4,6 h (n 25). Mean 3.2; p50 at 12 -> 3; p90 at 21.6 and p95 at 22.8 -> 6.
    expectStats(m.timeToAcknowledge, 5 * COPIES, [3.2, 3, 6, 6]);
    // Contain (to ERADICATION): 5,7,9,11 h (n 20). p50 at 9.5 -> (7+9)/2 = 8; p90 at 17.1, p95 at 18.05 -> 11.
    expectStats(m.timeToContain, 4 * COPIES, [8, 8, 11, 11]);
    // Recover (to POST_INCIDENT): 10,14,18 h (n 15). p50 at 7 -> 14; p90 at 12.6, p95 at 13.3 -> 18.
    expectStats(m.timeToRecover, 3 * COPIES, [14, 14, 18, 18]);
    // Close: 20,30,40 h (n 15). p50 -> 30; p90, p95 -> 40.
    expectStats(m.timeToClose, 3 * COPIES, [30, 30, 40, 40]);

    expect(m.resolutionByComplexity).toEqual([
      {
        complexity: 'LOW',
        count: 2 * COPIES,
        // All LOW ones closed: the open rest (zero) is below five, so the split is withheld.
        closed: null,
        meanSecondsToClose: 25 * H,
        meanEffortHours: 5,
      },
      {
        complexity: 'HIGH',
        count: 3 * COPIES,
        closed: 1 * COPIES,
        meanSecondsToClose: 40 * H,
        meanEffortHours: 20,
      },
      // None of the unjudged ones is closed: zero is withheld like any count below five.
      { complexity: null, count: 1 * COPIES, closed: null, meanSecondsToClose: null, meanEffortHours: null },
    ]);
  });

  it('groups by month and by day, and leaves the loss count out when no threshold is given', async () => {
    const manager = await as(['INCIDENT_MANAGER']);
    const month = (await ok(service.url, METRICS, { range, groupBy: 'MONTH' }, manager)).incidentMetrics;
    expect(month.perPeriod).toEqual([
      { periodStart: '2003-03-01T00:00:00.000Z', opened: 6 * COPIES, closed: 3 * COPIES },
    ]);
    expect(month.lossBelowThreshold).toBeNull();
    const day = (await ok(service.url, METRICS, { range, groupBy: 'DAY' }, manager)).incidentMetrics;
    expect(day.perPeriod.map((p: any) => [p.periodStart.slice(0, 10), p.opened])).toEqual([
      ['2003-03-03', COPIES],
      ['2003-03-04', COPIES],
      ['2003-03-05', COPIES],
      ['2003-03-11', COPIES],
      ['2003-03-12', COPIES],
      ['2003-03-13', COPIES],
    ]);
    const empty = (
      await ok(
        service.url,
        METRICS,
        { range: { from: '2002-01-01T00:00:00Z', to: '2002-02-01T00:00:00Z' }, groupBy: 'DAY' },
        manager,
      )
    ).incidentMetrics;
    expect(empty).toMatchObject({
      total: null,
      perPeriod: [],
      timeToClose: { count: null, meanSeconds: null, p50Seconds: null },
    });
  });

  it('is for incident managers and auditors only, and checks its input', async () => {
    expect(
      errorCodes(await graphql(service.url, METRICS, { range, groupBy: 'DAY' }, await as(['ANALYST']))),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(service.url, METRICS, { range, groupBy: 'DAY' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const auditor = await as(['AUDITOR']);
    expect(
      errorCodes(
        await graphql(
          service.url,
          METRICS,
          { range: { from: range.to, to: range.from }, groupBy: 'DAY' },
          auditor,
        ),
      ),
    ).toEqual(['METRICS.INVALID_RANGE']);
    expect(
      errorCodes(
        await graphql(
          service.url,
          METRICS,
          { range, groupBy: 'DAY', loss: { amount: 1, currency: 'eur' } },
          auditor,
        ),
      ),
    ).toEqual(['METRICS.INVALID_INPUT']);
  });
});
