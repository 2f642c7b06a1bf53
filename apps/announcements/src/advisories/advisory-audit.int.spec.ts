import { randomUUID } from 'node:crypto';
import { AUDIT_TOPICS, type AuditEntry, type EventEnvelope } from '@csirt/contracts';
import { createProducer, type Producer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { AnnouncementsContext } from '../context';
import { createAnnouncementsSubgraph } from '../subgraph';
import { AuthoringKit } from './authoring.fixtures';
import { ReleaseRecorder } from './release-recorder.fixtures';

describe('announcements audit entries (publication, withdrawal) on its own audit topic', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let audit: TopicProbe;
  let producer: Producer;
  let kit: AuthoringKit;
  let prOfficer: string;
  const kafka = testKafka('announcements-audit-spec');

  beforeAll(async () => {
    [service, audit, producer] = await Promise.all([
      startTestSubgraph(createAnnouncementsSubgraph({ releaseDelivery: () => new ReleaseRecorder() }), 'csirt_test_announcements'),
      TopicProbe.start(kafka, AUDIT_TOPICS.announcements),
      createProducer(kafka),
    ]);
    kit = new AuthoringKit(service, producer);
    prOfficer = (await kit.approver(['PR_OFFICER'])).token;
  });

  afterAll(async () => {
    await audit?.stop();
    await producer?.disconnect();
    await service?.stop();
  });

  const entriesFor = (advisoryId: string, count: number) =>
    waitFor(`${count} audit entries for ${advisoryId}`, async () => {
      const found = audit.matching((value) => value?.subject === advisoryId);
      return found.length >= count && found.map((m) => JSON.parse(m.value!.toString()) as EventEnvelope<string, AuditEntry>);
    });

  it('records the publication and the withdrawal, by whom, under the request id, labelled as the advisory', async () => {
    const publisher = await bearer(['PUBLISHER'], { subject: 'publisher-audit', clearance: 'AMBER_STRICT' });
    const id = await kit.approvedDraft(
      { kind: 'VULNERABILITY_ADVISORY', title: 'Patch the mail relays', summary: 'CVE-2026-9999.', severity: 2, tlp: 'AMBER', audience: { partnerIds: [randomUUID()] } },
      publisher,
      prOfficer,
    );
    const post = (query: string, variables: Record<string, unknown>, requestId: string) =>
      graphql(service.url, query, variables, publisher, { headers: { 'x-request-id': requestId } });
    expect((await post(`mutation($id: ID!) { publishAdvisory(id: $id) { id } }`, { id }, 'req-publish-0001')).errors).toBeUndefined();
    expect((await post(`mutation($id: ID!) { withdrawAdvisory(id: $id, reason: "superseded") { id } }`, { id }, 'req-withdraw-0001')).errors).toBeUndefined();

    const entries = await entriesFor(id, 2);
    expect(entries.map((e) => [e.data.action, e.data.requestId, e.tlp])).toEqual([
      ['PUBLISHED', 'req-publish-0001', 'AMBER'],
      ['WITHDRAWN', 'req-withdraw-0001', 'AMBER'],
    ]);
    expect(entries[0]).toMatchObject({ type: 'audit.entry.recorded', source: 'announcements' });
    expect(entries[0].data).toMatchObject({ entityType: 'Advisory', entityId: id, outcome: 'ALLOWED', actor: { subject: 'publisher-audit', roles: ['PUBLISHER'] } });
    // Ids and labels only: nothing of the advisory's text travels in the trail.
    expect(JSON.stringify(entries)).not.toContain('mail relays');
  });

  it('records nothing when the publication is refused by a rule, since nothing happened', async () => {
    const publisher = await bearer(['PUBLISHER'], { subject: 'publisher-audit-2', clearance: 'AMBER_STRICT' });
    const drafted = await graphql(
      service.url,
      `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { id } }`,
      { input: { kind: 'VULNERABILITY_ADVISORY', title: 'Internal only', summary: 'Not for partners.', severity: 2, tlp: 'AMBER_STRICT' } },
      publisher,
    );
    const id = drafted.data.draftAdvisory.id;
    const refused = await graphql(service.url, `mutation($id: ID!) { publishAdvisory(id: $id) { id } }`, { id }, publisher);
    expect(refused.errors?.[0]?.extensions?.code).toBe('ADVISORY.NOT_APPROVED');
    // A later, successful action on another record proves the probe is live before we look.
    const otherId = await kit.approvedDraft({ kind: 'VULNERABILITY_ADVISORY', title: 'Public note', summary: 'Patch.', severity: 1, tlp: 'GREEN' }, publisher, prOfficer);
    await graphql(service.url, `mutation($id: ID!) { publishAdvisory(id: $id) { id } }`, { id: otherId }, publisher);
    await entriesFor(otherId, 1);
    expect(audit.matching((value) => value?.subject === id)).toEqual([]);
  });
});
