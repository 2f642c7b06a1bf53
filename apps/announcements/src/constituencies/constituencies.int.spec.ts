import { randomUUID } from 'node:crypto';
import { TOPICS } from '@csirt/contracts';
import { createProducer, type Producer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, startTestSubgraph, testKafka } from '@csirt/testing';
import { AuthoringKit } from '../advisories/authoring.fixtures';
import type { AnnouncementsContext } from '../context';
import { NO_DELIVERY } from '../no-delivery';
import { createAnnouncementsSubgraph } from '../subgraph';

// The constituency read model follows teams.constituency.changed on the real broker; an
// advisory's audience may name only constituencies it holds.
describe('advisories address only constituencies the teams directory announced (real Kafka and Postgres)', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let producer: Producer;
  let kit: AuthoringKit;
  let publisher: string;
  const notice = { title: 'Patch your VPN', summary: 'Please patch.', body: 'Details for customers.' };
  const base = { kind: 'VULNERABILITY_ADVISORY', title: 'Patch the VPN gateways', summary: 'Exploited in the wild.', severity: 3, tlp: 'GREEN' };

  beforeAll(async () => {
    [service, producer] = await Promise.all([
      startTestSubgraph(createAnnouncementsSubgraph({ releaseDelivery: () => NO_DELIVERY }), 'csirt_test_announcements'),
      createProducer(testKafka('announcements-constituencies-spec')),
    ]);
    kit = new AuthoringKit(service, producer);
    publisher = await bearer(['PUBLISHER'], { subject: `publisher-${randomUUID().slice(0, 8)}`, clearance: 'AMBER_STRICT' });
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  const held = async (id: string) =>
    (await kit.query('SELECT name, geography FROM constituency WHERE constituency_id = $1', [id]))[0];
  const advisoriesNaming = async (id: string) =>
    (await kit.query<{ n: number }>('SELECT count(*)::int AS n FROM advisory WHERE $1 = ANY(audience_constituency_ids)', [id]))[0].n;

  it('keeps the newest description of each constituency: a late, older event changes nothing', async () => {
    const first = await kit.constituency({ name: 'Hospitals', geography: ['EMEA'], changedAt: new Date('2026-03-01T00:00:00Z') });
    const id = first.subject;
    await kit.constituency({ constituencyId: id, name: 'Hospitals', geography: ['EMEA', 'APAC'], changedAt: new Date('2026-03-02T00:00:00Z') });
    await kit.constituency({ constituencyId: id, name: 'Old name', geography: ['AMER'], changedAt: new Date('2026-03-01T12:00:00Z') });
    // A redelivery of the first event: the inbox drops it.
    await producer.send({ topic: TOPICS.teamsDirectory, messages: [{ key: id, value: JSON.stringify(first) }] });
    expect(await held(id)).toEqual({ name: 'Hospitals', geography: ['EMEA', 'APAC'] });
  });

  it('refuses a draft or an edit naming an unknown constituency, with the field, and writes nothing', async () => {
    const known = (await kit.constituency()).subject;
    const unknown = randomUUID();
    const refused = await kit.draft({ ...base, customerNotice: notice, audience: { constituencyIds: [known, unknown] } }, publisher);
    expect(errorCodes(refused)).toEqual(['ADVISORY.CONSTITUENCY_UNKNOWN']);
    expect(refused.errors?.[0].extensions?.field).toBe('input.audience.constituencyIds.1');
    expect(await advisoriesNaming(known)).toBe(0);

    const drafted = await kit.draft({ ...base, customerNotice: notice, audience: { constituencyIds: [known] } }, publisher, 'id audience { constituencyIds }');
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data.draftAdvisory.audience.constituencyIds).toEqual([known]);
    const id = drafted.data.draftAdvisory.id;
    expect(errorCodes(await kit.update(id, { audience: { constituencyIds: [known, unknown] } }, publisher))).toEqual([
      'ADVISORY.CONSTITUENCY_UNKNOWN',
    ]);
    expect(await advisoriesNaming(unknown)).toBe(0);

    // Once teams announces it, the same edit goes through.
    await kit.constituency({ constituencyId: unknown });
    const edited = await kit.update(id, { audience: { constituencyIds: [known, unknown] } }, publisher, 'audience { constituencyIds }');
    expect(edited.errors).toBeUndefined();
    expect(edited.data.updateAdvisory.audience.constituencyIds).toEqual([known, unknown]);
  });
});
