import { randomUUID } from 'node:crypto';
import { AUDIT_TOPICS, type AuditEntry, type EventEnvelope } from '@csirt/contracts';
import { graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import { as, incidentsWithoutConsumer, openIncident, type Service } from '../testing/fixtures';

describe('incidents audit entries (RED reads, label changes) on its own audit topic', () => {
  let service: Service;
  let audit: TopicProbe;
  const kafka = testKafka('incidents-audit-spec');

  beforeAll(async () => {
    [service, audit] = await Promise.all([
      startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents'),
      TopicProbe.start(kafka, AUDIT_TOPICS.incidents),
    ]);
  });

  afterAll(async () => {
    await audit?.stop();
    await service?.stop();
  });

  const entriesFor = (incidentId: string, count: number) =>
    waitFor(`${count} audit entries for ${incidentId}`, async () => {
      const found = audit.matching((value) => value?.subject === incidentId);
      return found.length >= count && found.map((m) => JSON.parse(m.value!.toString()) as EventEnvelope<string, AuditEntry>);
    });

  /** Posts an operation with a request id, as the gateway forwards it. */
  function post(query: string, variables: Record<string, unknown>, authorization: string, requestId: string) {
    return graphql(service.url, query, variables, authorization, { headers: { 'x-request-id': requestId } });
  }

  it('records a RED incident read by its responder, and records no read for a caller it is hidden from', async () => {
    const id = await openIncident(service, { tlp: 'RED' });
    const personId = randomUUID();
    await service.dependencies.dataSource.query(
      `INSERT INTO response_team_member (incident_id, person_id, team_id, role, since) VALUES ($1, $2, $3, 'FORENSICS_EXPERT', now())`,
      [id, personId, randomUUID()],
    );
    const outsider = await post(`query ($id: ID!) { incident(id: $id) { id } }`, { id }, await as(['ANALYST'], { clearance: 'RED' }), 'req-inc-read-0001');
    expect(outsider.data.incident).toBeNull();
    const responder = await as(['ANALYST'], { subject: 'responder-1', clearance: 'RED', personId });
    const read = await post(`query ($id: ID!) { incident(id: $id) { id } }`, { id }, responder, 'req-inc-read-0002');
    expect(read.data.incident).toEqual({ id });

    const entries = await entriesFor(id, 1);
    expect(entries).toHaveLength(1);
    expect(entries[0].tlp).toBe('RED');
    expect(entries[0].data).toMatchObject({ action: 'RED_READ', entityType: 'Incident', entityId: id, requestId: 'req-inc-read-0002', actor: { subject: 'responder-1', personId } });
  });

  it('records a RED incident read on a page of the incident list, once per request', async () => {
    const id = await openIncident(service, { tlp: 'RED' });
    const personId = randomUUID();
    await service.dependencies.dataSource.query(
      `INSERT INTO response_team_member (incident_id, person_id, team_id, role, since) VALUES ($1, $2, $3, 'FORENSICS_EXPERT', now())`,
      [id, personId, randomUUID()],
    );
    const responder = await as(['ANALYST'], { subject: 'responder-2', clearance: 'RED', personId });
    const page = await post(
      `query { incidents(first: 50, filter: { tlp: [RED] }) { edges { node { id } } } incident(id: "${id}") { id } }`,
      {},
      responder,
      'req-inc-list-0001',
    );
    expect(page.errors).toBeUndefined();
    expect(page.data.incidents.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(id);

    const entries = await entriesFor(id, 1);
    // Listed and fetched by id in the same request: one read, one entry.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(audit.matching((value) => value?.subject === id)).toHaveLength(1);
    expect(entries[0].data).toMatchObject({ action: 'RED_READ', entityType: 'Incident', entityId: id, requestId: 'req-inc-list-0001' });
  });

  it('records a label change made by a manager, with who and the request id, labelled with the stricter label', async () => {
    const id = await openIncident(service, { tlp: 'AMBER' });
    const manager = await as(['INCIDENT_MANAGER'], { subject: 'im-audit' });
    const res = await post(`mutation ($id: ID!, $input: UpdateIncidentInput!) { updateIncident(id: $id, input: $input) { tlp } }`, { id, input: { tlp: 'GREEN', tlpReason: 'declassified after review' } }, manager, 'req-relabel-0001');
    expect(res.errors).toBeUndefined();
    const [entry] = await entriesFor(id, 1);
    expect(entry.tlp).toBe('AMBER');
    expect(entry.data).toMatchObject({ action: 'LABEL_CHANGED', entityId: id, reason: 'AMBER->GREEN', requestId: 'req-relabel-0001', actor: { subject: 'im-audit', roles: ['INCIDENT_MANAGER'] } });
  });
});
