import { randomUUID } from 'node:crypto';
import {
  IncidentAccessChangedV1,
  IncidentClosedV1,
  IncidentOpenedV1,
  IncidentRegionChangedV1,
  IncidentReopenedV1,
  IncidentSeverityChangedV1,
  IncidentTlpChangedV1,
  ResponseTeamMemberAddedV1,
  ResponseTeamMemberRemovedV1,
  ResponseTeamProposedV1,
  TOPICS,
  type EventContract,
  type EventData,
  type EventEnvelope,
  type Tlp,
} from '@csirt/contracts';
import { createProducer, type Producer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, graphql, TopicProbe, testKafka, waitFor } from '@csirt/testing';
import type { TeamsContext } from '../context';
import { admin, seedPerson, startTeams, uniqueRegion } from '../test-support';

const PROPOSAL = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Incident { id
  proposedResponseTeam { id status region lead { id } candidates { role why person { id name } } }
  responseTeam { id members { role person { id } } } } } }`;

describe('incident events: the read model and the proposed response team, through real Kafka', () => {
  let service: SubgraphService<TeamsContext>;
  let url: string;
  let producer: Producer;
  let responseTeams: TopicProbe;
  const kafka = testKafka('teams-events-spec');
  const manager = () => bearer(['INCIDENT_MANAGER'], { subject: 'im-2' });
  /** What the consumer did with each event id (processed, duplicate, ...). */
  const outcomes = new Map<string, string[]>();

  beforeAll(async () => {
    // Each joins a consumer group, which takes seconds: let the joins overlap.
    [service, responseTeams, producer] = await Promise.all([
      startTeams(),
      TopicProbe.start(kafka, TOPICS.teamsResponseTeams),
      createProducer(kafka),
    ]);
    url = service.url;
    service.eventConsumer?.onOutcome((outcome, event) => {
      if (event) outcomes.set(event.id, [...(outcomes.get(event.id) ?? []), outcome]);
    });
  });

  afterAll(async () => {
    await responseTeams?.stop();
    await producer?.disconnect();
    await service?.stop();
  });

  /** Publishes another service's event onto Kafka as that service would. */
  async function publish<C extends EventContract>(
    contract: C,
    subject: string,
    data: EventData<C>,
    tlp: Tlp,
    id: string = randomUUID(),
  ) {
    const envelope: EventEnvelope = {
      id,
      type: contract.type,
      version: contract.version,
      source: 'incidents',
      subject,
      time: new Date().toISOString(),
      tlp,
      data,
    };
    await producer.send({
      topic: contract.topic,
      acks: -1,
      messages: [{ key: subject, value: JSON.stringify(envelope) }],
    });
    return envelope;
  }

  const opened = (
    incidentId: string,
    overrides: Partial<EventData<typeof IncidentOpenedV1>> = {},
  ): EventData<typeof IncidentOpenedV1> => ({
    incidentId,
    reference: `INC-${incidentId.slice(0, 8)}`,
    title: 'Compromised web server',
    severity: 3,
    tlp: 'AMBER',
    classification: { rsitClass: 'intrusions', rsitType: 'system-compromise' },
    constituencyId: null,
    region: null,
    reportIds: [],
    openedAt: new Date().toISOString(),
    ...overrides,
  });

  const proposalRows = (
    incidentId: string,
  ): Promise<
    {
      status: string;
      region: string | null;
      lead_person_id: string | null;
      candidates: { personId: string; role: string; why: string }[];
    }[]
  > =>
    service.dependencies.dataSource.query(
      'SELECT status, region, lead_person_id, candidates FROM response_team_proposal WHERE incident_id = $1',
      [incidentId],
    );
  const proposalFor = (incidentId: string) =>
    waitFor(`the proposal for ${incidentId}`, async () => (await proposalRows(incidentId))[0]);

  it('proposes the region security officer, account manager and on-call technical people with matching skills', async () => {
    const region = uniqueRegion();
    const officer = await seedPerson(url, { name: 'Olga', region, roles: ['GEO_SECURITY_OFFICER'] });
    const accountManager = await seedPerson(url, {
      name: 'Anna',
      region,
      roles: ['CUSTOMER_ACCOUNT_MANAGER'],
    });
    const matching = await seedPerson(url, {
      name: 'Fritz',
      region,
      roles: ['FORENSICS_EXPERT'],
      skills: ['intrusions'],
      onCall: true,
    });
    await seedPerson(url, {
      name: 'Off call',
      region,
      roles: ['FORENSICS_EXPERT'],
      skills: ['intrusions'],
      onCall: false,
    });
    await seedPerson(url, {
      name: 'Gone',
      region,
      roles: ['SERVICE_ENGINEER'],
      skills: ['system-compromise'],
      onCall: true,
      active: false,
    });
    await seedPerson(url, {
      name: 'Wrong skill',
      region,
      roles: ['SERVICE_ENGINEER'],
      skills: ['spam'],
      onCall: true,
    });
    await seedPerson(url, {
      name: 'Other region',
      region: uniqueRegion(),
      roles: ['SERVICE_ENGINEER'],
      skills: ['intrusions'],
      onCall: true,
    });
    const incidentId = randomUUID();

    await publish(
      IncidentOpenedV1,
      incidentId,
      opened(incidentId, { region: region.toLowerCase() }),
      'AMBER',
    );
    const proposal = await proposalFor(incidentId);
    expect(proposal).toMatchObject({ status: 'PROPOSED', region, lead_person_id: officer.id });
    expect(proposal.candidates.map((c) => [c.personId, c.role])).toEqual([
      [officer.id, 'GEO_SECURITY_OFFICER'],
      [accountManager.id, 'CUSTOMER_ACCOUNT_MANAGER'],
      [matching.id, 'FORENSICS_EXPERT'],
    ]);
    const [incident] = await service.dependencies.dataSource.query(
      'SELECT region, tlp, severity FROM incident_ref WHERE id = $1',
      [incidentId],
    );
    expect(incident).toEqual({ region, tlp: 'AMBER', severity: 3 });

    const [message] = await waitFor('ResponseTeamProposedV1', async () => {
      const found = responseTeams.matching(
        (v) => v?.type === ResponseTeamProposedV1.type && v.data.incidentId === incidentId,
      );
      return found.length ? found : undefined;
    });
    expect(JSON.parse(message.value!.toString())).toMatchObject({
      tlp: 'AMBER',
      data: { region, candidates: proposal.candidates },
    });

    const read = await graphql(
      url,
      PROPOSAL,
      { r: [{ __typename: 'Incident', id: incidentId }] },
      await bearer(['ANALYST']),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data._entities[0]).toMatchObject({
      proposedResponseTeam: {
        status: 'PROPOSED',
        region,
        lead: { id: officer.id },
        candidates: [
          { role: 'GEO_SECURITY_OFFICER', person: { id: officer.id, name: 'Olga' } },
          { role: 'CUSTOMER_ACCOUNT_MANAGER', person: { id: accountManager.id, name: 'Anna' } },
          {
            role: 'FORENSICS_EXPERT',
            why: 'on call; skills match the incident: intrusions',
            person: { id: matching.id, name: 'Fritz' },
          },
        ],
      },
      responseTeam: null,
    });

    // A person confirms the proposal by forming the team from it.
    const members = proposal.candidates.map((c) => ({ personId: c.personId, role: c.role }));
    const formed = await graphql(
      url,
      `
        mutation ($id: ID!, $input: FormResponseTeamInput!) {
          formResponseTeam(incidentId: $id, input: $input) {
            id
          }
        }
      `,
      { id: incidentId, input: { leadPersonId: officer.id, reason: 'as proposed', members } },
      await manager(),
    );
    expect(formed.errors).toBeUndefined();
    const after = await graphql(
      url,
      PROPOSAL,
      { r: [{ __typename: 'Incident', id: incidentId }] },
      await bearer(['ANALYST']),
    );
    expect(after.data._entities[0].proposedResponseTeam.status).toBe('CONFIRMED');
    expect(after.data._entities[0].responseTeam.members).toHaveLength(3);
  });

  it('applies a redelivered event once, and a repeated incident keeps its one proposal', async () => {
    const region = uniqueRegion();
    await seedPerson(url, { region, roles: ['GEO_SECURITY_OFFICER'] });
    const incidentId = randomUUID();
    const eventId = randomUUID();
    await publish(IncidentOpenedV1, incidentId, opened(incidentId, { region }), 'GREEN', eventId);
    await publish(IncidentOpenedV1, incidentId, opened(incidentId, { region }), 'GREEN', eventId);
    const second = randomUUID();
    await publish(IncidentOpenedV1, incidentId, opened(incidentId, { region }), 'GREEN', second);
    // Same key, so one partition, in order: once the last is handled, all three were.
    await waitFor('the three deliveries to be handled', async () => outcomes.get(second)?.length === 1);
    expect(outcomes.get(eventId)).toEqual(['processed', 'duplicate']);
    expect(outcomes.get(second)).toEqual(['processed']);
    expect(await proposalRows(incidentId)).toHaveLength(1);
    await waitFor(
      'the proposed event',
      async () =>
        responseTeams.matching(
          (v) => v?.type === ResponseTeamProposedV1.type && v.data.incidentId === incidentId,
        ).length > 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      responseTeams.matching(
        (v) => v?.type === ResponseTeamProposedV1.type && v.data.incidentId === incidentId,
      ),
    ).toHaveLength(1);
  });

  it('takes the region from the constituency, adds the enterprise CSIRT contact for employees, and falls back to the worldwide manager', async () => {
    const region = uniqueRegion();
    const contact = await seedPerson(url, { region, roles: ['ENTERPRISE_CSIRT_CONTACT'] });
    await seedPerson(url, { roles: ['WORLDWIDE_SECURITY_MANAGER'], onCall: true });
    const created = await graphql(
      url,
      `
        mutation ($input: CreateConstituencyInput!) {
          createConstituency(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          name: `Employees ${region}`,
          kind: 'EMPLOYEES',
          boundaries: { geography: [region.toLowerCase()], organisations: ['Example AG'] },
          service: {
            objective: 'Protect staff',
            availability: 'business hours',
            targets: { triageMinutes: 60, acknowledgeMinutes: 60, containMinutes: 480, recoverMinutes: 2880 },
          },
        },
      },
      await admin(),
    );
    expect(created.errors).toBeUndefined();
    const incidentId = randomUUID();
    await publish(
      IncidentOpenedV1,
      incidentId,
      opened(incidentId, { constituencyId: created.data.createConstituency.id, classification: null }),
      'GREEN',
    );
    const proposal = await proposalFor(incidentId);
    expect(proposal.region).toBe(region);
    // No security officer in this region: the worldwide manager is proposed to lead.
    expect(proposal.candidates[0]).toMatchObject({
      role: 'WORLDWIDE_SECURITY_MANAGER',
      why: `no security officer for region ${region}`,
    });
    expect(proposal.lead_person_id).toBe(proposal.candidates[0].personId);
    expect(proposal.candidates).toContainEqual(
      expect.objectContaining({ personId: contact.id, role: 'ENTERPRISE_CSIRT_CONTACT' }),
    );
    // The longest-serving on-call manager is picked; it need not be this test's one, but it is one.
    const [picked] = await service.dependencies.dataSource.query('SELECT roles FROM person WHERE id = $1', [
      proposal.candidates[0].personId,
    ]);
    expect(picked.roles).toContain('WORLDWIDE_SECURITY_MANAGER');
  });

  it('follows the incident label when its severity changes, and releases everyone when it closes', async () => {
    const region = uniqueRegion();
    const officer = await seedPerson(url, { region, roles: ['GEO_SECURITY_OFFICER'] });
    const engineer = await seedPerson(url, { region, roles: ['SERVICE_ENGINEER'] });
    const incidentId = randomUUID();
    const reference = `INC-${incidentId.slice(0, 8)}`;
    await publish(IncidentOpenedV1, incidentId, opened(incidentId, { region }), 'AMBER');
    await proposalFor(incidentId);
    const form = await graphql(
      url,
      `
        mutation ($id: ID!, $input: FormResponseTeamInput!) {
          formResponseTeam(incidentId: $id, input: $input) {
            id
          }
        }
      `,
      {
        id: incidentId,
        input: {
          leadPersonId: officer.id,
          reason: 'web server',
          members: [
            { personId: officer.id, role: 'GEO_SECURITY_OFFICER' },
            { personId: engineer.id, role: 'SERVICE_ENGINEER' },
          ],
        },
      },
      await manager(),
    );
    expect(form.errors).toBeUndefined();
    const teamOf = async (authorization: string) =>
      (await graphql(url, PROPOSAL, { r: [{ __typename: 'Incident', id: incidentId }] }, authorization)).data
        ._entities[0].responseTeam;
    const outsider = await bearer(['ANALYST'], { clearance: 'RED', personId: randomUUID() });
    expect(await teamOf(outsider)).not.toBeNull();

    await publish(
      IncidentSeverityChangedV1,
      incidentId,
      {
        incidentId,
        reference,
        from: 3,
        to: 4,
        tlp: 'RED',
        changedBy: 'im',
        changedAt: new Date().toISOString(),
      },
      'RED',
    );
    await waitFor(
      'the label to become RED',
      async () =>
        (
          await service.dependencies.dataSource.query('SELECT tlp FROM incident_ref WHERE id = $1', [
            incidentId,
          ])
        )[0].tlp === 'RED',
    );
    expect(await teamOf(outsider)).toBeNull();
    expect(
      await teamOf(await bearer(['ANALYST'], { clearance: 'RED', personId: engineer.id })),
    ).not.toBeNull();

    await publish(
      IncidentClosedV1,
      incidentId,
      {
        incidentId,
        reference,
        resolution: 'server rebuilt',
        closedBy: 'im-2',
        closedAt: new Date().toISOString(),
      },
      'RED',
    );
    const removed = await waitFor('two member-removed events', async () => {
      const found = responseTeams.matching(
        (v) => v?.type === ResponseTeamMemberRemovedV1.type && v.data.incidentId === incidentId,
      );
      return found.length === 2 ? found : undefined;
    });
    expect(
      removed
        .map((m) => JSON.parse(m.value!.toString()))
        .map((e) => [e.tlp, e.data.reason, e.data.removedBy]),
    ).toEqual([
      ['RED', 'incident closed: server rebuilt', 'im-2'],
      ['RED', 'incident closed: server rebuilt', 'im-2'],
    ]);
    const [{ n }] = await service.dependencies.dataSource.query(
      'SELECT count(*)::int AS n FROM team_member m JOIN team t ON t.id = m.team_id WHERE t.incident_id = $1 AND m.left_at IS NULL',
      [incidentId],
    );
    expect(n).toBe(0);
    // Former members still see the closed incident's team, for the post-incident review.
    const formerMember = await bearer(['ANALYST'], { clearance: 'RED', personId: engineer.id });
    expect(await teamOf(formerMember)).toMatchObject({ members: [] });
    const listed = await graphql(
      url,
      `
        {
          teams(filter: { kind: VCSIRT }, first: 100) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      {},
      formerMember,
    );
    expect(listed.data.teams.edges).toContainEqual({ node: { id: form.data.formResponseTeam.id } });
    expect(await teamOf(outsider)).toBeNull();
    const add = await graphql(
      url,
      `
        mutation ($id: ID!, $input: AddResponderInput!) {
          addResponder(incidentId: $id, input: $input) {
            id
          }
        }
      `,
      { id: incidentId, input: { personId: engineer.id, role: 'SERVICE_ENGINEER', reason: 'too late' } },
      await bearer(['SECURITY_OFFICER'], { clearance: 'RED', personId: officer.id }),
    );
    expect(errorCodes(add)).toEqual(['RESPONSE_TEAM.INCIDENT_CLOSED']);
  });

  it('brings back, on reopening, the members the closure released who are still active; once, recorded and evented', async () => {
    const region = uniqueRegion();
    const officer = await seedPerson(url, { region, roles: ['GEO_SECURITY_OFFICER'] });
    const engineer = await seedPerson(url, { region, roles: ['SERVICE_ENGINEER'] });
    const leaver = await seedPerson(url, { region, roles: ['FORENSICS_EXPERT'] });
    const incidentId = randomUUID();
    const reference = `INC-${incidentId.slice(0, 8)}`;
    await publish(IncidentOpenedV1, incidentId, opened(incidentId, { region }), 'AMBER');
    await proposalFor(incidentId);
    const form = await graphql(
      url,
      `mutation ($id: ID!, $input: FormResponseTeamInput!) { formResponseTeam(incidentId: $id, input: $input) { id } }`,
      {
        id: incidentId,
        input: {
          leadPersonId: officer.id,
          reason: 'ransomware',
          members: [
            { personId: officer.id, role: 'GEO_SECURITY_OFFICER' },
            { personId: engineer.id, role: 'SERVICE_ENGINEER' },
            { personId: leaver.id, role: 'FORENSICS_EXPERT' },
          ],
        },
      },
      await manager(),
    );
    expect(form.errors).toBeUndefined();
    const current = async () =>
      (
        await service.dependencies.dataSource.query(
          `SELECT m.person_id, m.join_reason, m.added_by FROM team_member m JOIN team t ON t.id = m.team_id
            WHERE t.incident_id = $1 AND m.left_at IS NULL ORDER BY m.person_id`,
          [incidentId],
        )
      ).map((r: { person_id: string; join_reason: string; added_by: string }) => [r.person_id, r.join_reason, r.added_by]);

    await publish(
      IncidentClosedV1,
      incidentId,
      { incidentId, reference, resolution: 'restored from backup', closedBy: 'im-2', closedAt: new Date().toISOString() },
      'AMBER',
    );
    await waitFor('everyone to leave', async () => (await current()).length === 0);
    // The forensics expert leaves the organisation while the incident is closed.
    const deactivated = await graphql(
      url,
      `mutation ($id: ID!) { updatePerson(id: $id, input: { active: false }) { id active } }`,
      { id: leaver.id },
      await admin(),
    );
    expect(deactivated.errors).toBeUndefined();

    const reopen = (id: string = randomUUID()) =>
      publish(
        IncidentReopenedV1,
        incidentId,
        { incidentId, reference, to: 'CONTAINMENT', reason: 'reinfection seen', reopenedBy: 'im-3', reopenedAt: new Date().toISOString() },
        'AMBER',
        id,
      );
    const first = await reopen();
    const expected = [officer.id, engineer.id].sort().map((id) => [id, 'incident reopened: reinfection seen', 'im-3']);
    expect(await waitFor('the team to be back', async () => ((await current()).length === 2 ? current() : undefined))).toEqual(expected);
    const added = await waitFor('two member-added events', async () => {
      const found = responseTeams.matching((v) => v?.type === ResponseTeamMemberAddedV1.type && v.data.incidentId === incidentId);
      return found.length === 2 ? found : undefined;
    });
    expect(added.map((m) => JSON.parse(m.value!.toString())).map((e) => [e.tlp, e.data.personId, e.data.addedBy]).sort()).toEqual(
      [officer.id, engineer.id].sort().map((id) => ['AMBER', id, 'im-3']),
    );
    const [ref] = await service.dependencies.dataSource.query('SELECT closed_at FROM incident_ref WHERE id = $1', [incidentId]);
    expect(ref.closed_at).toBeNull();

    // A redelivery (same id) and a second reopen event (new id, incident already open) change nothing.
    await reopen(first.id);
    const second = await reopen();
    await waitFor('the second reopen to be seen', async () => outcomes.get(second.id)?.includes('processed'));
    expect(await current()).toEqual(expected);
    // The history keeps the leaving and the return.
    const [{ n }] = await service.dependencies.dataSource.query(
      'SELECT count(*)::int AS n FROM team_member m JOIN team t ON t.id = m.team_id WHERE t.incident_id = $1',
      [incidentId],
    );
    expect(n).toBe(5);
  });

  it('follows a change of the incident region into the read model and the incident response team', async () => {
    const [from, to] = [uniqueRegion(), uniqueRegion()];
    const officer = await seedPerson(url, { region: from, roles: ['GEO_SECURITY_OFFICER'] });
    const incidentId = randomUUID();
    await publish(IncidentOpenedV1, incidentId, opened(incidentId, { region: from }), 'AMBER');
    await proposalFor(incidentId);
    const form = await graphql(
      url,
      `mutation ($id: ID!, $input: FormResponseTeamInput!) { formResponseTeam(incidentId: $id, input: $input) { id region } }`,
      { id: incidentId, input: { leadPersonId: officer.id, reason: 'ddos', members: [{ personId: officer.id, role: 'GEO_SECURITY_OFFICER' }] } },
      await manager(),
    );
    expect(form.data.formResponseTeam.region).toBe(from);
    const constituencyId = randomUUID();
    await publish(
      IncidentRegionChangedV1,
      incidentId,
      {
        incidentId,
        reference: `INC-${incidentId.slice(0, 8)}`,
        region: to.toLowerCase(),
        constituencyId,
        changedBy: 'im-4',
        changedAt: new Date().toISOString(),
      },
      'AMBER',
    );
    const db = service.dependencies.dataSource;
    const ref = await waitFor('the region to follow', async () => {
      const [row] = await db.query('SELECT region, constituency_id FROM incident_ref WHERE id = $1', [incidentId]);
      return row.region === to ? row : undefined;
    });
    expect(ref.constituency_id).toBe(constituencyId);
    const [team] = await db.query('SELECT region FROM team WHERE incident_id = $1', [incidentId]);
    expect(team.region).toBe(to);
  });

  it('takes a new TLP label from tlp-changed, so the response team follows it', async () => {
    const region = uniqueRegion();
    const officer = await seedPerson(url, { region, roles: ['GEO_SECURITY_OFFICER'] });
    const incidentId = randomUUID();
    await publish(IncidentOpenedV1, incidentId, opened(incidentId, { region, tlp: 'GREEN' }), 'GREEN');
    await proposalFor(incidentId);
    await graphql(
      url,
      `
        mutation ($id: ID!, $input: FormResponseTeamInput!) {
          formResponseTeam(incidentId: $id, input: $input) {
            id
          }
        }
      `,
      {
        id: incidentId,
        input: {
          leadPersonId: officer.id,
          reason: 'phishing wave',
          members: [{ personId: officer.id, role: 'GEO_SECURITY_OFFICER' }],
        },
      },
      await manager(),
    );
    const green = await bearer(['ANALYST'], { clearance: 'GREEN' });
    const teamOf = async (authorization: string) =>
      (await graphql(url, PROPOSAL, { r: [{ __typename: 'Incident', id: incidentId }] }, authorization)).data
        ._entities[0].responseTeam;
    expect(await teamOf(green)).not.toBeNull();

    await publish(
      IncidentTlpChangedV1,
      incidentId,
      {
        incidentId,
        reference: `INC-${incidentId.slice(0, 8)}`,
        from: 'GREEN',
        to: 'AMBER',
        changedBy: 'im',
        changedAt: new Date().toISOString(),
      },
      'AMBER',
    );
    await waitFor(
      'the label to become AMBER',
      async () =>
        (
          await service.dependencies.dataSource.query('SELECT tlp FROM incident_ref WHERE id = $1', [
            incidentId,
          ])
        )[0].tlp === 'AMBER',
    );
    expect(await teamOf(green)).toBeNull();
    expect(await teamOf(await bearer(['ANALYST'], { clearance: 'AMBER' }))).not.toBeNull();
  });

  it('keeps who may read an incident from access-changed, newest version only, and lets only those readers form its team', async () => {
    const region = uniqueRegion();
    const officer = await seedPerson(url, { region, roles: ['GEO_SECURITY_OFFICER'] });
    const incidentId = randomUUID();
    const reference = `INC-${incidentId.slice(0, 8)}`;
    await publish(IncidentOpenedV1, incidentId, opened(incidentId, { region, tlp: 'RED' }), 'RED');
    await proposalFor(incidentId);
    const access = (version: number, readers: string[]) =>
      publish(
        IncidentAccessChangedV1,
        incidentId,
        { incidentId, reference, tlp: 'RED', readers, version, changedAt: new Date().toISOString() },
        'RED',
      );
    const held = async () =>
      (
        await service.dependencies.dataSource.query(
          'SELECT readers, access_version FROM incident_ref WHERE id = $1',
          [incidentId],
        )
      )[0];
    await access(2, ['so-red']);
    await waitFor('version 2', async () => (await held()).access_version === 2);
    // A late, older announcement changes nothing.
    const late = await access(1, ['someone-else']);
    await waitFor('the late event', async () => outcomes.get(late.id));
    expect(await held()).toEqual({ readers: ['so-red'], access_version: 2 });

    const form = (authorization: string) =>
      graphql(
        url,
        `
          mutation ($id: ID!, $input: FormResponseTeamInput!) {
            formResponseTeam(incidentId: $id, input: $input) {
              id
            }
          }
        `,
        {
          id: incidentId,
          input: {
            leadPersonId: officer.id,
            reason: 'exfiltration',
            members: [{ personId: officer.id, role: 'GEO_SECURITY_OFFICER' }],
          },
        },
        authorization,
      );
    // RED-cleared and naming themselves, but not a reader: the same answer as an unknown incident.
    const intruder = await bearer(['SECURITY_OFFICER'], {
      subject: 'so-intruder',
      clearance: 'RED',
      personId: officer.id,
    });
    expect(errorCodes(await form(intruder))).toEqual(['RESPONSE_TEAM.INCIDENT_UNKNOWN']);
    const reader = await bearer(['SECURITY_OFFICER'], { subject: 'so-red', clearance: 'RED' });
    expect((await form(reader)).errors).toBeUndefined();
  });
});
