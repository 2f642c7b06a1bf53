import { randomUUID } from 'node:crypto';
import { AdvisoryWorkflowChangedV1, IncidentOpenedV1, TOPICS, type EventEnvelope } from '@csirt/contracts';
import { createProducer, type Producer } from '@csirt/messaging';
import { DomainError, type SubgraphService } from '@csirt/service';
import { bearer, errorCodes, graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { AnnouncementsContext } from '../context';
import { createAnnouncementsSubgraph } from '../subgraph';
import { AuthoringKit } from './authoring.fixtures';
import { ReleaseRecorder } from './release-recorder.fixtures';

const PARTNER_A = '7b0e3a52-9d8c-4a53-8f3e-0e4c1f2a6b11';
const CONSTITUENCY = '2f1d0c6e-5b4a-4c3d-9e8f-7a6b5c4d3e2f';

describe('advisory authoring workflow on real Postgres and Kafka', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let producer: Producer;
  let probe: TopicProbe;
  let kit: AuthoringKit;
  const recorder = new ReleaseRecorder();
  const kafka = testKafka('announcements-workflow-spec');
  let publisher: string;
  let pr: Awaited<ReturnType<AuthoringKit['approver']>>;
  let legal: Awaited<ReturnType<AuthoringKit['approver']>>;

  beforeAll(async () => {
    [service, probe, producer] = await Promise.all([
      startTestSubgraph(createAnnouncementsSubgraph({ releaseDelivery: () => recorder }), 'csirt_test_announcements'),
      TopicProbe.start(kafka, TOPICS.announcements),
      createProducer(kafka),
    ]);
    kit = new AuthoringKit(service, producer);
    publisher = await bearer(['PUBLISHER'], { subject: `publisher-${randomUUID().slice(0, 8)}`, clearance: 'AMBER_STRICT' });
    [pr, legal] = await Promise.all([kit.approver(['PR_OFFICER']), kit.approver(['LEGAL_COUNSEL'])]);
    // Advisories may only address constituencies the teams directory announced.
    await kit.constituency({ constituencyId: CONSTITUENCY });
  });

  afterAll(async () => {
    await probe?.stop();
    await producer?.disconnect();
    await service?.stop();
  });

  const base = { kind: 'VULNERABILITY_ADVISORY', title: 'Patch the VPN gateways', summary: 'Exploited in the wild.', severity: 3, tlp: 'GREEN' };
  const workflowEvents = (id: string) =>
    probe
      .matching((value) => value?.subject === id && value?.type === AdvisoryWorkflowChangedV1.type)
      .map((m) => (JSON.parse(m.value!.toString()) as EventEnvelope).data as { action: string; status: string; revision: number | null });

  it('drafts, reviews, approves, publishes, revises and withdraws, handing each release to delivery with its history', async () => {
    const full = {
      ...base,
      body: 'The VPN gateways of Acme before 2.4.2 let anyone in.',
      audience: { community: true, partnerIds: [PARTNER_A], constituencyIds: [CONSTITUENCY] },
      customerNotice: { title: 'Update your VPN', summary: 'Please update.', body: 'Your provider has a fix; install it.' },
      cveIds: ['cve-2026-1234'],
      affectedProducts: [{ vendor: 'Acme', product: 'VPN gateway', affectedVersions: ['< 2.4.2'], fixedVersions: ['2.4.2'] }],
      remediations: [{ category: 'VENDOR_FIX', details: 'Upgrade to 2.4.2.', url: 'https://acme.example/fix' }],
      references: [{ url: 'https://acme.example/advisory', summary: 'Vendor advisory' }],
      credits: [{ names: ['Ada Lovelace'], organization: 'Example CERT', summary: 'found it' }, { names: ['Someone'], anonymised: true }],
    };
    const drafted = await kit.draft(full, publisher, 'id reference status cveIds audience { community partnerIds constituencyIds } customerNotice { title } credits { names anonymised } releasedRevision contentVersion');
    expect(drafted.errors).toBeUndefined();
    const advisory = drafted.data.draftAdvisory;
    expect(advisory).toMatchObject({ status: 'DRAFT', cveIds: ['CVE-2026-1234'], releasedRevision: null, contentVersion: 1, customerNotice: { title: 'Update your VPN' } });
    const id = advisory.id;

    expect((await kit.submit(id, publisher, 'status missingApprovals')).data.submitAdvisoryForReview).toEqual({ status: 'IN_REVIEW', missingApprovals: ['PR_OFFICER'] });
    expect(errorCodes(await kit.publish(id, publisher))).toEqual(['ADVISORY.NOT_APPROVED']);
    const approved = await kit.approve(id, 'PR_OFFICER', pr.token, 'Fine to go.', 'status missingApprovals');
    expect(approved.data.approveAdvisory).toEqual({ status: 'APPROVED', missingApprovals: [] });

    const published = await kit.publish(id, publisher, 'status releasedRevision publishedBy revisions { number action summary }');
    expect(published.errors).toBeUndefined();
    expect(published.data.publishAdvisory).toMatchObject({ status: 'PUBLISHED', releasedRevision: 1, revisions: [{ number: 1, action: 'PUBLISHED', summary: 'Initial release' }] });
    const [first] = recorder.of(id);
    expect(first).toMatchObject({
      action: 'PUBLISHED',
      revision: 1,
      audience: { community: true, partnerIds: [PARTNER_A], constituencyIds: [CONSTITUENCY] },
      customerNotice: { title: 'Update your VPN', summary: 'Please update.', body: 'Your provider has a fix; install it.' },
      document: {
        trackingId: advisory.reference,
        kind: 'VULNERABILITY_ADVISORY',
        title: 'Patch the VPN gateways',
        body: full.body,
        tlp: 'GREEN',
        cveIds: ['CVE-2026-1234'],
        acknowledgements: [
          { attribution: 'credited', names: ['Ada Lovelace'], organization: 'Example CERT', summary: 'found it' },
          { attribution: 'anonymised', names: ['Someone'] },
        ],
        remediations: [{ category: 'vendor_fix', details: 'Upgrade to 2.4.2.', url: 'https://acme.example/fix' }],
      },
    });
    expect(first.document.revisionHistory).toHaveLength(1);

    // An edit of what is out prepares the next revision: back to DRAFT, the approval voided but kept.
    const edited = await kit.update(id, { summary: 'Exploited in the wild; a fix is out.' }, publisher, 'status releasedRevision contentVersion approvals { role voidedAt voidedReason revision contentVersion comment personId }');
    expect(edited.data.updateAdvisory).toMatchObject({ status: 'DRAFT', releasedRevision: 1, contentVersion: 2 });
    expect(edited.data.updateAdvisory.approvals).toEqual([
      expect.objectContaining({ role: 'PR_OFFICER', revision: 1, contentVersion: 1, comment: 'Fine to go.', personId: pr.personId, voidedReason: expect.stringContaining('content edited') }),
    ]);
    expect(edited.data.updateAdvisory.approvals[0].voidedAt).not.toBeNull();
    // Not again approved: the revision does not go out.
    expect(errorCodes(await kit.revise(id, 'Fix available', publisher))).toEqual(['ADVISORY.NOT_APPROVED']);
    await kit.submit(id, publisher);
    await kit.approve(id, 'PR_OFFICER', pr.token, 'Revision fine.');
    const revised = await kit.revise(id, 'Fix available', publisher, 'status releasedRevision approvals { revision voidedAt }');
    expect(revised.data.reviseAdvisory).toMatchObject({ status: 'REVISED', releasedRevision: 2 });
    expect(revised.data.reviseAdvisory.approvals.map((a: { revision: number; voidedAt: unknown }) => [a.revision, a.voidedAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);

    // A withdrawal repeats what went out (revision 2), never a revision still in draft.
    await kit.update(id, { title: 'Unapproved working title' }, publisher);
    const withdrawn = await kit.withdraw(id, 'The vendor retracted the flaw.', publisher, 'status withdrawnReason releasedRevision revisions { number action }');
    expect(withdrawn.data.withdrawAdvisory).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'The vendor retracted the flaw.', releasedRevision: 3 });
    const releases = recorder.of(id);
    expect(releases.map((r) => [r.action, r.revision])).toEqual([
      ['PUBLISHED', 1],
      ['REVISED', 2],
      ['WITHDRAWN', 3],
    ]);
    expect(releases[1].document.summary).toBe('Exploited in the wild; a fix is out.');
    expect(releases[1].document.revisionHistory.map((r) => r.summary)).toEqual(['Initial release', 'Fix available']);
    expect(releases[2].document).toMatchObject({ title: 'Patch the VPN gateways', withdrawal: { reason: 'The vendor retracted the flaw.' } });
    expect(releases[2].document.revisionHistory).toHaveLength(3);
    expect(errorCodes(await kit.update(id, { title: 'Too late' }, publisher))).toEqual(['ADVISORY.INVALID_TRANSITION']);
    expect(errorCodes(await kit.withdraw(id, 'again', publisher))).toEqual(['ADVISORY.INVALID_TRANSITION']);

    // Every step is on the internal workflow topic.
    const actions = await waitFor('the workflow events', async () => {
      const events = workflowEvents(id);
      return events.length >= 10 && events;
    });
    expect(actions.map((e) => e.action)).toEqual(['DRAFTED', 'SUBMITTED', 'APPROVED', 'PUBLISHED', 'EDITED', 'SUBMITTED', 'APPROVED', 'REVISED', 'EDITED', 'WITHDRAWN']);
    expect(actions.filter((e) => e.revision !== null).map((e) => [e.action, e.revision])).toEqual([
      ['PUBLISHED', 1],
      ['REVISED', 2],
      ['WITHDRAWN', 3],
    ]);
  });

  it('keeps the four eyes: no author of the content approves it, and one person approves once', async () => {
    // A publisher who is also a PR officer drafts: they may not approve their own text.
    const author = await kit.approver(['PR_OFFICER'], { platformRoles: ['PUBLISHER'] });
    const id = (await kit.draft({ ...base, body: 'x', audience: { community: true } }, author.token)).data.draftAdvisory.id;
    await kit.submit(id, author.token);
    expect(errorCodes(await kit.approve(id, 'PR_OFFICER', author.token))).toEqual(['ADVISORY.SELF_APPROVAL']);

    // Whoever edits becomes an author too.
    const editor = await kit.approver(['PR_OFFICER'], { platformRoles: ['PUBLISHER'] });
    await kit.update(id, { body: 'Edited.' }, editor.token);
    await kit.submit(id, editor.token);
    expect(errorCodes(await kit.approve(id, 'PR_OFFICER', editor.token))).toEqual(['ADVISORY.SELF_APPROVAL']);
    expect((await kit.approve(id, 'PR_OFFICER', pr.token)).data.approveAdvisory.status).toBe('APPROVED');
    expect(errorCodes(await kit.approve(id, 'PR_OFFICER', pr.token))).toEqual(['ADVISORY.INVALID_TRANSITION']);

    // One person, both roles, legally sensitive text: two approvals need two people.
    const both = await kit.approver(['PR_OFFICER', 'LEGAL_COUNSEL']);
    const sensitive = (await kit.draft({ ...base, body: 'x', audience: { community: true }, legallySensitive: true }, publisher)).data.draftAdvisory.id;
    await kit.submit(sensitive, publisher);
    expect((await kit.approve(sensitive, 'PR_OFFICER', both.token)).data.approveAdvisory.status).toBe('IN_REVIEW');
    expect(errorCodes(await kit.approve(sensitive, 'LEGAL_COUNSEL', both.token))).toEqual(['ADVISORY.ALREADY_APPROVED']);
    expect(errorCodes(await kit.approve(sensitive, 'PR_OFFICER', pr.token))).toEqual(['ADVISORY.ALREADY_APPROVED']);
  });

  it("needs legal counsel's approval as well when legally sensitive, and only then", async () => {
    const id = (await kit.draft({ ...base, body: 'x', audience: { community: true }, legallySensitive: true }, publisher)).data.draftAdvisory.id;
    await kit.submit(id, publisher);
    const afterPr = await kit.approve(id, 'PR_OFFICER', pr.token, undefined, 'status missingApprovals');
    expect(afterPr.data.approveAdvisory).toEqual({ status: 'IN_REVIEW', missingApprovals: ['LEGAL_COUNSEL'] });
    expect(errorCodes(await kit.publish(id, publisher))).toEqual(['ADVISORY.LEGAL_APPROVAL_REQUIRED']);
    // The PR officer cannot stand in for legal counsel.
    expect(errorCodes(await kit.approve(id, 'LEGAL_COUNSEL', pr.token))).toEqual(['ADVISORY.APPROVER_NOT_QUALIFIED']);
    expect((await kit.approve(id, 'LEGAL_COUNSEL', legal.token, 'Cleared by legal.')).data.approveAdvisory.status).toBe('APPROVED');
    expect((await kit.publish(id, publisher)).data.publishAdvisory.status).toBe('PUBLISHED');
    const approvals = (await kit.read(id, publisher, 'approvals { role personName approvedBy comment voidedAt }')).data.advisory.approvals;
    expect(approvals.map((a: { role: string; approvedBy: string }) => [a.role, a.approvedBy])).toEqual([
      ['PR_OFFICER', pr.subject],
      ['LEGAL_COUNSEL', legal.subject],
    ]);

    const plain = await kit.approvedDraft(base, publisher, pr.token);
    expect(errorCodes(await kit.approve(plain, 'LEGAL_COUNSEL', legal.token))).toEqual(['ADVISORY.INVALID_TRANSITION']);
    const inReview = (await kit.draft({ ...base, body: 'x', audience: { community: true } }, publisher)).data.draftAdvisory.id;
    await kit.submit(inReview, publisher);
    expect(errorCodes(await kit.approve(inReview, 'LEGAL_COUNSEL', legal.token))).toEqual(['ADVISORY.APPROVAL_NOT_NEEDED']);
  });

  it('refuses approvers the people read model does not qualify: no person, wrong role, inactive', async () => {
    const id = (await kit.draft({ ...base, body: 'x', audience: { community: true } }, publisher)).data.draftAdvisory.id;
    await kit.submit(id, publisher);
    const noPerson = await bearer(['ANALYST'], { subject: `analyst-${randomUUID().slice(0, 8)}`, clearance: 'AMBER' });
    const unknownPerson = await bearer(['ANALYST'], { subject: `analyst-${randomUUID().slice(0, 8)}`, clearance: 'AMBER', personId: randomUUID() });
    const engineer = await kit.approver(['SERVICE_ENGINEER']);
    const retired = await kit.approver(['PR_OFFICER'], { active: false });
    for (const token of [noPerson, unknownPerson, engineer.token, retired.token]) {
      expect(errorCodes(await kit.approve(id, 'PR_OFFICER', token))).toEqual(['ADVISORY.APPROVER_NOT_QUALIFIED']);
    }
    // The platform role is only the first gate: an auditor may not even ask.
    const auditor = await bearer(['AUDITOR'], { clearance: 'AMBER', personId: pr.personId });
    expect(errorCodes(await kit.approve(id, 'PR_OFFICER', auditor))).toEqual(['FORBIDDEN']);
    const [{ n }] = await kit.query('SELECT count(*)::int AS n FROM advisory_approval WHERE advisory_id = $1', [id]);
    expect(n).toBe(0);
  });

  it('keeps people idempotently, newest description wins: a deactivated PR officer can no longer approve', async () => {
    const officer = await kit.approver(['PR_OFFICER']);
    const personId = officer.personId;
    const later = new Date(Date.now() + 60_000);
    await kit.person({ personId, roles: ['PR_OFFICER'], active: false, changedAt: later });
    // An older description arriving late (or replayed) does not bring them back.
    await kit.person({ personId, roles: ['PR_OFFICER'], active: true, changedAt: new Date(Date.now() - 60_000) });
    // The same event twice is recorded once (inbox).
    await producer.send({ topic: TOPICS.teamsDirectory, messages: [{ key: personId, value: JSON.stringify(officer.envelope) }] });
    const [row] = await kit.query('SELECT active, roles FROM person WHERE person_id = $1', [personId]);
    expect(row).toEqual({ active: false, roles: ['PR_OFFICER'] });
    const [{ n }] = await kit.query('SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1', [officer.envelope.id]);
    expect(n).toBe(1);

    const id = (await kit.draft({ ...base, body: 'x', audience: { community: true } }, publisher)).data.draftAdvisory.id;
    await kit.submit(id, publisher);
    expect(errorCodes(await kit.approve(id, 'PR_OFFICER', officer.token))).toEqual(['ADVISORY.APPROVER_NOT_QUALIFIED']);
    await kit.person({ personId, roles: ['PR_OFFICER'], active: true, changedAt: new Date(later.getTime() + 1_000) });
    expect((await kit.approve(id, 'PR_OFFICER', officer.token)).data.approveAdvisory.status).toBe('APPROVED');
  });

  it('refuses incomplete or badly addressed content with stable codes', async () => {
    const noBody = (await kit.draft({ ...base, audience: { community: true } }, publisher)).data.draftAdvisory.id;
    expect(errorCodes(await kit.submit(noBody, publisher))).toEqual(['ADVISORY.INCOMPLETE']);
    const nobody = (await kit.draft({ ...base, body: 'x' }, publisher)).data.draftAdvisory.id;
    expect(errorCodes(await kit.submit(nobody, publisher))).toEqual(['ADVISORY.NO_AUDIENCE']);
    const customers = (await kit.draft({ ...base, body: 'x', audience: { constituencyIds: [CONSTITUENCY] } }, publisher)).data.draftAdvisory.id;
    expect(errorCodes(await kit.submit(customers, publisher))).toEqual(['ADVISORY.CUSTOMER_NOTICE_REQUIRED']);
    expect((await kit.update(customers, { customerNotice: { title: 'For customers', summary: 's', body: 'b' } }, publisher)).errors).toBeUndefined();
    expect((await kit.submit(customers, publisher)).data.submitAdvisoryForReview.status).toBe('IN_REVIEW');

    const amberCommunity = await kit.draft({ ...base, tlp: 'AMBER', audience: { community: true } }, publisher);
    expect(errorCodes(amberCommunity)).toEqual(['ADVISORY.COMMUNITY_ABOVE_GREEN']);
    const badCve = await kit.draft({ ...base, cveIds: ['CVE-1'] }, publisher);
    expect(errorCodes(badCve)).toEqual(['ADVISORY.INVALID_INPUT']);
    expect(badCve.errors?.[0].extensions?.field).toBe('cveIds.0');
    // Raising the label of a community advisory above GREEN is refused the same way.
    const green = (await kit.draft({ ...base, audience: { community: true } }, publisher)).data.draftAdvisory.id;
    expect(errorCodes(await kit.update(green, { tlp: 'AMBER' }, publisher))).toEqual(['ADVISORY.COMMUNITY_ABOVE_GREEN']);
    // Named partners may receive AMBER+STRICT.
    const strict = await kit.draft({ ...base, tlp: 'AMBER_STRICT', body: 'x', audience: { partnerIds: [PARTNER_A] } }, publisher);
    expect(strict.errors).toBeUndefined();
  });

  it('enforces the order of steps', async () => {
    const id = (await kit.draft({ ...base, body: 'x', audience: { community: true } }, publisher)).data.draftAdvisory.id;
    expect(errorCodes(await kit.approve(id, 'PR_OFFICER', pr.token))).toEqual(['ADVISORY.INVALID_TRANSITION']);
    expect(errorCodes(await kit.revise(id, 'nothing out yet', publisher))).toEqual(['ADVISORY.INVALID_TRANSITION']);
    expect(errorCodes(await kit.withdraw(id, 'nothing out yet', publisher))).toEqual(['ADVISORY.INVALID_TRANSITION']);
    await kit.submit(id, publisher);
    expect(errorCodes(await kit.submit(id, publisher))).toEqual(['ADVISORY.INVALID_TRANSITION']);
    await kit.approve(id, 'PR_OFFICER', pr.token);
    expect((await kit.publish(id, publisher)).data.publishAdvisory.status).toBe('PUBLISHED');
    expect(errorCodes(await kit.publish(id, publisher))).toEqual(['ADVISORY.INVALID_TRANSITION']);
    expect(errorCodes(await kit.revise(id, 'no change approved', publisher))).toEqual(['ADVISORY.INVALID_TRANSITION']);
    expect(errorCodes(await kit.revise(id, 'x', publisher))).toEqual(['ADVISORY.INVALID_INPUT']);
  });

  it('rolls the whole release back when delivery refuses it', async () => {
    const id = await kit.approvedDraft(base, publisher, pr.token);
    recorder.refuseNext(new DomainError('DELIVERY.PARTNER_CEILING', 'a partner may not receive this label'));
    expect(errorCodes(await kit.publish(id, publisher))).toEqual(['DELIVERY.PARTNER_CEILING']);
    const [row] = await kit.query('SELECT status, released_revision, published_at FROM advisory WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'APPROVED', released_revision: null, published_at: null });
    const [{ n }] = await kit.query('SELECT count(*)::int AS n FROM advisory_revision WHERE advisory_id = $1', [id]);
    expect(n).toBe(0);
    expect(recorder.of(id)).toEqual([]);
    // Once delivery accepts, it goes out as revision 1.
    expect((await kit.publish(id, publisher)).data.publishAdvisory.status).toBe('PUBLISHED');
    expect(recorder.of(id).map((r) => r.revision)).toEqual([1]);
  });

  it('lets a person edit an automatic draft and take it through review', async () => {
    const incidentId = randomUUID();
    await kit.grantAccess(incidentId, { tlp: 'AMBER' });
    const opened: EventEnvelope = {
      id: randomUUID(),
      type: IncidentOpenedV1.type,
      version: 1,
      source: 'incidents',
      subject: incidentId,
      time: new Date().toISOString(),
      tlp: 'AMBER',
      data: {
        incidentId,
        reference: 'INC-2026-00042',
        title: 'Ransomware at a hospital',
        severity: 4,
        tlp: 'AMBER',
        classification: { rsitClass: 'malicious-code', rsitType: 'infected-system' },
        constituencyId: null,
        region: 'EMEA',
        reportIds: [],
        openedAt: new Date().toISOString(),
      },
    };
    await kit.play(TOPICS.incidents, opened, incidentId);
    const [{ id }] = await kit.query('SELECT a.id FROM advisory a JOIN advisory_incident l ON l.advisory_id = a.id WHERE l.incident_id = $1', [incidentId]);
    const edited = await kit.update(id, { title: 'Hospitals: ransomware campaign', tlp: 'GREEN', audience: { community: true } }, publisher, 'status title tlp autoDrafted contentVersion incidents { id }');
    expect(edited.data.updateAdvisory).toEqual({ status: 'DRAFT', title: 'Hospitals: ransomware campaign', tlp: 'GREEN', autoDrafted: true, contentVersion: 2, incidents: [{ id: incidentId }] });
    await kit.submit(id, publisher);
    await kit.approve(id, 'PR_OFFICER', pr.token);
    expect((await kit.publish(id, publisher)).data.publishAdvisory.status).toBe('PUBLISHED');
    expect(recorder.of(id)[0].document.title).toBe('Hospitals: ransomware campaign');
  });

  it('refuses to link an incident the author may not read exactly as one that does not exist', async () => {
    const readable = randomUUID();
    const secret = randomUUID();
    const unknown = randomUUID();
    await kit.grantAccess(readable, { tlp: 'GREEN' });
    await kit.grantAccess(secret, { tlp: 'RED', readers: ['someone-else'] });
    const shape = (res: { errors?: unknown }, id: string) => JSON.stringify(res.errors).replaceAll(id, '<id>');
    const refusedSecret = await kit.draft({ ...base, incidentIds: [secret] }, publisher);
    const refusedUnknown = await kit.draft({ ...base, incidentIds: [unknown] }, publisher);
    expect(errorCodes(refusedSecret)).toEqual(['ADVISORY.INCIDENT_NOT_FOUND']);
    expect(shape(refusedSecret, secret)).toBe(shape(refusedUnknown, unknown));
    const [{ n }] = await kit.query('SELECT count(*)::int AS n FROM advisory_incident WHERE incident_id = $1', [secret]);
    expect(n).toBe(0);

    const id = (await kit.draft({ ...base, incidentIds: [readable] }, publisher, 'id incidents { id }')).data.draftAdvisory.id;
    expect(errorCodes(await kit.update(id, { incidentIds: [readable, secret] }, publisher))).toEqual(['ADVISORY.INCIDENT_NOT_FOUND']);

    // A reader of the secret incident links it; a later editor who cannot see it does not drop it.
    const insider = await bearer(['PUBLISHER'], { subject: 'someone-else', clearance: 'RED' });
    expect((await kit.update(id, { incidentIds: [readable, secret] }, insider)).errors).toBeUndefined();
    expect((await kit.update(id, { incidentIds: [readable] }, publisher, 'incidents { id }')).data.updateAdvisory.incidents).toEqual([{ id: readable }]);
    const links = await kit.query('SELECT incident_id FROM advisory_incident WHERE advisory_id = $1 ORDER BY incident_id', [id]);
    expect(links.map((l) => l.incident_id).sort()).toEqual([readable, secret].sort());
  });

  it('lets only a publisher cleared for the label edit, submit, approve or revise it, answering as for a missing one', async () => {
    const id = (await kit.draft({ ...base, tlp: 'AMBER', body: 'x', audience: { partnerIds: [PARTNER_A] } }, publisher)).data.draftAdvisory.id;
    const greenPublisher = await bearer(['PUBLISHER'], { subject: `publisher-green-${randomUUID().slice(0, 8)}`, clearance: 'GREEN' });
    const greenOfficer = await bearer(['ANALYST'], { subject: pr.subject, personId: pr.personId, clearance: 'GREEN' });
    expect(errorCodes(await kit.update(id, { title: 'Changed' }, greenPublisher))).toEqual(['ADVISORY.NOT_FOUND']);
    expect(errorCodes(await kit.submit(id, greenPublisher))).toEqual(['ADVISORY.NOT_FOUND']);
    await kit.submit(id, publisher);
    expect(errorCodes(await kit.approve(id, 'PR_OFFICER', greenOfficer))).toEqual(['ADVISORY.NOT_FOUND']);
    await kit.approve(id, 'PR_OFFICER', pr.token);
    expect(errorCodes(await kit.publish(id, greenPublisher))).toEqual(['ADVISORY.NOT_FOUND']);
    expect((await kit.publish(id, publisher)).data.publishAdvisory.status).toBe('PUBLISHED');
    expect(recorder.of(id)[0]).toMatchObject({ audience: { community: false, partnerIds: [PARTNER_A], constituencyIds: [] }, document: { tlp: 'AMBER' } });
  });

  it('takes a TLP:RED advisory to one named partner, read only by its authors and the readers it names', async () => {
    const author = await bearer(['PUBLISHER'], { subject: `publisher-red-${randomUUID().slice(0, 8)}`, clearance: 'RED' });
    const redOfficer = await kit.approver(['PR_OFFICER'], { clearance: 'RED' });
    const unnamed = await bearer(['PUBLISHER'], { subject: `publisher-unnamed-${randomUUID().slice(0, 8)}`, clearance: 'RED' });
    const title = `Red for partner A ${randomUUID()}`;
    const drafted = await kit.draft({ ...base, title, tlp: 'RED', body: 'x', audience: { partnerIds: [PARTNER_A] }, readers: [redOfficer.personId] }, author, 'id readers');
    expect(drafted.errors).toBeUndefined();
    const id = drafted.data.draftAdvisory.id;
    expect(drafted.data.draftAdvisory.readers).toEqual([redOfficer.personId]);

    // Unnamed: not found by id, not listed, cannot act on it.
    expect((await kit.read(id, unnamed, 'id')).data.advisory).toBeNull();
    const listed = async (auth: string) => {
      const res = await graphql(service.url, '{ advisories(first: 100) { edges { node { id } } } }', {}, auth);
      return res.data.advisories.edges.map((e: { node: { id: string } }) => e.node.id);
    };
    expect(await listed(unnamed)).not.toContain(id);
    expect(await listed(author)).toContain(id);
    expect(await listed(redOfficer.token)).toContain(id);
    expect(errorCodes(await kit.submit(id, unnamed))).toEqual(['ADVISORY.NOT_FOUND']);

    await kit.submit(id, author);
    // The PR officer of the whole team, not named, cannot approve what it may not read.
    expect(errorCodes(await kit.approve(id, 'PR_OFFICER', pr.token))).toEqual(['ADVISORY.NOT_FOUND']);
    expect((await kit.approve(id, 'PR_OFFICER', redOfficer.token)).data.approveAdvisory.status).toBe('APPROVED');
    expect(errorCodes(await kit.publish(id, unnamed))).toEqual(['ADVISORY.NOT_FOUND']);
    expect((await kit.publish(id, author)).data.publishAdvisory.status).toBe('PUBLISHED');
    expect(recorder.of(id)[0]).toMatchObject({ audience: { community: false, partnerIds: [PARTNER_A] }, document: { tlp: 'RED', title } });
    // RED is above the internal topic's ceiling: no workflow event carries it.
    const [{ n }] = await kit.query(`SELECT count(*)::int AS n FROM messaging_outbox WHERE message_key = $1 AND event_type = $2`, [id, AdvisoryWorkflowChangedV1.type]);
    expect(n).toBe(0);
  });
});
