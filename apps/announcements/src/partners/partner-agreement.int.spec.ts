import { randomUUID } from 'node:crypto';
import { PartnerChangedV2, TOPICS, type EventData, type EventEnvelope } from '@csirt/contracts';
import { createProducer, type Producer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { startTestSubgraph, testKafka, waitFor } from '@csirt/testing';
import type { AnnouncementsContext } from '../context';
import { announcementsSubgraph } from '../subgraph';

type PartnerChanged = EventData<typeof PartnerChangedV2>;

describe('partner agreements read model (teams.partner.changed v2 from the real broker)', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let producer: Producer;

  beforeAll(async () => {
    service = await startTestSubgraph(announcementsSubgraph, 'csirt_test_announcements');
    // admin plays the teams service, the topic's owner.
    producer = await createProducer(testKafka('partner-agreement-spec'));
  }, 60_000);

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  function changed(partnerId: string, code: string, version: number, overrides: Partial<PartnerChanged['agreement']> & { active?: boolean; changedAt?: string } = {}): PartnerChanged {
    const { active = true, changedAt = new Date(Date.UTC(2026, 0, version)).toISOString(), ...agreement } = overrides;
    return {
      partnerId,
      code,
      name: `CERT ${code}`,
      country: 'DE',
      active,
      agreement: {
        tlpCeiling: 'GREEN',
        namedRecipientCount: 0,
        permittedActions: ['CONTACT_FOR_INSTRUCTION'],
        disclosure: 'MAY_DISCLOSE',
        embargoDays: null,
        attribution: 'MAY',
        version,
        agreedAt: changedAt,
        ...agreement,
      },
      changedAt,
    };
  }

  async function publish(data: PartnerChanged, id = randomUUID()): Promise<string> {
    const envelope: EventEnvelope = {
      id,
      type: PartnerChangedV2.type,
      version: 2,
      source: 'teams',
      subject: data.partnerId,
      time: new Date().toISOString(),
      tlp: 'AMBER',
      data,
    };
    await producer.send({ topic: TOPICS.teamsDirectory, messages: [{ key: data.partnerId, value: JSON.stringify(envelope) }] });
    await waitFor(`event ${id} to be consumed`, async () => {
      const [{ n }] = await service.dependencies.dataSource.query('SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1', [id]);
      return n === 1;
    });
    return id;
  }

  const row = async (partnerId: string) =>
    (
      await service.dependencies.dataSource.query(
        `SELECT code, active, tlp_ceiling, disclosure, embargo_days, attribution, agreement_version, permitted_actions FROM partner_agreement WHERE partner_id = $1`,
        [partnerId],
      )
    )[0];

  it('records a partner’s code and agreement, follows newer versions and ignores older ones arriving late', async () => {
    const partnerId = randomUUID();
    const code = `p-${partnerId.slice(0, 8)}`;
    await publish(changed(partnerId, code, 1));
    expect(await row(partnerId)).toEqual({
      code,
      active: true,
      tlp_ceiling: 'GREEN',
      disclosure: 'MAY_DISCLOSE',
      embargo_days: null,
      attribution: 'MAY',
      agreement_version: 1,
      permitted_actions: ['CONTACT_FOR_INSTRUCTION'],
    });

    await publish(changed(partnerId, code, 3, { tlpCeiling: 'RED', namedRecipientCount: 2, disclosure: 'AFTER_EMBARGO', embargoDays: 30, attribution: 'MUST_NOT' }));
    // Version 2 arrives after version 3 (another partition, a retry): it changes nothing.
    await publish(changed(partnerId, code, 2, { tlpCeiling: 'CLEAR' }));
    expect(await row(partnerId)).toMatchObject({ tlp_ceiling: 'RED', disclosure: 'AFTER_EMBARGO', embargo_days: 30, attribution: 'MUST_NOT', agreement_version: 3 });

    // Deactivated without a new agreement: the same version, a later change.
    await publish(changed(partnerId, code, 3, { tlpCeiling: 'RED', active: false, changedAt: '2026-02-01T00:00:00.000Z', disclosure: 'AFTER_EMBARGO', embargoDays: 30 }));
    expect(await row(partnerId)).toMatchObject({ active: false, agreement_version: 3 });
  }, 60_000);

  it('applies a redelivered event once (inbox)', async () => {
    const partnerId = randomUUID();
    const code = `p-${partnerId.slice(0, 8)}`;
    const id = await publish(changed(partnerId, code, 1));
    await service.dependencies.dataSource.query(`UPDATE partner_agreement SET tlp_ceiling = 'CLEAR' WHERE partner_id = $1`, [partnerId]);
    // The same event again: the inbox recognises it, so the row is not touched.
    const data = changed(partnerId, code, 5);
    const envelope = { id, type: PartnerChangedV2.type, version: 2, source: 'teams', subject: partnerId, time: new Date().toISOString(), tlp: 'AMBER', data };
    const outcome = new Promise<string>((resolve) => {
      const stop = service.eventConsumer!.onOutcome((result, event) => {
        if (event?.id === id) {
          stop();
          resolve(result);
        }
      });
    });
    await producer.send({ topic: TOPICS.teamsDirectory, messages: [{ key: partnerId, value: JSON.stringify(envelope) }] });
    expect(await outcome).toBe('duplicate');
    expect(await row(partnerId)).toMatchObject({ tlp_ceiling: 'CLEAR', agreement_version: 1 });
  }, 60_000);
});
