import { randomUUID } from 'node:crypto';
import { startTestSubgraph } from '@csirt/testing';
import { as, incidentsWithoutConsumer, ok, type Service } from '../testing/fixtures';

// Each test uses its own year, so it sees only what it seeded.
const LOSS = `query($range: MetricsRangeInput!, $loss: LossThresholdInput) {
  incidentMetrics(range: $range, groupBy: MONTH, lossThreshold: $loss) {
    total bySeverity { severity count } lossBelowThreshold { below atOrAbove notComparable }
    timeToAcknowledge { count meanSeconds }
  }
}`;

describe('incidentMetrics tells nothing of incidents the caller may not read, nor of small groups', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
  });
  afterAll(() => service?.stop());

  const seed = async (year: number, tlp: string, loss: number | null, severity = 2) => {
    const id = randomUUID();
    await service.dependencies.dataSource.query(
      `INSERT INTO incident (id, reference, title, summary, severity, priority, cia_confidentiality, cia_integrity, cia_availability,
         tlp, pap, status, opened_by, opened_at, acknowledged_at, loss_amount, loss_currency, updated_at)
       VALUES ($1, $2, 'seeded', '', $3, 'P3', true, false, false, $4, 'AMBER', 'ANALYSIS', 'seed', $5, $6, $7, $8, now())`,
      [
        id,
        `INC-${year}-L-${id.slice(0, 8)}`,
        severity,
        tlp,
        new Date(`${year}-06-01T00:00:00Z`),
        new Date(`${year}-06-01T05:00:00Z`),
        loss,
        loss === null ? null : 'EUR',
      ],
    );
    return id;
  };
  const rangeOf = (year: number) => ({ from: `${year}-01-01T00:00:00Z`, to: `${year + 1}-01-01T00:00:00Z` });

  /**
   * The attack from the issue: bisect the loss threshold until `below` flips, which pins the
   * one incident's loss within a euro in about 29 queries. Returns the loss found, or null.
   */
  async function bisectLoss(year: number, auth: string): Promise<number | null> {
    let [low, high] = [0, 2 ** 29];
    let flipped = false;
    for (let n = 0; n < 29; n += 1) {
      const amount = (low + high) / 2;
      const { incidentMetrics: m } = await ok(
        service.url,
        LOSS,
        { range: rangeOf(year), loss: { amount, currency: 'EUR' } },
        auth,
      );
      // "Some incident lies below": a count that moved off zero.
      if (m.lossBelowThreshold.below > 0) {
        flipped = true;
        high = amount;
      } else low = amount;
    }
    return flipped ? Math.round(high) : null;
  }

  it('a GREEN auditor cannot bisect a TLP:RED incident loss among GREEN incidents', async () => {
    const year = 2004;
    await seed(year, 'RED', 73_412);
    for (let n = 0; n < 8; n += 1) await seed(year, 'GREEN', null);
    const auditor = await as(['AUDITOR'], { clearance: 'GREEN' });
    expect(await bisectLoss(year, auditor)).toBeNull();
    const { incidentMetrics: m } = await ok(service.url, LOSS, { range: rangeOf(year) }, auditor);
    // Only the eight GREEN ones are counted.
    expect(m.total).toBe(8);
    expect(m.bySeverity).toEqual([{ severity: 2, count: 8 }]);
  });

  it('a RED-cleared auditor who is no named reader does not count a RED incident either', async () => {
    const year = 2005;
    for (let n = 0; n < 5; n += 1) await seed(year, 'RED', 1_000, 4);
    const auditor = await as(['AUDITOR'], { clearance: 'RED' });
    const { incidentMetrics: m } = await ok(service.url, LOSS, { range: rangeOf(year) }, auditor);
    expect(m.total).toBeNull();
    expect(m.bySeverity).toEqual([]);
  });

  it('an incident the caller may read but that stands alone in a group is not singled out', async () => {
    const year = 2006;
    await seed(year, 'AMBER', 55_555, 4);
    for (let n = 0; n < 9; n += 1) await seed(year, 'GREEN', null, 2);
    const auditor = await as(['AUDITOR'], { clearance: 'AMBER' });
    // Readable, but one incident with a loss: bisecting finds nothing, at any threshold.
    expect(await bisectLoss(year, auditor)).toBeNull();
    const { incidentMetrics: m } = await ok(
      service.url,
      LOSS,
      { range: rangeOf(year), loss: { amount: 10, currency: 'EUR' } },
      auditor,
    );
    expect(m.total).toBe(10);
    // Severity 4 holds one incident: left out, and the 9 with it (total - 9 would give it away).
    expect(m.bySeverity).toEqual([]);
    expect(m.lossBelowThreshold).toEqual({ below: null, atOrAbove: null, notComparable: null });
    expect(m.timeToAcknowledge).toEqual({ count: 10, meanSeconds: 5 * 3600 });
  });

  it('answers nothing for a range that holds fewer than five readable incidents', async () => {
    const year = 2007;
    for (let n = 0; n < 4; n += 1) await seed(year, 'GREEN', 100);
    const { incidentMetrics: m } = await ok(
      service.url,
      LOSS,
      { range: rangeOf(year), loss: { amount: 1_000, currency: 'EUR' } },
      await as(['INCIDENT_MANAGER'], { clearance: 'GREEN' }),
    );
    expect(m).toEqual({
      total: null,
      bySeverity: [],
      lossBelowThreshold: { below: null, atOrAbove: null, notComparable: null },
      timeToAcknowledge: { count: null, meanSeconds: null },
    });
  });
});
