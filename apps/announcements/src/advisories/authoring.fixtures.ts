import { randomUUID } from 'node:crypto';
import type { PlatformRole } from '@csirt/auth';
import { ConstituencyChangedV1, IncidentAccessChangedV1, PersonChangedV1, TOPICS, type EventEnvelope, type Tlp } from '@csirt/contracts';
import type { Producer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, graphql, waitFor } from '@csirt/testing';
import type { AnnouncementsContext } from '../context';

/**
 * Test helpers for the authoring specs: the other services' events played on the real
 * broker (people from teams, incident access from incidents), and the workflow's mutations.
 */
export class AuthoringKit {
  constructor(
    private readonly service: SubgraphService<AnnouncementsContext>,
    private readonly producer: Producer,
  ) {}

  get url(): string {
    return this.service.url;
  }

  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.service.dependencies.dataSource.query(sql, params);
  }

  /** Sends an event on a topic and waits until this service's inbox has it. */
  async play(topic: string, envelope: EventEnvelope, key: string): Promise<void> {
    await this.producer.send({ topic, messages: [{ key, value: JSON.stringify(envelope) }] });
    await waitFor(`event ${envelope.id} to be consumed`, async () => {
      const [{ n }] = await this.query('SELECT count(*)::int AS n FROM messaging_inbox WHERE event_id = $1', [envelope.id]);
      return n === 1;
    });
  }

  /** Plays the teams service describing a person; answers the envelope (to replay it). */
  async person(person: { personId?: string; name?: string; roles: string[]; active?: boolean; changedAt?: Date }): Promise<EventEnvelope> {
    const personId = person.personId ?? randomUUID();
    const envelope: EventEnvelope = {
      id: randomUUID(),
      type: PersonChangedV1.type,
      version: 1,
      source: 'teams',
      subject: personId,
      time: new Date().toISOString(),
      tlp: 'AMBER',
      data: {
        personId,
        name: person.name ?? `Person ${personId.slice(0, 8)}`,
        email: `${personId.slice(0, 8)}@csirt.example`,
        region: null,
        roles: person.roles,
        active: person.active ?? true,
        changedAt: (person.changedAt ?? new Date()).toISOString(),
      },
    };
    await this.play(TOPICS.teamsDirectory, envelope, personId);
    return envelope;
  }

  /** Plays the teams service describing a constituency; answers the envelope (to replay it). */
  async constituency(c: { constituencyId?: string; name?: string; geography?: string[]; changedAt?: Date } = {}): Promise<EventEnvelope> {
    const constituencyId = c.constituencyId ?? randomUUID();
    const envelope: EventEnvelope = {
      id: randomUUID(),
      type: ConstituencyChangedV1.type,
      version: 1,
      source: 'teams',
      subject: constituencyId,
      time: new Date().toISOString(),
      tlp: 'GREEN',
      data: {
        constituencyId,
        name: c.name ?? `Constituency ${constituencyId.slice(0, 8)}`,
        kind: 'CUSTOMERS',
        teamId: null,
        geography: c.geography ?? ['EMEA'],
        networkProviders: [],
        organisations: [],
        targets: { triageMinutes: 60, acknowledgeMinutes: 120, containMinutes: 480, recoverMinutes: 2880 },
        changedAt: (c.changedAt ?? new Date()).toISOString(),
      },
    };
    await this.play(TOPICS.teamsDirectory, envelope, constituencyId);
    return envelope;
  }

  /** A staff member known to the people read model with `domainRoles`, and their token. */
  async approver(domainRoles: string[], options: { platformRoles?: PlatformRole[]; clearance?: Tlp; active?: boolean } = {}) {
    const envelope = await this.person({ roles: domainRoles, active: options.active });
    const personId = envelope.subject;
    const subject = `approver-${personId.slice(0, 8)}`;
    const token = await bearer(options.platformRoles ?? ['ANALYST'], { subject, personId, clearance: options.clearance ?? 'AMBER_STRICT' });
    return { personId, subject, token, envelope };
  }

  /** Plays the incidents service saying who may read an incident. */
  async grantAccess(incidentId: string, access: { tlp: Tlp; readers?: string[]; version?: number }): Promise<void> {
    const envelope: EventEnvelope = {
      id: randomUUID(),
      type: IncidentAccessChangedV1.type,
      version: 1,
      source: 'incidents',
      subject: incidentId,
      time: new Date().toISOString(),
      tlp: access.tlp,
      data: { incidentId, reference: 'INC-ACCESS', tlp: access.tlp, readers: access.readers ?? [], version: access.version ?? 1, changedAt: new Date().toISOString() },
    };
    await this.play(TOPICS.incidents, envelope, incidentId);
  }

  draft(input: Record<string, unknown>, auth: string, fields = 'id status') {
    return graphql(this.url, `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { ${fields} } }`, { input }, auth);
  }
  update(id: string, input: Record<string, unknown>, auth: string, fields = 'id status') {
    return graphql(this.url, `mutation($id: ID!, $input: UpdateAdvisoryInput!) { updateAdvisory(id: $id, input: $input) { ${fields} } }`, { id, input }, auth);
  }
  submit(id: string, auth: string, fields = 'id status') {
    return graphql(this.url, `mutation($id: ID!) { submitAdvisoryForReview(id: $id) { ${fields} } }`, { id }, auth);
  }
  approve(id: string, role: 'PR_OFFICER' | 'LEGAL_COUNSEL', auth: string, comment?: string, fields = 'id status') {
    return graphql(
      this.url,
      `mutation($id: ID!, $role: ApprovalRole!, $comment: String) { approveAdvisory(id: $id, role: $role, comment: $comment) { ${fields} } }`,
      { id, role, comment },
      auth,
    );
  }
  publish(id: string, auth: string, fields = 'id status') {
    return graphql(this.url, `mutation($id: ID!) { publishAdvisory(id: $id) { ${fields} } }`, { id }, auth);
  }
  revise(id: string, summary: string, auth: string, fields = 'id status') {
    return graphql(this.url, `mutation($id: ID!, $s: String!) { reviseAdvisory(id: $id, summary: $s) { ${fields} } }`, { id, s: summary }, auth);
  }
  withdraw(id: string, reason: string, auth: string, fields = 'id status') {
    return graphql(this.url, `mutation($id: ID!, $r: String!) { withdrawAdvisory(id: $id, reason: $r) { ${fields} } }`, { id, r: reason }, auth);
  }
  read(id: string, auth: string, fields: string) {
    return graphql(this.url, `query($id: ID!) { advisory(id: $id) { ${fields} } }`, { id }, auth);
  }

  /** Drafted (complete), submitted and approved by `prOfficer`: ready to publish. */
  async approvedDraft(input: Record<string, unknown>, publisher: string, prOfficer: string): Promise<string> {
    const drafted = await this.draft({ body: 'Full text.', audience: { community: true }, ...input }, publisher);
    if (drafted.errors) throw new Error(JSON.stringify(drafted.errors));
    const id = drafted.data.draftAdvisory.id;
    const submitted = await this.submit(id, publisher);
    if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
    const approved = await this.approve(id, 'PR_OFFICER', prOfficer);
    if (approved.errors) throw new Error(JSON.stringify(approved.errors));
    return id;
  }
}
