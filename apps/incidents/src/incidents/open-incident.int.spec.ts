import { randomUUID } from 'node:crypto';
import { startTestSubgraph } from '@csirt/testing';
import { escalation, incidentsWithoutConsumer, type Service } from '../testing/fixtures';
import { applyEscalatedReport } from './escalated-report';

describe('opening by escalation, without Kafka', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
  });
  afterAll(() => service?.stop());

  it('opens one incident when the same report is escalated twice at the same time', async () => {
    const deps = service.dependencies;
    const report = escalation();
    const apply = () =>
      deps.transaction((manager) => applyEscalatedReport(manager, deps.outbox, report, randomUUID()));
    const results = await Promise.allSettled([apply(), apply()]);
    // One opens; the other either sees it (already-attached) or loses the race on the unique
    // report id and fails, which the consumer retries into already-attached.
    expect(results.filter((r) => r.status === 'fulfilled' && r.value.outcome === 'opened')).toHaveLength(1);
    const retry = await apply();
    expect(retry.outcome).toBe('already-attached');
    const incidents = await deps.dataSource.query(`SELECT id FROM incident WHERE constituency_id = $1`, [
      report.constituencyId,
    ]);
    expect(incidents).toEqual([{ id: retry.incidentId }]);
    const opened = await deps.dataSource.query(
      `SELECT count(*)::int AS n FROM messaging_outbox WHERE event_type = 'incidents.incident.opened@1' AND message_key = $1`,
      [retry.incidentId],
    );
    expect(opened[0].n).toBe(1);
  });

  it('keeps a report in one incident: escalating it to another incident changes nothing', async () => {
    const deps = service.dependencies;
    const report = escalation();
    const first = await deps.transaction((m) => applyEscalatedReport(m, deps.outbox, report, randomUUID()));
    const other = await deps.transaction((m) =>
      applyEscalatedReport(m, deps.outbox, escalation(), randomUUID()),
    );
    const again = await deps.transaction((m) =>
      applyEscalatedReport(m, deps.outbox, { ...report, incidentId: other.incidentId }, randomUUID()),
    );
    expect(again).toEqual({ outcome: 'already-attached', incidentId: first.incidentId });
    const rows = await deps.dataSource.query(
      `SELECT incident_id FROM incident_report WHERE incident_id = $1`,
      [other.incidentId],
    );
    expect(rows).toHaveLength(1);
  });
});
