import { randomUUID } from 'node:crypto';
import { errorCodes, graphql, startTestSubgraph } from '@csirt/testing';
import { as, incidentsWithoutConsumer, ok, type Service } from '../testing/fixtures';
import { durationBounds, RATIO } from './histogram';
import { suppressSmallGroups } from './small-groups';

// One constituency of its own (a fresh uuid) in 1994, which no other suite uses: its cells
// are this suite's alone, whatever else the shared test database holds.
const CONSTITUENCY = randomUUID();
const RED_READER = `red-reader-${randomUUID()}`;
const range = { from: '1994-01-01T00:00:00.000Z', to: '1994-03-01T00:00:00.000Z' };
const LABELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];
const LOSSES = [0.5, 999, 1000, 4999, 25000, 150000];
const TIMES = {
  timeToAcknowledge: 'acknowledged_at',
  timeToContain: 'eradication_at',
  timeToRecover: 'post_incident_at',
  timeToClose: 'closed_at',
};

const CELLS = `query($range: MetricsRangeInput!, $edges: [Float!]) {
  incidentMetrics(range: $range, groupBy: MONTH) {
    cells(lossBucketEdges: $edges) {
      month constituencyId rsitClass count lossNotEstimated
      timeToAcknowledge { count meanSeconds p50Seconds p90Seconds p95Seconds targetSeconds breachRate }
      timeToContain { count meanSeconds p50Seconds p90Seconds p95Seconds targetSeconds breachRate }
      timeToRecover { count meanSeconds p50Seconds p90Seconds p95Seconds targetSeconds breachRate }
      timeToClose { count meanSeconds p50Seconds p90Seconds p95Seconds }
      loss { currency from below count }
      resolutionByComplexity { complexity count closed meanSecondsToClose meanEffortHours }
    }
  }
}`;

/** The figures computed straight from the incident rows the caller may read, per (month, class). */
async function direct(service: Service, labels: string[], readers: string[]) {
  const durations = Object.entries(TIMES)
    .map(
      ([name, end]) =>
        `array_remove(array_agg(extract(epoch FROM ${end} - opened_at)::float8 ORDER BY ${end} - opened_at), NULL) AS "${name}"`,
    )
    .join(', ');
  return service.dependencies.dataSource.query(
    `SELECT to_char(date_trunc('month', opened_at, 'UTC'), 'YYYY-MM') AS month, rsit_class, count(*)::int AS count, ${durations},
       coalesce(json_agg(json_build_object('currency', loss_currency, 'amount', loss_amount::float8)) FILTER (WHERE loss_currency IS NOT NULL), '[]') AS losses,
       json_agg(json_build_object('complexity', complexity, 'close', extract(epoch FROM closed_at - opened_at)::float8, 'effort', effort_hours::float8)) AS rows
     FROM incident i
     WHERE constituency_id = $1 AND merged_into_id IS NULL AND (tlp = ANY($2::text[]) OR (tlp = 'RED' AND EXISTS (
       SELECT 1 FROM incident_reader r WHERE r.incident_id = i.id AND r.reader = ANY($3::text[]))))
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [CONSTITUENCY, labels, readers],
  );
}

function expectSameFigures(cells: any[], expected: any[]): void {
  const mine = cells.filter((cell) => cell.constituencyId === CONSTITUENCY);
  // 2 months x 2 classes, each large enough to be shown, with loss buckets and complexities told.
  expect(mine).toHaveLength(4);
  expect(mine.every((cell) => cell.loss.length > 0 && cell.resolutionByComplexity.length > 0)).toBe(true);
  expect(mine.map((c) => [c.month.slice(0, 7), c.rsitClass, c.count])).toEqual(
    expected.map((e) => [e.month, e.rsit_class, e.count]),
  );
  for (const [n, cell] of mine.entries()) {
    const want = expected[n];
    for (const name of Object.keys(TIMES)) {
      const samples: number[] = want[name];
      expect(cell[name].count).toBe(samples.length);
      expect(cell[name].meanSeconds).toBeCloseTo(samples.reduce((a, b) => a + b, 0) / samples.length, 3);
      for (const [p, field] of [
        [0.5, 'p50Seconds'],
        [0.9, 'p90Seconds'],
        [0.95, 'p95Seconds'],
      ] as const) {
        const sample = samples[Math.floor(p * (samples.length - 1))];
        // The documented bound: within a factor RATIO of the sample of rank floor(p(n-1)).
        expect(cell[name][field] / sample).toBeLessThanOrEqual(RATIO);
        expect(sample / cell[name][field]).toBeLessThanOrEqual(RATIO);
      }
    }
    // Default edges 1000, 10000, 100000, per currency.
    const buckets = ['EUR', 'USD'].flatMap((currency) =>
      [
        [0, 1000],
        [1000, 10000],
        [10000, 100000],
        [100000, null],
      ].map(([from, below]) => ({
        currency,
        from,
        below,
        count: want.losses.filter(
          (l: any) => l.currency === currency && l.amount >= from! && (below === null || l.amount < below),
        ).length,
      })),
    );
    const notEstimated = { currency: '', from: 0, below: null, count: want.count - want.losses.length };
    const shown = suppressSmallGroups([...buckets, notEstimated], (b) => b.count);
    expect(cell.loss).toEqual(shown.filter((b) => b !== notEstimated));
    expect(cell.lossNotEstimated).toBe(shown.includes(notEstimated) ? notEstimated.count : null);
    for (const row of cell.resolutionByComplexity) {
      const of = want.rows.filter((r: any) => r.complexity === row.complexity);
      const closed = of.filter((r: any) => r.close !== null);
      expect(row.count).toBe(of.length);
      if (row.closed !== null) expect(row.closed).toBe(closed.length);
      if (row.meanEffortHours !== null) {
        expect(row.meanEffortHours).toBeCloseTo(
          closed.reduce((s: number, r: any) => s + r.effort, 0) / closed.length,
          6,
        );
        expect(row.meanSecondsToClose).toBeCloseTo(
          closed.reduce((s: number, r: any) => s + r.close, 0) / closed.length,
          3,
        );
      }
    }
  }
}

describe('incidentMetrics.cells: the rollup against a direct computation', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const ids: string[] = [];
    for (let g = 0; g < 160; g += 1) {
      const id = randomUUID();
      ids.push(id);
      const opened = Date.parse(range.from) + (g % 2) * 31 * 86400_000 + g * 3600_000;
      const after = (chance: number) =>
        random() < chance ? new Date(opened + 1000 * 30 * Math.exp(random() * 11)) : null;
      const loss = g % 3 === 0 ? null : LOSSES[g % LOSSES.length];
      await service.dependencies.dataSource.query(
        `INSERT INTO incident (id, reference, title, summary, rsit_class, rsit_type, severity, priority, cia_confidentiality, cia_integrity,
           cia_availability, tlp, pap, constituency_id, status, opened_by, opened_at, acknowledged_at, eradication_at, post_incident_at,
           closed_at, complexity, effort_hours, loss_amount, loss_currency, updated_at)
         VALUES ($1, $2, 'seeded', '', $3, 'other', 2, 'P3', true, false, false, $4, 'AMBER', $5, 'ANALYSIS', 'seed', $6, $7, $8, $9, $10, $11, $12, $13, $14, now())`,
        [
          id,
          `INC-1994-R${g}-${id.slice(0, 6)}`,
          ['fraud', 'malicious-code'][(g >> 1) % 2],
          LABELS[g % 5],
          CONSTITUENCY,
          new Date(opened),
          after(0.9),
          after(0.7),
          after(0.5),
          after(0.4),
          [null, 'LOW', 'MEDIUM', 'HIGH'][g % 4],
          g % 7,
          loss,
          loss === null ? null : ['EUR', 'USD'][g % 2],
        ],
      );
    }
    // Half the RED ones name the reader on a report.
    for (let g = 4; g < 160; g += 10) {
      await service.dependencies.dataSource.query(
        `INSERT INTO incident_report (incident_id, report_id, attached_at, attached_by, source_event_id, tlp, recipients)
         VALUES ($1, $2, now(), 'seed', $3, 'RED', $4)`,
        [ids[g], randomUUID(), randomUUID(), [RED_READER]],
      );
    }
    // Changes after the fact move the rollup through the trigger: relabel, close, merge away.
    await service.dependencies.dataSource.query(
      `UPDATE incident SET tlp = 'GREEN' WHERE id = ANY($1::uuid[])`,
      [ids.filter((_, g) => g % 10 === 3)],
    );
    await service.dependencies.dataSource.query(
      `UPDATE incident SET closed_at = opened_at + interval '9 days', effort_hours = 12 WHERE id = ANY($1::uuid[]) AND closed_at IS NULL`,
      [ids.filter((_, g) => g % 9 === 1)],
    );
    await service.dependencies.dataSource.query(
      `UPDATE incident SET merged_into_id = $1 WHERE id = ANY($2::uuid[])`,
      [ids[0], ids.filter((_, g) => g % 13 === 5)],
    );
  });
  afterAll(() => service?.stop());

  it('equals the direct computation for an AMBER-cleared auditor', async () => {
    const { incidentMetrics } = await ok(
      service.url,
      CELLS,
      { range },
      await as(['AUDITOR'], { clearance: 'AMBER' }),
    );
    expectSameFigures(incidentMetrics.cells, await direct(service, ['CLEAR', 'GREEN', 'AMBER'], []));
  });

  it('adds the TLP:RED incidents a RED-cleared caller is named on, and no other', async () => {
    const caller = await as(['AUDITOR'], { clearance: 'RED', subject: RED_READER });
    const { incidentMetrics } = await ok(service.url, CELLS, { range }, caller);
    const expected = await direct(service, ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT'], [RED_READER]);
    expectSameFigures(incidentMetrics.cells, expected);
    const withoutRed = await direct(service, ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT'], []);
    expect(expected.map((e: any) => e.count)).not.toEqual(withoutRed.map((e: any) => e.count));
  });

  it('matches the set-based rebuild (the backfill) row for row', async () => {
    const runner = service.dependencies.dataSource.createQueryRunner();
    const snapshot = `SELECT r.*, (SELECT json_agg(l ORDER BY l.currency) FROM incident_loss_rollup l WHERE l.visibility = r.visibility
        AND l.month = r.month AND l.constituency_id = r.constituency_id AND l.rsit_class = r.rsit_class) AS losses
      FROM incident_metrics_rollup r WHERE constituency_id = $1 AND incidents > 0 ORDER BY visibility, month, rsit_class`;
    await runner.startTransaction();
    try {
      const kept = await runner.query(snapshot, [CONSTITUENCY]);
      await runner.query(`SELECT incident_metrics_rebuild()`);
      expect(await runner.query(snapshot, [CONSTITUENCY])).toEqual(kept);
      expect(kept.length).toBe(16); // 2 months x 2 classes x 4 visibility levels
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('estimates breach rates against the constituency targets within the bucket straddling each target', async () => {
    const targets = { acknowledgeMinutes: 45, containMinutes: 600, recoverMinutes: 2000 };
    // The constituency read model (teams.constituency.changed) holds the targets.
    await service.dependencies.dataSource.query(
      `INSERT INTO constituency (id, name, kind, team_id, triage_minutes, acknowledge_minutes, contain_minutes, recover_minutes, changed_at)
       VALUES ($1, 'Rollup test', 'EMPLOYEES', NULL, 30, $2, $3, $4, now())`,
      [CONSTITUENCY, targets.acknowledgeMinutes, targets.containMinutes, targets.recoverMinutes],
    );
    const { incidentMetrics } = await ok(
      service.url,
      CELLS,
      { range },
      await as(['AUDITOR'], { clearance: 'AMBER' }),
    );
    const cells: any[] = incidentMetrics.cells;
    const expected = await direct(service, ['CLEAR', 'GREEN', 'AMBER'], []);
    const mine = cells.filter((cell) => cell.constituencyId === CONSTITUENCY);
    expect(mine).toHaveLength(4);
    let told = 0;
    for (const [n, cell] of mine.entries()) {
      for (const [name, minutes] of [
        ['timeToAcknowledge', targets.acknowledgeMinutes],
        ['timeToContain', targets.containMinutes],
        ['timeToRecover', targets.recoverMinutes],
      ] as const) {
        const stats = cell[name];
        const target = minutes * 60;
        expect(stats.targetSeconds).toBe(target);
        if (stats.breachRate === null) continue;
        told += 1;
        const samples: number[] = expected[n][name];
        const exact = samples.filter((s) => s > target).length;
        const slot = 3 + Math.floor(20 * Math.log10(target / 60));
        const [lower, upper] = durationBounds(slot);
        const straddling = samples.filter((s) => s >= lower && s < upper!).length;
        expect(Math.abs(Math.round(stats.breachRate * stats.count!) - exact)).toBeLessThanOrEqual(straddling);
      }
    }
    expect(told).toBeGreaterThan(4);
  });

  it('refuses a range that is not whole months, and loss edges off the 1-2-5 series', async () => {
    const auditor = await as(['AUDITOR']);
    const partial = { from: '1994-01-02T00:00:00.000Z', to: range.to };
    expect(errorCodes(await graphql(service.url, CELLS, { range: partial }, auditor))).toEqual([
      'METRICS.RANGE_NOT_WHOLE_MONTHS',
    ]);
    for (const edges of [[3000], [1000, 500], [0]]) {
      expect(errorCodes(await graphql(service.url, CELLS, { range, edges }, auditor))).toEqual([
        'METRICS.INVALID_INPUT',
      ]);
    }
  });
});
