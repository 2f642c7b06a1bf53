import { errorCodes, graphql, startTestSubgraph } from '@csirt/testing';
import { as, incidentsWithoutConsumer, openIncident, type Service } from '../testing/fixtures';

const TRANSITION = `mutation($id: ID!, $to: IncidentStatus!, $resolution: String, $summary: String) {
  transitionIncident(id: $id, to: $to, resolution: $resolution, publicResolutionSummary: $summary) { id status resolution publicResolutionSummary }
}`;

/** The outcome written for reporters: stored apart from the internal resolution, carried in the closed event. */
describe('incident public resolution summary', () => {
  let service: Service;
  let manager: string;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    manager = await as(['INCIDENT_MANAGER'], { subject: 'im-public-summary' });
  });
  afterAll(() => service?.stop());

  const move = (id: string, to: string, extra: Record<string, unknown> = {}) => graphql(service.url, TRANSITION, { id, to, ...extra }, manager);

  it('is set when closing, shown on the incident and carried in the closed event beside the internal resolution', async () => {
    const id = await openIncident(service, { severity: 2 });
    for (const to of ['ANALYSIS', 'POST_INCIDENT']) expect((await move(id, to)).errors).toBeUndefined();
    const closed = await move(id, 'CLOSED', { resolution: 'internal: host reimaged', summary: 'The malicious site was taken down.' });
    expect(closed.errors).toBeUndefined();
    expect(closed.data.transitionIncident).toEqual({
      id,
      status: 'CLOSED',
      resolution: 'internal: host reimaged',
      publicResolutionSummary: 'The malicious site was taken down.',
    });
    const [event] = await service.dependencies.dataSource.query(
      `SELECT envelope FROM messaging_outbox WHERE message_key = $1 AND envelope->>'type' = 'incidents.incident.closed'`,
      [id],
    );
    expect(event.envelope.data).toMatchObject({
      incidentId: id,
      resolution: 'internal: host reimaged',
      publicResolutionSummary: 'The malicious site was taken down.',
    });
  });

  it('refuses a summary over 5,000 characters with a stable code, writing nothing', async () => {
    const id = await openIncident(service, { severity: 2 });
    expect(errorCodes(await move(id, 'ANALYSIS', { summary: 'x'.repeat(5_001) }))).toEqual(['INCIDENT.INVALID_INPUT']);
    const [row] = await service.dependencies.dataSource.query(`SELECT status, public_resolution_summary FROM incident WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'OPEN', public_resolution_summary: null });
  });
});
