import { randomBytes } from 'node:crypto';
import type { CsafSigningKey } from '@csirt/csaf';
import type { SubgraphService } from '@csirt/service';
import {
  bearer,
  createTestSigningKey,
  errorCodes,
  graphql,
  insertCsafRelease,
  insertPartnerAgreement,
  startTestSubgraph,
  type SqlQuery,
  type TestPartner,
} from '@csirt/testing';
import type { AnnouncementsContext } from '../context';
import { announcementsSubgraph } from '../subgraph';

const ACKNOWLEDGE = `mutation($trackingId: String!, $version: Int) {
  acknowledgeAdvisory(trackingId: $trackingId, version: $version) { trackingId version firstAcknowledgedAt acknowledgedAt latestVersion }
}`;
const RECEIPTS = `query($id: ID!) { advisory(id: $id) { id acknowledgements {
  partner { id } partnerCode acknowledged upToDate firstAcknowledgedAt acknowledgedVersion acknowledgedAt waitingSince
} } }`;

/** Read receipts on real Postgres: partners acknowledge, staff see who has and has not. */
describe('read receipts (acknowledgeAdvisory, Advisory.acknowledgements)', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let query: SqlQuery;
  let key: CsafSigningKey;
  let publisher: string;
  // Codes unique to this run: the suite shares its database with the others.
  const run = randomBytes(3).toString('hex');
  const partners: Record<string, TestPartner> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    service = await startTestSubgraph({ ...announcementsSubgraph, consumes: undefined }, 'csirt_test_announcements');
    const manager = service.dependencies.dataSource.manager;
    query = (sql, params) => manager.query(sql, params);
    key = await createTestSigningKey();
    publisher = await bearer(['PUBLISHER'], { subject: 'receipts-publisher', clearance: 'RED' });
    for (const [name, tlpCeiling, active] of [
      ['a', 'AMBER', true],
      ['b', 'AMBER', true],
      ['g', 'GREEN', true],
      ['off', 'RED', false],
    ] as const) {
      partners[name] = await insertPartnerAgreement(query, { code: `${name}-${run}`, tlpCeiling, active });
      tokens[name] = await bearer(['REPORTER'], { subject: `partner-${name}-${run}`, partnerId: `${name}-${run}`, clearance: tlpCeiling });
    }
  });

  afterAll(async () => {
    await service?.stop();
  });

  /** An advisory as authoring creates it; its releases are seeded as delivery stores them. */
  async function advisory(tlp: string): Promise<{ id: string; trackingId: string }> {
    const drafted = await graphql(
      service.url,
      `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { id reference } }`,
      { input: { kind: 'VULNERABILITY_ADVISORY', title: 'Patch the VPN gateways', summary: 'CVE-2026-1234 is exploited.', severity: 3, tlp } },
      publisher,
    );
    expect(drafted.errors).toBeUndefined();
    return { id: drafted.data.draftAdvisory.id, trackingId: drafted.data.draftAdvisory.reference };
  }
  const acknowledge = (token: string, trackingId: string, version?: number) => graphql(service.url, ACKNOWLEDGE, { trackingId, version }, token);
  const receipts = async (id: string) => {
    const response = await graphql(service.url, RECEIPTS, { id }, publisher);
    expect(response.errors).toBeUndefined();
    return response.data.advisory.acknowledgements as Array<Record<string, unknown>>;
  };

  it('records a partner’s receipt once, keeps the first time, and moves on to a newer version', async () => {
    const { id, trackingId } = await advisory('GREEN');
    const first = await insertCsafRelease(query, key, { advisoryId: id, trackingId, tlp: 'GREEN', releasedAt: new Date('2026-05-01T10:00:00Z') });

    const acknowledged = await acknowledge(tokens.a, trackingId);
    expect(acknowledged.errors).toBeUndefined();
    expect(acknowledged.data.acknowledgeAdvisory).toMatchObject({ trackingId, version: 1, latestVersion: 1 });
    const firstAt = acknowledged.data.acknowledgeAdvisory.firstAcknowledgedAt;
    expect(acknowledged.data.acknowledgeAdvisory.acknowledgedAt).toBe(firstAt);

    const again = await acknowledge(tokens.a, trackingId, 1);
    expect(again.data.acknowledgeAdvisory).toEqual(acknowledged.data.acknowledgeAdvisory);

    // A GREEN community release reached every active partner whose ceiling allows GREEN.
    expect((await receipts(id)).map((r) => [r.partnerCode, r.acknowledged, r.upToDate])).toEqual(
      expect.arrayContaining([
        [`a-${run}`, true, true],
        [`b-${run}`, false, false],
        [`g-${run}`, false, false],
      ]),
    );
    expect((await receipts(id)).map((r) => r.partnerCode)).not.toContain(`off-${run}`);

    await insertCsafRelease(query, key, { advisoryId: id, trackingId, tlp: 'GREEN', revision: 2, action: 'REVISED', releasedAt: new Date('2026-05-02T10:00:00Z') });
    const mine = async () => (await receipts(id)).find((r) => r.partnerCode === `a-${run}`);
    expect(await mine()).toMatchObject({ acknowledgedVersion: 1, upToDate: false, waitingSince: '2026-05-02T10:00:00.000Z' });
    const b = (await receipts(id)).find((r) => r.partnerCode === `b-${run}`);
    expect(b).toEqual({
      partner: { id: partners.b.partnerId },
      partnerCode: `b-${run}`,
      acknowledged: false,
      upToDate: false,
      firstAcknowledgedAt: null,
      acknowledgedVersion: null,
      acknowledgedAt: null,
      waitingSince: first.releasedAt.toISOString(),
    });

    // An older version after a newer one changes nothing; the newest is recorded.
    const newer = await acknowledge(tokens.a, trackingId);
    expect(newer.data.acknowledgeAdvisory).toMatchObject({ version: 2, latestVersion: 2, firstAcknowledgedAt: firstAt });
    expect(newer.data.acknowledgeAdvisory.acknowledgedAt > firstAt).toBe(true);
    const older = await acknowledge(tokens.a, trackingId, 1);
    expect(older.data.acknowledgeAdvisory).toEqual(newer.data.acknowledgeAdvisory);
    expect(await mine()).toMatchObject({ acknowledged: true, upToDate: true, acknowledgedVersion: 2, firstAcknowledgedAt: firstAt, waitingSince: null });
  });

  it('answers an advisory not released to the partner exactly as a missing one', async () => {
    const { id, trackingId } = await advisory('AMBER');
    await insertCsafRelease(query, key, { advisoryId: id, trackingId, tlp: 'AMBER', recipients: [`a-${run}`, `g-${run}`, `off-${run}`] });
    const missing = await acknowledge(tokens.b, `NO-SUCH-${run}`);
    expect(errorCodes(missing)).toEqual(['ADVISORY.NOT_FOUND']);
    // b is not addressed; g is, but its ceiling is GREEN; off is, but its agreement is inactive.
    for (const token of [tokens.b, tokens.g, tokens.off]) {
      const refused = await acknowledge(token, trackingId);
      expect(errorCodes(refused)).toEqual(['ADVISORY.NOT_FOUND']);
      expect(refused.errors?.[0].message).toBe(missing.errors?.[0].message.replace(`NO-SUCH-${run}`, trackingId));
    }
    // A draft never released is not there for anyone either.
    const draft = await advisory('CLEAR');
    expect(errorCodes(await acknowledge(tokens.a, draft.trackingId))).toEqual(['ADVISORY.NOT_FOUND']);

    expect(errorCodes(await acknowledge(tokens.a, trackingId))).toEqual([]);
    expect((await receipts(id)).map((r) => [r.partnerCode, r.acknowledged])).toEqual([[`a-${run}`, true]]);
    expect(await receipts(draft.id)).toEqual([]);
  });

  it('refuses callers that are not a partner, versions never released, and malformed input, with stable codes', async () => {
    const { id, trackingId } = await advisory('CLEAR');
    await insertCsafRelease(query, key, { advisoryId: id, trackingId, tlp: 'CLEAR' });
    const reporter = await bearer(['REPORTER'], { subject: 'a-constituent' });
    expect(errorCodes(await acknowledge(reporter, trackingId))).toEqual(['ACKNOWLEDGEMENT.PARTNER_TOKEN_REQUIRED']);
    expect(errorCodes(await acknowledge(publisher, trackingId))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(service.url, ACKNOWLEDGE, { trackingId }))).toEqual(['UNAUTHENTICATED']);
    const unknownPartner = await bearer(['REPORTER'], { subject: 'stranger', partnerId: `stranger-${run}` });
    expect(errorCodes(await acknowledge(unknownPartner, trackingId))).toEqual(['ADVISORY.NOT_FOUND']);
    expect(errorCodes(await acknowledge(tokens.g, trackingId, 2))).toEqual(['ACKNOWLEDGEMENT.UNKNOWN_VERSION']);
    expect(errorCodes(await acknowledge(tokens.g, trackingId, 0))).toEqual(['ACKNOWLEDGEMENT.INVALID_INPUT']);
    expect(errorCodes(await acknowledge(tokens.g, 'x'.repeat(201)))).toEqual(['ACKNOWLEDGEMENT.INVALID_INPUT']);
    // Nothing was recorded by any of these.
    expect((await receipts(id)).filter((r) => r.acknowledged)).toEqual([]);
    // Who acknowledged is the team's business: a partner token reading an advisory sees no receipts.
    const partnerPublisher = await bearer(['PUBLISHER'], { subject: 'odd-partner-publisher', partnerId: `a-${run}`, clearance: 'RED' });
    const asPartner = await graphql(service.url, RECEIPTS, { id }, partnerPublisher);
    expect(asPartner.data?.advisory?.acknowledgements ?? []).toEqual([]);
  });

  it('answers the receipts of several advisories in one response, each its own', async () => {
    const list = [await advisory('GREEN'), await advisory('GREEN'), await advisory('GREEN')];
    for (const [index, { id, trackingId }] of list.entries()) {
      await insertCsafRelease(query, key, { advisoryId: id, trackingId, tlp: 'GREEN' });
      if (index !== 1) await acknowledge(tokens.g, trackingId);
    }
    const response = await graphql(
      service.url,
      `query($a: ID!, $b: ID!, $c: ID!) {
        a: advisory(id: $a) { acknowledgements { partnerCode acknowledged } }
        b: advisory(id: $b) { acknowledgements { partnerCode acknowledged } }
        c: advisory(id: $c) { acknowledgements { partnerCode acknowledged } }
      }`,
      { a: list[0].id, b: list[1].id, c: list[2].id },
      publisher,
    );
    expect(response.errors).toBeUndefined();
    const gState = (alias: string) => response.data[alias].acknowledgements.find((r: { partnerCode: string }) => r.partnerCode === `g-${run}`).acknowledged;
    expect([gState('a'), gState('b'), gState('c')]).toEqual([true, false, true]);
  });
});
