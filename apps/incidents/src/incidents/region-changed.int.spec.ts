import { startTestSubgraph } from '@csirt/testing';
import { as, incidentsWithoutConsumer, ok, openIncident, type Service } from '../testing/fixtures';

const UPDATE = `mutation($id: ID!, $input: UpdateIncidentInput!) { updateIncident(id: $id, input: $input) { id region constituencyId } }`;

// Teams keeps the incident's region (the response team's security officer must be from it):
// every change of region or constituency is announced; other updates are not.
describe('a change of where an incident happened is announced', () => {
  let service: Service;
  let handler: string;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    handler = await as(['INCIDENT_MANAGER'], { subject: 'im-region' });
  });
  afterAll(() => service?.stop());

  const regionEvents = async (id: string) =>
    (
      (await service.dependencies.dataSource.query(
        `SELECT envelope FROM messaging_outbox WHERE message_key = $1 AND envelope->>'type' = 'incidents.incident.region-changed' ORDER BY seq`,
        [id],
      )) as { envelope: any }[]
    ).map((r) => [r.envelope.tlp, r.envelope.data.region, r.envelope.data.constituencyId, r.envelope.data.changedBy]);

  it('announces a new region or constituency with both values as they now are, once per change', async () => {
    const id = await openIncident(service, { region: 'EMEA', tlp: 'AMBER', constituencyId: 'hospitals' });
    await ok(service.url, UPDATE, { id, input: { title: 'Not about where it happened' } }, handler);
    expect(await regionEvents(id)).toEqual([]);

    const moved = await ok(service.url, UPDATE, { id, input: { region: 'APAC' } }, handler);
    expect(moved.updateIncident).toEqual({ id, region: 'APAC', constituencyId: 'hospitals' });
    await ok(service.url, UPDATE, { id, input: { region: 'APAC' } }, handler); // no change, no event
    await ok(service.url, UPDATE, { id, input: { constituencyId: 'clinics' } }, handler);
    expect(await regionEvents(id)).toEqual([
      ['AMBER', 'APAC', 'hospitals', 'im-region'],
      ['AMBER', 'APAC', 'clinics', 'im-region'],
    ]);
  });
});
