import type { SubgraphService } from '@csirt/service';
import { loadSigningKey } from '@csirt/csaf';
import { bearer, graphql, startTestSubgraph } from '@csirt/testing';
import * as openpgp from 'openpgp';
import type { AnnouncementsContext } from '../context';
import { announcementsSubgraph } from '../subgraph';
import { PartnerDelivery } from './partner-delivery';
import { nextRelease, releaseOf, seedDevPartner } from './spec/partner-fixtures';

const CSAF_FIELDS = 'csaf { trackingId version action tlp url document signature signingKeyFingerprint sha256 sha512 releasedAt }';

describe('Advisory.csaf: the latest document released to partners', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let delivery: PartnerDelivery;
  let publisher: string;

  beforeAll(async () => {
    service = await startTestSubgraph(announcementsSubgraph, 'csirt_test_announcements');
    const { privateKey } = await openpgp.generateKey({ type: 'ecc', curve: 'ed25519Legacy', userIDs: [{ name: 'Spec key' }], format: 'armored' });
    delivery = new PartnerDelivery({
      publisher: { name: 'Test National CSIRT', namespace: 'https://cert.example.org', category: 'coordinator' },
      baseUrl: 'https://cert.example.org/.well-known/csaf',
      signingKey: await loadSigningKey(privateKey),
    });
    publisher = await bearer(['PUBLISHER'], { subject: 'publisher-csaf', clearance: 'AMBER_STRICT' });
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
  });

  const draft = async (tlp: string) => {
    const res = await graphql(
      service.url,
      `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { id } }`,
      { input: { kind: 'VULNERABILITY_ADVISORY', title: 'Patch the VPN gateways', summary: 'CVE-2026-1234 is exploited.', severity: 3, tlp } },
      publisher,
    );
    return res.data.draftAdvisory.id as string;
  };
  const csafOf = (id: string, token: string) => graphql(service.url, `query($id: ID!) { advisory(id: $id) { id ${CSAF_FIELDS} } }`, { id }, token);

  it('is null before the first release, then the latest release exactly as signed; only for callers cleared for the advisory', async () => {
    const id = await draft('AMBER');
    expect((await csafOf(id, publisher)).data.advisory).toEqual({ id, csaf: null });

    const alpha = await seedDevPartner(service.dependencies.dataSource.manager, 'alpha');
    const first = releaseOf('AMBER', { partnerIds: [alpha.partnerId] }, { advisoryId: id });
    const revised = nextRelease(first, 'REVISED', 'Fixed version added.');
    for (const release of [first, revised]) await service.dependencies.dataSource.transaction((m) => delivery.deliver(m, release));

    const res = await csafOf(id, publisher);
    expect(res.errors).toBeUndefined();
    const [stored] = await service.dependencies.dataSource.query(`SELECT document, signature, sha256 FROM csaf_document WHERE advisory_id = $1 AND revision = 2`, [id]);
    expect(res.data.advisory.csaf).toMatchObject({
      trackingId: first.document.trackingId,
      version: 2,
      action: 'REVISED',
      tlp: 'AMBER',
      document: stored.document,
      signature: stored.signature,
      sha256: stored.sha256,
      releasedAt: revised.releasedAt.toISOString(),
    });
    expect(res.data.advisory.csaf.url).toMatch(/^https:\/\/cert\.example\.org\/\.well-known\/csaf\/amber\/\d{4}\/csirt-2026-t[0-9a-f]{8}\.json$/);

    // Not cleared for AMBER: the advisory, and so its document, does not exist for this caller.
    const greenAnalyst = await bearer(['ANALYST'], { subject: 'analyst-green', clearance: 'GREEN' });
    expect((await csafOf(id, greenAnalyst)).data.advisory).toBeNull();
    const entities = await graphql(
      service.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Advisory { id ${CSAF_FIELDS} } } }`,
      { r: [{ __typename: 'Advisory', id }] },
      greenAnalyst,
    );
    expect(entities.data._entities).toEqual([null]);
  }, 60_000);
});
