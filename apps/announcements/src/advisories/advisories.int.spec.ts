import { randomUUID } from 'node:crypto';
import { AdvisoryWorkflowChangedV1, IncidentOpenedV1, TOPICS, type EventEnvelope } from '@csirt/contracts';
import { createProducer, type Producer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { AnnouncementsContext } from '../context';
import { createAnnouncementsSubgraph } from '../subgraph';
import { AuthoringKit } from './authoring.fixtures';
import { ReleaseRecorder } from './release-recorder.fixtures';

/** Advisories linked to the incident $1. */
const OF_INCIDENT = 'SELECT a.* FROM advisory a JOIN advisory_incident l ON l.advisory_id = a.id WHERE l.incident_id = $1';
const COUNT_OF_INCIDENT = 'SELECT count(*)::int AS n FROM advisory a JOIN advisory_incident l ON l.advisory_id = a.id WHERE l.incident_id = $1';
const ADVISORY_FIELDS = 'id reference kind status title severity tlp autoDrafted publishedAt incidents { id }';

describe('announcements subgraph on real Postgres and Kafka', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let probe: TopicProbe;
  let producer: Producer;
  let publisher: string;
  let kit: AuthoringKit;
  let prOfficer: string;
  const recorder = new ReleaseRecorder();
  const kafka = testKafka('announcements-spec');

  beforeAll(async () => {
    service = await startTestSubgraph(createAnnouncementsSubgraph({ releaseDelivery: () => recorder }), 'csirt_test_announcements');
    probe = await TopicProbe.start(kafka, TOPICS.announcements);
    producer = await createProducer(kafka);
    publisher = await bearer(['PUBLISHER'], { subject: 'publisher-1', clearance: 'AMBER_STRICT' });
    kit = new AuthoringKit(service, producer);
    prOfficer = (await kit.approver(['PR_OFFICER'])).token;
  });

  afterAll(async () => {
    await probe?.stop();
    await producer?.disconnect();
    await service?.stop();
  });

  const draft = (input: Record<string, unknown>, auth = publisher) =>
    graphql(service.url, `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { ${ADVISORY_FIELDS} } }`, { input }, auth);
  const validDraft = { kind: 'VULNERABILITY_ADVISORY', title: 'Patch the VPN gateways', summary: 'CVE-2026-1234 is exploited.', severity: 3, tlp: 'GREEN' };
  /** Completes, submits and has the PR officer approve a draft, so it may be published. */
  const approve = async (id: string) => {
    await kit.update(id, { body: 'Full text.', audience: { community: true } }, publisher);
    await kit.submit(id, publisher);
    const approved = await kit.approve(id, 'PR_OFFICER', prOfficer);
    expect(approved.data.approveAdvisory.status).toBe('APPROVED');
  };

  it('drafts, approves and publishes an advisory, with its internal workflow event', async () => {
    const drafted = await draft(validDraft);
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data.draftAdvisory).toMatchObject({ status: 'DRAFT', tlp: 'GREEN', autoDrafted: false, publishedAt: null });
    expect(drafted.data.draftAdvisory.reference).toMatch(/^ADV-\d{4}-\d{5}$/);
    const id = drafted.data.draftAdvisory.id;
    await approve(id);

    const published = await graphql(service.url, `mutation($id: ID!) { publishAdvisory(id: $id) { ${ADVISORY_FIELDS} } }`, { id }, publisher);
    expect(published.errors).toBeUndefined();
    expect(published.data.publishAdvisory.status).toBe('PUBLISHED');

    const [message] = await waitFor('the published event', async () => {
      const found = probe.matching((value) => value?.subject === id && value?.data?.action === 'PUBLISHED');
      return found.length > 0 && found;
    });
    const envelope = JSON.parse(message.value!.toString()) as EventEnvelope;
    expect(envelope).toMatchObject({ type: AdvisoryWorkflowChangedV1.type, version: 1, source: 'announcements', tlp: 'GREEN' });
    expect(envelope.data).toMatchObject({ advisoryId: id, title: 'Patch the VPN gateways', severity: 3, status: 'PUBLISHED', revision: 1 });
    expect(message.headers?.tlp?.toString()).toBe('GREEN');
  });

  it('refuses to publish without approval and leaves the draft as it was, releasing nothing', async () => {
    const drafted = await draft({ ...validDraft, tlp: 'AMBER_STRICT' });
    const id = drafted.data.draftAdvisory.id;
    const published = await graphql(service.url, `mutation($id: ID!) { publishAdvisory(id: $id) { id } }`, { id }, publisher);
    expect(errorCodes(published)).toEqual(['ADVISORY.NOT_APPROVED']);
    expect(published.errors?.[0].extensions?.missing).toEqual(['PR_OFFICER']);
    const again = await graphql(service.url, `query($id: ID!) { advisory(id: $id) { status releasedRevision } }`, { id }, publisher);
    expect(again.data.advisory).toEqual({ status: 'DRAFT', releasedRevision: null });
    expect(recorder.of(id)).toEqual([]);
    // AMBER+STRICT is above the internal topic's ceiling: its steps are not written there at all.
    const [{ n }] = await service.dependencies.dataSource.query('SELECT count(*)::int AS n FROM messaging_outbox WHERE message_key = $1', [id]);
    expect(n).toBe(0);
  });

  it('rejects bad input with a stable code and writes nothing', async () => {
    const title = `x${randomUUID()}`.slice(0, 2);
    const tooShort = await draft({ ...validDraft, title });
    expect(errorCodes(tooShort)).toEqual(['ADVISORY.INVALID_INPUT']);
    expect(tooShort.errors?.[0].extensions?.field).toBe('title');
    const badSeverity = await draft({ ...validDraft, severity: 7 });
    expect(errorCodes(badSeverity)).toEqual(['ADVISORY.INVALID_INPUT']);
    const badTlp = await draft({ ...validDraft, tlp: 'PURPLE' });
    expect(errorCodes(badTlp)).toEqual(['BAD_USER_INPUT']);
    const [{ n }] = await service.dependencies.dataSource.query('SELECT count(*)::int AS n FROM advisory WHERE title = $1', [title]);
    expect(n).toBe(0);
  });

  it('enforces the status flow', async () => {
    const id = (await draft(validDraft)).data.draftAdvisory.id;
    const withdrawDraft = await graphql(service.url, `mutation($id: ID!) { withdrawAdvisory(id: $id, reason: "wrong") { id } }`, { id }, publisher);
    expect(errorCodes(withdrawDraft)).toEqual(['ADVISORY.INVALID_TRANSITION']);
    await approve(id);
    await graphql(service.url, `mutation($id: ID!) { publishAdvisory(id: $id) { id } }`, { id }, publisher);
    const twice = await graphql(service.url, `mutation($id: ID!) { publishAdvisory(id: $id) { id } }`, { id }, publisher);
    expect(errorCodes(twice)).toEqual(['ADVISORY.INVALID_TRANSITION']);
    const withdrawn = await graphql(service.url, `mutation($id: ID!) { withdrawAdvisory(id: $id, reason: "superseded") { status } }`, { id }, publisher);
    expect(withdrawn.data.withdrawAdvisory.status).toBe('WITHDRAWN');
    const missing = await graphql(service.url, `mutation($id: ID!) { publishAdvisory(id: $id) { id } }`, { id: randomUUID() }, publisher);
    expect(errorCodes(missing)).toEqual(['ADVISORY.NOT_FOUND']);
  });

  it('answers ids that are not uuids as not found, never as a server error', async () => {
    const read = await graphql(service.url, `query($id: ID!) { advisory(id: $id) { id } }`, { id: 'ADV-2026-00001' }, publisher);
    expect(read.errors).toBeUndefined();
    expect(read.data.advisory).toBeNull();
    const publish = await graphql(service.url, `mutation($id: ID!) { publishAdvisory(id: $id) { id } }`, { id: 'not-a-uuid' }, publisher);
    expect(errorCodes(publish)).toEqual(['ADVISORY.NOT_FOUND']);
    const listed = await graphql(service.url, `{ advisories(filter: { incidentId: "INC-1" }) { edges { node { id } } } }`, {}, publisher);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.advisories.edges).toEqual([]);
  });

  it('checks the caller on every operation', async () => {
    const anonymous = await graphql(service.url, '{ advisories { edges { node { id } } } }');
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const reporter = await bearer(['REPORTER']);
    expect(errorCodes(await draft(validDraft, reporter))).toEqual(['FORBIDDEN']);
    const forged = await graphql(service.url, '{ advisories { edges { node { id } } } }', {}, 'Bearer not-a-token');
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
    expect(forged.status).toBe(401);
  });

  it('shows each caller only what its TLP clearance allows, in lists, by id and through _entities', async () => {
    const amber = (await draft({ ...validDraft, tlp: 'AMBER', title: 'Amber only' })).data.draftAdvisory.id;
    const green = (await draft({ ...validDraft, tlp: 'GREEN', title: 'Green for all' })).data.draftAdvisory.id;
    const greenAuditor = await bearer(['AUDITOR'], { subject: 'auditor-green', clearance: 'GREEN' });

    const list = await graphql(service.url, '{ advisories(first: 100) { edges { node { id tlp } } } }', {}, greenAuditor);
    const ids = list.data.advisories.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(green);
    expect(ids).not.toContain(amber);
    expect(list.data.advisories.edges.every((e: { node: { tlp: string } }) => ['CLEAR', 'GREEN'].includes(e.node.tlp))).toBe(true);

    const byId = await graphql(service.url, 'query($id: ID!) { advisory(id: $id) { id } }', { id: amber }, greenAuditor);
    expect(byId.data.advisory).toBeNull();

    const entities = await graphql(
      service.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Advisory { id title } } }',
      { r: [{ __typename: 'Advisory', id: amber }, { __typename: 'Advisory', id: green }] },
      greenAuditor,
    );
    expect(entities.data._entities).toEqual([null, { id: green, title: 'Green for all' }]);
  });

  it('pages through advisories with cursors, newest first, without repeats', async () => {
    const filterIncident = randomUUID();
    await kit.grantAccess(filterIncident, { tlp: 'AMBER' });
    for (let i = 0; i < 5; i += 1) await draft({ ...validDraft, title: `Paged advisory ${i}`, incidentIds: [filterIncident] });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page += 1) {
      const res: any = await graphql(
        service.url,
        'query($f: AdvisoryFilter, $after: String) { advisories(filter: $f, first: 2, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }',
        { f: { incidentId: filterIncident }, after },
        publisher,
      );
      seen.push(...res.data.advisories.edges.map((e: { node: { title: string } }) => e.node.title));
      after = res.data.advisories.pageInfo.endCursor;
      expect(res.data.advisories.pageInfo.hasNextPage).toBe(page < 2);
    }
    expect(seen).toEqual([4, 3, 2, 1, 0].map((i) => `Paged advisory ${i}`));
    const badCursor = await graphql(service.url, '{ advisories(after: "garbage") { edges { cursor } } }', {}, publisher);
    expect(errorCodes(badCursor)).toEqual(['PAGINATION.INVALID_CURSOR']);
    const tooMany = await graphql(service.url, '{ advisories(first: 1000) { edges { cursor } } }', {}, publisher);
    expect(errorCodes(tooMany)).toEqual(['PAGINATION.INVALID_PAGE_SIZE']);
  });

  async function publishIncidentOpened(severity: number, tlp = 'AMBER') {
    const incidentId = randomUUID();
    const envelope: EventEnvelope = {
      id: randomUUID(),
      type: IncidentOpenedV1.type,
      version: 1,
      source: 'incidents',
      subject: incidentId,
      time: new Date().toISOString(),
      tlp: tlp as EventEnvelope['tlp'],
      data: {
        incidentId,
        reference: 'INC-2026-00001',
        title: 'Ransomware at a hospital',
        severity,
        tlp,
        classification: { rsitClass: 'malicious-code', rsitType: 'infected-system' },
        constituencyId: null,
        region: 'EMEA',
        reportIds: [],
        openedAt: new Date().toISOString(),
      },
    };
    await producer.send({ topic: TOPICS.incidents, messages: [{ key: incidentId, value: JSON.stringify(envelope) }] });
    return { incidentId, envelope };
  }

  it('drafts one incident notification for a severe incident, even when the event comes twice', async () => {
    const { incidentId, envelope } = await publishIncidentOpened(4);
    await kit.grantAccess(incidentId, { tlp: 'AMBER' });
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Incident { id advisories { kind status autoDrafted severity tlp } } } }';
    const res = await waitFor('the notification draft', async () => {
      const r = await graphql(service.url, query, { r: [{ __typename: 'Incident', id: incidentId }] }, publisher);
      return r.data?._entities?.[0]?.advisories?.length > 0 && r;
    });
    expect(res.data._entities[0].advisories).toEqual([{ kind: 'INCIDENT_NOTIFICATION', status: 'DRAFT', autoDrafted: true, severity: 4, tlp: 'AMBER' }]);

    await producer.send({ topic: TOPICS.incidents, messages: [{ key: incidentId, value: JSON.stringify(envelope) }] });
    await waitFor('the redelivery to be recognised', () =>
      new Promise<boolean>((resolve) => {
        const stop = service.eventConsumer!.onOutcome((outcome, event) => {
          if (event?.id === envelope.id && outcome === 'duplicate') {
            stop();
            resolve(true);
          }
        });
        setTimeout(() => resolve(false), 5_000);
      }),
    );
    const [{ n }] = await service.dependencies.dataSource.query(`${COUNT_OF_INCIDENT}`, [incidentId]);
    expect(n).toBe(1);
  });

  it('drafts nothing for a minor incident', async () => {
    const minor = await publishIncidentOpened(2);
    const severe = await publishIncidentOpened(3);
    // Same partition key order is not guaranteed across keys, so wait for the severe one and then check the minor one was handled too.
    await waitFor('the severe incident draft', async () => {
      const [{ n }] = await service.dependencies.dataSource.query(`${COUNT_OF_INCIDENT}`, [severe.incidentId]);
      return n === 1;
    });
    await waitFor('the minor incident event to be consumed', async () => {
      const [{ n }] = await service.dependencies.dataSource.query('SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1', [minor.envelope.id]);
      return n === 1;
    });
    const [{ n }] = await service.dependencies.dataSource.query(`${COUNT_OF_INCIDENT}`, [minor.incidentId]);
    expect(n).toBe(0);
  });

  describe('TLP: publishing and withdrawing need clearance; errors reveal neither existence nor label', () => {
    const PUBLISH = `mutation($id: ID!) { publishAdvisory(id: $id) { id status } }`;
    const WITHDRAW = `mutation($id: ID!) { withdrawAdvisory(id: $id, reason: "superseded") { id status } }`;
    /** The errors with the id given replaced, so two answers about different ids can be compared. */
    const shape = (res: { errors?: unknown }, id: string) => JSON.stringify(res.errors).replaceAll(id, '<id>');
    const state = async (id: string) => {
      const [row] = await service.dependencies.dataSource.query('SELECT status, published_by, withdrawn_reason FROM advisory WHERE id = $1', [id]);
      const [{ n }] = await service.dependencies.dataSource.query('SELECT count(*)::int AS n FROM messaging_outbox WHERE message_key = $1', [id]);
      return { ...row, events: n };
    };

    it('a publisher not cleared for the label gets exactly the answer for a missing advisory, and nothing changes', async () => {
      const secretTitle = `Amber secret ${randomUUID()}`;
      const id = (await draft({ ...validDraft, tlp: 'AMBER', title: secretTitle })).data.draftAdvisory.id;
      await kit.update(id, { body: 'Full text.', audience: { partnerIds: [randomUUID()] } }, publisher);
      await kit.submit(id, publisher);
      await kit.approve(id, 'PR_OFFICER', prOfficer);
      const greenPublisher = await bearer(['PUBLISHER'], { subject: 'publisher-green', clearance: 'GREEN' });
      const before = await state(id);
      const missing = randomUUID();
      for (const mutation of [PUBLISH, WITHDRAW]) {
        const refused = await graphql(service.url, mutation, { id }, greenPublisher);
        const unknown = await graphql(service.url, mutation, { id: missing }, greenPublisher);
        expect(errorCodes(refused)).toEqual(['ADVISORY.NOT_FOUND']);
        expect(shape(refused, id)).toBe(shape(unknown, missing));
        expect(JSON.stringify(refused)).not.toMatch(/AMBER|Amber secret/);
      }
      expect(await state(id)).toEqual(before);

      // Cleared: published; then the uncleared publisher cannot withdraw it either.
      expect((await graphql(service.url, PUBLISH, { id }, publisher)).data.publishAdvisory.status).toBe('PUBLISHED');
      const published = await state(id);
      const refused = await graphql(service.url, WITHDRAW, { id }, greenPublisher);
      expect(shape(refused, id)).toBe(shape(await graphql(service.url, WITHDRAW, { id: missing }, greenPublisher), missing));
      expect(await state(id)).toEqual(published);
      expect((await graphql(service.url, WITHDRAW, { id }, publisher)).data.withdrawAdvisory.status).toBe('WITHDRAWN');
    });

    it('a publisher may not draft beyond its own clearance; the author of a RED draft is its named reader', async () => {
      const greenPublisher = await bearer(['PUBLISHER'], { subject: 'publisher-green', clearance: 'GREEN' });
      const title = `Beyond clearance ${randomUUID()}`;
      expect(errorCodes(await draft({ ...validDraft, title, tlp: 'AMBER' }, greenPublisher))).toEqual(['ADVISORY.TLP_NOT_CLEARED']);
      expect(errorCodes(await draft({ ...validDraft, title, tlp: 'RED' }, publisher))).toEqual(['ADVISORY.TLP_NOT_CLEARED']);
      const [{ n }] = await service.dependencies.dataSource.query('SELECT count(*)::int AS n FROM advisory WHERE title = $1', [title]);
      expect(n).toBe(0);
      const redPublisher = await bearer(['PUBLISHER'], { subject: `publisher-red-${randomUUID()}`, clearance: 'RED' });
      const red = await draft({ ...validDraft, title, tlp: 'RED' }, redPublisher);
      expect(red.errors).toBeUndefined();
      // Cleared for RED is not enough to read it: one must be named.
      const otherRed = await bearer(['AUDITOR'], { subject: `auditor-red-${randomUUID()}`, clearance: 'RED' });
      expect((await graphql(service.url, 'query($id: ID!) { advisory(id: $id) { id } }', { id: red.data.draftAdvisory.id }, otherRed)).data.advisory).toBeNull();
    });
  });

  describe('TLP: an advisory never reveals the id of an incident its reader may not read', () => {
    const FIELDS = 'id incidents { id }';
    const ONE = `query($id: ID!) { advisory(id: $id) { ${FIELDS} } }`;
    const BY_INCIDENT = `query($i: ID!) { advisories(filter: { incidentId: $i }) { edges { node { ${FIELDS} } } } }`;
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Advisory { ${FIELDS} } ... on Incident { id advisories { ${FIELDS} } } } }`;

    /** Everything a caller can see of the advisory and of its incident, through every way out. */
    async function seenBy(auth: string, advisoryId: string, incidentId: string) {
      const one = (await graphql(service.url, ONE, { id: advisoryId }, auth)).data.advisory;
      const byIncident = (await graphql(service.url, BY_INCIDENT, { i: incidentId }, auth)).data.advisories.edges.map((e: any) => e.node);
      const reps = [
        { __typename: 'Advisory', id: advisoryId },
        { __typename: 'Incident', id: incidentId },
      ];
      const entities = (await graphql(service.url, ENTITIES, { r: reps }, auth)).data._entities;
      return { one, byIncident, entities };
    }
    const hidden = (advisoryId: string, incidentId: string) => ({
      one: { id: advisoryId, incidents: [] },
      byIncident: [],
      entities: [{ id: advisoryId, incidents: [] }, { id: incidentId, advisories: [] }],
    });
    const shown = (advisoryId: string, incidentId: string) => {
      const advisory = { id: advisoryId, incidents: [{ id: incidentId }] };
      return { one: advisory, byIncident: [advisory], entities: [advisory, { id: incidentId, advisories: [advisory] }] };
    };

    it('a RED incident shows only to its named readers; the GREEN advisory stays readable', async () => {
      const incidentId = randomUUID();
      const greenAuditor = await bearer(['AUDITOR'], { subject: `auditor-${randomUUID()}`, clearance: 'GREEN' });
      const redOutsider = await bearer(['AUDITOR'], { subject: `auditor-${randomUUID()}`, clearance: 'RED' });
      const redAdmin = await bearer(['ADMIN'], { subject: `admin-${randomUUID()}`, clearance: 'RED' });
      const readerSubject = `reader-${randomUUID()}`;
      const readerPerson = `person-${randomUUID()}`;
      const bySubject = await bearer(['PUBLISHER'], { subject: readerSubject, clearance: 'RED' });
      const byPerson = await bearer(['INCIDENT_MANAGER'], { subject: `im-${randomUUID()}`, clearance: 'RED', personId: readerPerson });

      await kit.grantAccess(incidentId, { tlp: 'RED', readers: [readerSubject, readerPerson], version: 1 });
      // Only a reader of the incident may link it (see advisory-workflow.int.spec.ts).
      const advisoryId = (await draft({ ...validDraft, tlp: 'GREEN', incidentIds: [incidentId] }, bySubject)).data.draftAdvisory.id;
      for (const auth of [publisher, greenAuditor, redOutsider, redAdmin]) {
        expect(await seenBy(auth, advisoryId, incidentId)).toEqual(hidden(advisoryId, incidentId));
      }
      for (const auth of [bySubject, byPerson]) expect(await seenBy(auth, advisoryId, incidentId)).toEqual(shown(advisoryId, incidentId));

      // A late, older access event changes nothing; a newer one replaces it.
      await kit.grantAccess(incidentId, { tlp: 'GREEN', version: 0 });
      expect(await seenBy(greenAuditor, advisoryId, incidentId)).toEqual(hidden(advisoryId, incidentId));
      await kit.grantAccess(incidentId, { tlp: 'GREEN', version: 2 });
      expect(await seenBy(greenAuditor, advisoryId, incidentId)).toEqual(shown(advisoryId, incidentId));
    });

    it("raising an incident's label raises its automatic notification draft with it, never a person's draft", async () => {
      const { incidentId } = await publishIncidentOpened(4, 'GREEN');
      await kit.grantAccess(incidentId, { tlp: 'GREEN', version: 1 });
      const manual = (await draft({ ...validDraft, tlp: 'GREEN', incidentIds: [incidentId] })).data.draftAdvisory.id;
      await waitFor('the notification draft', async () => {
        const [{ n }] = await service.dependencies.dataSource.query(`${OF_INCIDENT} AND source_event_id IS NOT NULL`.replace('SELECT a.*', 'SELECT count(*)::int AS n'), [incidentId]);
        return n === 1;
      });
      // An automatic draft a person has already edited is theirs now: it keeps its label.
      const edited = (await draft({ ...validDraft, tlp: 'GREEN', incidentIds: [incidentId] })).data.draftAdvisory.id;
      await service.dependencies.dataSource.query(`UPDATE advisory SET source_event_id = $2, content_version = 2 WHERE id = $1`, [edited, randomUUID()]);
      await kit.grantAccess(incidentId, { tlp: 'AMBER_STRICT', version: 2 });
      const rows = await service.dependencies.dataSource.query(
        `SELECT a.id, a.tlp, a.source_event_id IS NOT NULL AND a.content_version = 1 AS auto FROM advisory a JOIN advisory_incident l ON l.advisory_id = a.id WHERE l.incident_id = $1 AND a.id <> $2 ORDER BY auto`,
        [incidentId, edited],
      );
      expect(rows.map((r: any) => [r.auto, r.tlp])).toEqual([
        [false, 'GREEN'],
        [true, 'AMBER_STRICT'],
      ]);
      expect(rows[0].id).toBe(manual);
      // Lowering the incident's label later does not lower the draft: a person decides that.
      const [{ tlp: editedTlp }] = await service.dependencies.dataSource.query('SELECT tlp FROM advisory WHERE id = $1', [edited]);
      expect(editedTlp).toBe('GREEN');
      // Raised to RED, the unedited notification is read by the incident's readers, named.
      const named = `reader-${randomUUID()}`;
      await kit.grantAccess(incidentId, { tlp: 'RED', readers: [named], version: 3 });
      const [red] = await service.dependencies.dataSource.query(`${OF_INCIDENT} AND source_event_id IS NOT NULL AND content_version = 1`, [incidentId]);
      expect([red.tlp, red.readers]).toEqual(['RED', [named]]);
      const namedPublisher = await bearer(['PUBLISHER'], { subject: named, clearance: 'RED' });
      expect((await graphql(service.url, 'query($id: ID!) { advisory(id: $id) { id } }', { id: red.id }, namedPublisher)).data.advisory).toEqual({ id: red.id });
      await kit.grantAccess(incidentId, { tlp: 'GREEN', version: 4 });
      const [auto] = await service.dependencies.dataSource.query(`${OF_INCIDENT} AND source_event_id IS NOT NULL AND content_version = 1`, [incidentId]);
      expect(auto.tlp).toBe('RED');
    });
  });
});
