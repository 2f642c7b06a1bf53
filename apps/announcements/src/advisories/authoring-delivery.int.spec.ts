import { randomUUID } from 'node:crypto';
import { loadSigningKey } from '@csirt/csaf';
import { createProducer, type Producer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, startTestSubgraph, testKafka } from '@csirt/testing';
import * as openpgp from 'openpgp';
import type { AnnouncementsContext } from '../context';
import { PartnerDelivery } from '../delivery/partner-delivery';
import { seedDevPartner } from '../delivery/spec/partner-fixtures';
import { createAnnouncementsSubgraph } from '../subgraph';
import { AuthoringKit } from './authoring.fixtures';

/** The authoring workflow driving the real partner delivery, as main.ts wires it. */
describe('authoring through real partner delivery', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let producer: Producer;
  let kit: AuthoringKit;
  let publisher: string;
  let prOfficer: string;
  let prOfficerPerson: string;
  let alpha: { partnerId: string };
  let bravo: { partnerId: string };

  beforeAll(async () => {
    const { privateKey } = await openpgp.generateKey({ type: 'ecc', curve: 'ed25519Legacy', userIDs: [{ name: 'Authoring spec key' }], format: 'armored' });
    const delivery = new PartnerDelivery({
      publisher: { name: 'Test National CSIRT', namespace: 'https://cert.example.org', category: 'coordinator' },
      baseUrl: 'https://cert.example.org/.well-known/csaf',
      signingKey: await loadSigningKey(privateKey),
    });
    [service, producer] = await Promise.all([
      startTestSubgraph(createAnnouncementsSubgraph({ releaseDelivery: () => delivery }), 'csirt_test_announcements'),
      createProducer(testKafka('announcements-authoring-delivery-spec')),
    ]);
    kit = new AuthoringKit(service, producer);
    const manager = service.dependencies.dataSource.manager;
    [alpha, bravo] = [await seedDevPartner(manager, 'alpha'), await seedDevPartner(manager, 'bravo')];
    publisher = await bearer(['PUBLISHER'], { subject: `publisher-${randomUUID().slice(0, 8)}`, clearance: 'RED' });
    ({ token: prOfficer, personId: prOfficerPerson } = await kit.approver(['PR_OFFICER'], { clearance: 'RED' }));
  }, 60_000);

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  const CSAF = 'csaf { trackingId version action tlp }';

  it('publishes, revises and withdraws a RED advisory to its one partner as signed CSAF, one document per release', async () => {
    const input = { kind: 'VULNERABILITY_ADVISORY', title: 'Red for alpha only', summary: 'Exploited.', severity: 4, tlp: 'RED', audience: { partnerIds: [alpha.partnerId] }, readers: [prOfficerPerson] };
    const id = await kit.approvedDraft(input, publisher, prOfficer);
    const published = await kit.publish(id, publisher, `status reference ${CSAF}`);
    expect(published.errors).toBeUndefined();
    const { reference } = published.data.publishAdvisory;
    expect(published.data.publishAdvisory.csaf).toEqual({ trackingId: reference, version: 1, action: 'PUBLISHED', tlp: 'RED' });

    await kit.update(id, { body: 'A fix is out.' }, publisher);
    await kit.submit(id, publisher);
    await kit.approve(id, 'PR_OFFICER', prOfficer);
    expect((await kit.revise(id, 'Fix available', publisher, CSAF)).data.reviseAdvisory.csaf).toMatchObject({ version: 2, action: 'REVISED' });
    expect((await kit.withdraw(id, 'Retracted by the vendor.', publisher, CSAF)).data.withdrawAdvisory.csaf).toMatchObject({ version: 3, action: 'WITHDRAWN' });

    const documents = await kit.query('SELECT revision, action, recipients, tracking_id FROM csaf_document WHERE advisory_id = $1 ORDER BY revision', [id]);
    expect(documents).toEqual([
      { revision: 1, action: 'PUBLISHED', recipients: ['alpha'], tracking_id: reference },
      { revision: 2, action: 'REVISED', recipients: ['alpha'], tracking_id: reference },
      { revision: 3, action: 'WITHDRAWN', recipients: ['alpha'], tracking_id: reference },
    ]);
    // The signed document carries the revision history the authoring side kept.
    const [last] = await kit.query('SELECT document FROM csaf_document WHERE advisory_id = $1 AND revision = 3', [id]);
    const history = JSON.parse(last.document).document.tracking.revision_history.map((r: { summary: string }) => r.summary);
    expect(history).toEqual(['Initial release', 'Fix available', 'Withdrawn: Retracted by the vendor.']);
  }, 60_000);

  it("refuses the whole publication when a named partner's agreement does not allow the label", async () => {
    const input = { kind: 'THREAT_ALERT', title: 'Amber for bravo', summary: 'Campaign.', severity: 3, tlp: 'AMBER', audience: { partnerIds: [bravo.partnerId] } };
    const id = await kit.approvedDraft(input, publisher, prOfficer);
    expect(errorCodes(await kit.publish(id, publisher))).toEqual(['ADVISORY.PARTNER_CEILING_EXCEEDED']);
    const [row] = await kit.query('SELECT status, released_revision FROM advisory WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'APPROVED', released_revision: null });
    const [{ n }] = await kit.query('SELECT count(*)::int AS n FROM csaf_document WHERE advisory_id = $1', [id]);
    expect(n).toBe(0);
  }, 60_000);
});
