import { randomUUID } from 'node:crypto';
import { bearer, errorCodes, graphql, waitFor } from '@csirt/testing';
import { startStack, type Stack } from './support/stack';

/**
 * The platform as a frontend client sees it: one GraphQL endpoint, five processes behind
 * it, Kafka in between. Each test creates its own data.
 */
describe('the federated platform through the gateway', () => {
  let stack: Stack;
  let admin: string;
  let analyst: string;
  let manager: string;

  beforeAll(async () => {
    stack = await startStack();
    admin = await bearer(['ADMIN'], { subject: 'e2e-admin', clearance: 'AMBER_STRICT' });
    analyst = await bearer(['ANALYST', 'REPORTER'], { subject: 'e2e-analyst', clearance: 'AMBER_STRICT' });
    manager = await bearer(['INCIDENT_MANAGER', 'SECURITY_OFFICER', 'PUBLISHER'], { subject: 'e2e-manager', clearance: 'AMBER_STRICT' });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  /** `auth` null: no Authorization header at all. */
  const call = (query: string, variables: Record<string, unknown> = {}, auth: string | null = analyst) =>
    graphql(stack.gatewayUrl, query, variables, auth ?? undefined);

  /** Submits, triages and escalates a report into a new incident; returns both ids once the incident exists. */
  async function escalatedReport(
    title: string,
    severity = 3,
    region = 'EMEA',
    observables: { type: string; value: string }[] = [{ type: 'IPV4', value: '203.0.113.7' }, { type: 'DOMAIN', value: 'evil.example' }],
  ) {
    const submitted = await call(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id reference status } }`,
      {
        input: {
          channel: 'WEB_FORM',
          reporter: { name: 'Alice Reporter', email: 'alice@example.org', organisation: 'Example Hospital' },
          title,
          description: `Ransomware note found on file server (${title}).`,
          observables,
          cia: { confidentiality: true, integrity: true, availability: true },
          tlp: 'AMBER',
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    const reportId = submitted.data.submitReport.id;
    const triaged = await call(
      `mutation($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { status } }`,
      { id: reportId, input: { classification: { rsitClass: 'malicious-code', rsitType: 'infected-system' }, severity, priority: 'P1', reason: 'confirmed' } },
    );
    expect(triaged.errors).toBeUndefined();
    const escalated = await call(
      `mutation($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { status } }`,
      { id: reportId, input: { region, reason: 'needs incident handling' } },
    );
    expect(escalated.errors).toBeUndefined();
    expect(escalated.data.escalateReport.status).toBe('ESCALATED');

    const linked = await waitFor(
      'the incident to be opened and linked back to the report',
      async () => {
        const res = await call(`query($id: ID!) { report(id: $id) { id incident { id reference title status severity } } }`, { id: reportId });
        return res.data?.report?.incident ? res.data.report.incident : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    return { reportId, incident: linked as { id: string; reference: string; title: string; status: string; severity: number } };
  }

  it('refuses a caller without a valid token before touching any subgraph', async () => {
    const anonymous = await call('{ reports { edges { node { id } } } }', {}, null);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const forged = await call('{ reports { edges { node { id } } } }', {}, 'Bearer forged.token.value');
    expect(forged.status).toBe(401);
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
  });

  it('lets only the gateway call a subgraph, and never passes on a credential a client sends', async () => {
    const query = '{ reports(first: 1) { edges { node { id } } } }';
    const direct = await graphql(stack.subgraphUrl('intake'), query, {}, analyst, { asGateway: false });
    expect(direct.status).toBe(401);
    expect(errorCodes(direct)).toEqual(['UNAUTHENTICATED']);
    const sdl = await graphql(stack.subgraphUrl('teams'), '{ _service { sdl } }');
    expect(errorCodes(sdl)).toEqual(['UNAUTHENTICATED']);
    // A client-supplied credential header is replaced by the gateway's own, not forwarded.
    const withForgedHeader = await graphql(stack.gatewayUrl, query, {}, analyst, { headers: { 'x-csirt-gateway-credential': 'forged' } });
    expect(withForgedHeader.errors).toBeUndefined();
  });

  it('turns an escalated report into an incident through Kafka, and resolves Report.incident and Incident.reports both ways', async () => {
    const title = `E2E ransomware ${randomUUID().slice(0, 8)}`;
    const { reportId, incident } = await escalatedReport(title);
    expect(incident.reference).toMatch(/^INC-\d{4}-\d+$/);
    expect(incident.status).toBe('OPEN');
    expect(incident.severity).toBe(3);

    // One query, two subgraphs, in the other direction.
    const res = await call(`query($id: ID!) { incident(id: $id) { id title reports { id reference status incident { id } } } }`, { id: incident.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.incident.reports).toEqual([
      expect.objectContaining({ id: reportId, status: 'ESCALATED', incident: { id: incident.id } }),
    ]);
  });

  it('keeps the exact spelling of an escalated report’s indicators in the incident (intake → Kafka → incidents)', async () => {
    // Spelled as reporters write them: intake normalises, and incidents must not respell.
    const written = [
      { type: 'CVE', value: 'cve-2024-3094' },
      { type: 'ASN', value: 'as13335' },
      { type: 'IPV6', value: '2001:0DB8:0:0:0:0:0:1' },
      { type: 'URL', value: 'hxxps://Evil.Example[.]com/Login?x=1' },
      { type: 'DOMAIN', value: 'Evil[.]Example' },
    ];
    const { reportId, incident } = await escalatedReport(`E2E spelling ${randomUUID().slice(0, 8)}`, 3, 'EMEA', written);
    const res = await call(
      `query($r: ID!, $i: ID!) { report(id: $r) { observables { type value } } incident(id: $i) { observables { type value } } }`,
      { r: reportId, i: incident.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.report.observables).toEqual([
      { type: 'CVE', value: 'CVE-2024-3094' },
      { type: 'ASN', value: 'AS13335' },
      { type: 'IPV6', value: '2001:db8::1' },
      { type: 'URL', value: 'https://evil.example.com/Login?x=1' },
      { type: 'DOMAIN', value: 'evil.example' },
    ]);
    expect(res.data.incident.observables).toEqual(res.data.report.observables);
  });

  it('answers sightings(type, value) across intake and incidents, within what each caller may read', async () => {
    const octet = () => Math.floor(Math.random() * 256);
    const ip = `198.51.${octet()}.${octet()}`;
    const { reportId, incident } = await escalatedReport(`E2E sightings ${randomUUID().slice(0, 8)}`, 3, 'EMEA', [{ type: 'IPV4', value: ip }]);
    const green = await call(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id receivedAt } }`,
      {
        input: {
          channel: 'WEB_FORM',
          reporter: { name: 'Gina Green' },
          title: 'Scanner seen again',
          description: 'The same address scanned our web servers.',
          observables: [{ type: 'IPV4', value: ip.replace(/\./g, '[.]') }],
          cia: { confidentiality: false, integrity: false, availability: true },
          tlp: 'GREEN',
        },
      },
    );
    expect(green.errors).toBeUndefined();
    const times = await call(`query($r: ID!, $i: ID!) { report(id: $r) { receivedAt } incident(id: $i) { openedAt tlp } }`, { r: reportId, i: incident.id });
    expect(times.data.incident.tlp).toBe('AMBER');
    const { receivedAt: amberReceived } = times.data.report;
    const { openedAt } = times.data.incident;
    const greenReceived = green.data.submitReport.receivedAt;

    const sightings = `query($type: ObservableType!, $value: String!) {
      sightings(type: $type, value: $value) {
        type value firstSeen lastSeen reportsFirstSeen reportsLastSeen incidentsFirstSeen incidentsLastSeen
        reports { edges { node { id } } }
        incidents { edges { node { id reference } } }
      }
    }`;
    // Defanged: the query is normalised like a submission.
    const variables = { type: 'IPV4', value: ip.replace(/\.(\d+)$/, '[.]$1') };
    const all = await call(sightings, variables, analyst);
    expect(all.errors).toBeUndefined();
    expect(all.data.sightings).toMatchObject({
      type: 'IPV4',
      value: ip,
      reports: { edges: [{ node: { id: green.data.submitReport.id } }, { node: { id: reportId } }] },
      incidents: { edges: [{ node: { id: incident.id, reference: incident.reference } }] },
      reportsFirstSeen: amberReceived,
      reportsLastSeen: greenReceived,
      incidentsFirstSeen: openedAt,
      incidentsLastSeen: openedAt,
      firstSeen: amberReceived,
      lastSeen: [greenReceived, openedAt].sort()[1],
    });

    // A GREEN caller sees the GREEN report only: neither the AMBER report nor the AMBER incident, nor their times.
    const greenAnalyst = await bearer(['ANALYST'], { subject: 'e2e-green-analyst', clearance: 'GREEN' });
    const limited = await call(sightings, variables, greenAnalyst);
    expect(limited.errors).toBeUndefined();
    expect(limited.data.sightings).toMatchObject({
      reports: { edges: [{ node: { id: green.data.submitReport.id } }] },
      incidents: { edges: [] },
      incidentsFirstSeen: null,
      incidentsLastSeen: null,
      firstSeen: greenReceived,
      lastSeen: greenReceived,
    });

    const invalid = await call(sightings, { type: 'IPV4', value: '300.1.2.3' }, analyst);
    expect(errorCodes(invalid)).toEqual(['REPORT.INVALID_OBSERVABLE']);
  });

  it('drafts an incident notification for a severe incident, readable on the incident', async () => {
    const { incident } = await escalatedReport(`E2E severe ${randomUUID().slice(0, 8)}`, 4);
    const advisories = await waitFor(
      'the notification draft',
      async () => {
        const res = await call(`query($id: ID!) { incident(id: $id) { advisories { kind status severity } } }`, { id: incident.id }, manager);
        return res.data?.incident?.advisories?.length ? res.data.incident.advisories : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(advisories).toEqual([{ kind: 'INCIDENT_NOTIFICATION', status: 'DRAFT', severity: 4 }]);
  });

  it('forms a virtual CSIRT for an incident and reads it with each member’s roles in one query', async () => {
    const region = `E2E-${randomUUID().slice(0, 6)}`;
    const person = async (name: string, roles: string[]) => {
      const res = await call(
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        { input: { name, email: `${name.toLowerCase().replace(/\W/g, '.')}.${randomUUID().slice(0, 6)}@csirt.example`, region, roles, onCall: true } },
        admin,
      );
      expect(res.errors).toBeUndefined();
      return res.data.createPerson.id as string;
    };
    const officer = await person('Olga Officer', ['GEO_SECURITY_OFFICER']);
    const forensics = await person('Fred Forensics', ['FORENSICS_EXPERT']);
    const { incident } = await escalatedReport(`E2E vcsirt ${randomUUID().slice(0, 8)}`, 3, region);

    const formed = await waitFor(
      'teams to know the incident and accept the response team',
      async () => {
        const res = await call(
          `mutation($incidentId: ID!, $input: FormResponseTeamInput!) { formResponseTeam(incidentId: $incidentId, input: $input) { id } }`,
          {
            incidentId: incident.id,
            input: {
              leadPersonId: officer,
              members: [
                { personId: officer, role: 'GEO_SECURITY_OFFICER' },
                { personId: forensics, role: 'FORENSICS_EXPERT', reason: 'disk images' },
              ],
              reason: 'ransomware in the region',
            },
          },
          manager,
        );
        return res.errors ? undefined : res.data.formResponseTeam;
      },
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    expect(formed.id).toBeTruthy();

    const res = await call(
      `query($id: ID!) { incident(id: $id) { reference responseTeam { kind lead { id } members { role person { id name roles } } } } }`,
      { id: incident.id },
      manager,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.incident.responseTeam.kind).toBe('VCSIRT');
    expect(res.data.incident.responseTeam.lead).toEqual({ id: officer });
    const members = res.data.incident.responseTeam.members.map((m: any) => ({ role: m.role, name: m.person.name, roles: m.person.roles }));
    expect(members).toEqual(
      expect.arrayContaining([
        { role: 'GEO_SECURITY_OFFICER', name: 'Olga Officer', roles: ['GEO_SECURITY_OFFICER'] },
        { role: 'FORENSICS_EXPERT', name: 'Fred Forensics', roles: ['FORENSICS_EXPERT'] },
      ]),
    );
  });

  it('returns the first report for a retried submission and lists related reports with the reason', async () => {
    const key = `retry-${randomUUID()}`;
    const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const input = (title: string, idempotencyKey?: string) => ({
      channel: 'EMAIL',
      reporter: { name: 'Bob', email: 'bob@example.org' },
      title,
      description: 'Scanning from a single address.',
      observables: [{ type: 'IPV4', value: ip }],
      tlp: 'GREEN',
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    const submit = (vars: Record<string, unknown>) =>
      call(`mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`, { input: vars });
    const first = await submit(input('Port scan seen', key));
    const retried = await submit(input('Port scan seen', key));
    expect(retried.data.submitReport.id).toBe(first.data.submitReport.id);

    const second = await submit(input('Another port scan'));
    const res = await call(
      `query($id: ID!) { report(id: $id) { relatedReports { report { id } sharedObservables { type value } reason } } }`,
      { id: second.data.submitReport.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.report.relatedReports).toEqual([
      expect.objectContaining({ report: { id: first.data.submitReport.id }, sharedObservables: [{ type: 'IPV4', value: ip }] }),
    ]);
  });

  it('proposes a response team from the incident-opened event', async () => {
    const region = `E2P-${randomUUID().slice(0, 6)}`;
    const officer = await call(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name: 'Paula Proposed', email: `paula.${randomUUID().slice(0, 6)}@csirt.example`, region, roles: ['GEO_SECURITY_OFFICER'], onCall: true } },
      admin,
    );
    const { incident } = await escalatedReport(`E2E proposal ${randomUUID().slice(0, 8)}`, 3, region);
    const proposal = await waitFor(
      'the proposal',
      async () => {
        const res = await call(`query($id: ID!) { incident(id: $id) { proposedResponseTeam { status region lead { id name } } } }`, { id: incident.id }, manager);
        return res.data?.incident?.proposedResponseTeam ?? undefined;
      },
      { timeoutMs: 30_000, intervalMs: 300 },
    );
    expect(proposal).toEqual({ status: 'PROPOSED', region: region.toUpperCase(), lead: { id: officer.data.createPerson.id, name: 'Paula Proposed' } });
  });

  it('keeps a TLP:RED report to its named recipients, through the gateway', async () => {
    const submitted = await call(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id tlp } }`,
      {
        input: {
          channel: 'PARTNER_CSIRT',
          reporter: { name: 'Partner', email: 'soc@partner.example' },
          title: 'Named-recipients-only intelligence',
          description: 'Shared under TLP:RED.',
          tlp: 'TLP:RED',
          recipients: ['e2e-analyst'],
        },
      },
      // The partner channel is bound to a partner's credentials (claim partner_id).
      await bearer(['ANALYST', 'REPORTER'], { subject: 'e2e-analyst', clearance: 'RED', partnerId: 'e2e-partner' }),
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data.submitReport.id;
    const recipient = await call(`query($id: ID!) { report(id: $id) { id } }`, { id }, await bearer(['ANALYST'], { subject: 'e2e-analyst', clearance: 'RED' }));
    expect(recipient.data.report).toEqual({ id });
    const outsider = await call(`query($id: ID!) { report(id: $id) { id } }`, { id }, await bearer(['ANALYST', 'ADMIN'], { subject: 'e2e-other', clearance: 'RED' }));
    expect(outsider.data.report).toBeNull();
  });

  it('passes domain error codes through the gateway unchanged', async () => {
    const res = await call(`mutation { rejectReport(id: "${randomUUID()}", reason: "not an incident") { id } }`);
    expect(errorCodes(res)).toEqual(['REPORT.NOT_FOUND']);
  });

  it('refuses operations nested beyond the depth limit', async () => {
    const deep = `query($id: ID!) { incident(id: $id) { reports { incident { reports { incident { reports { incident { reports { incident { reports { incident { reports { id } } } } } } } } } } } } }`;
    const res = await call(deep, { id: randomUUID() });
    expect(errorCodes(res)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('keeps an audit trail across services, under the request id the gateway was given or made', async () => {
    /** Posts through the gateway and returns the body with the request id the gateway answered. */
    const post = async (query: string, variables: Record<string, unknown>, auth: string, requestId?: string) => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth, ...(requestId ? { 'x-request-id': requestId } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }, requestId: response.headers.get('x-request-id') };
    };
    const auditor = await bearer(['AUDITOR'], { subject: 'e2e-auditor', clearance: 'RED' });
    type Entry = { source: string; action: string; entityId: string | null; tlp: string; outcome: string; requestId: string | null; actor: { subject: string } };
    const trail = (filter: Record<string, unknown>, wanted: (entry: Entry) => boolean = () => true) =>
      waitFor(`audit entries for ${JSON.stringify(filter)}`, async () => {
        const { body } = await post(
          `query($filter: AuditTrailFilter) { auditTrail(filter: $filter) { edges { node { source action entityId tlp outcome requestId actor { subject } } } } }`,
          { filter },
          auditor,
        );
        const entries: Entry[] = body.data?.auditTrail.edges.map((e: { node: Entry }) => e.node) ?? [];
        return entries.some(wanted) ? entries : undefined;
      }, { timeoutMs: 30_000, intervalMs: 200 });

    // A publication in announcements, under the client's request id, read back from teams.
    const drafted = await post(
      `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { id } }`,
      {
        input: { kind: 'VULNERABILITY_ADVISORY', title: 'E2E audit advisory', summary: 'Patch now.', body: 'Patch now.', severity: 2, tlp: 'GREEN', audience: { community: true } },
      },
      manager,
    );
    const advisoryId = drafted.body.data.draftAdvisory.id;
    expect((await post(`mutation($id: ID!) { submitAdvisoryForReview(id: $id) { status } }`, { id: advisoryId }, manager)).body.errors).toBeUndefined();
    // The PR officer is a person in teams; announcements learns of them from teams' event.
    const officer = await post(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { name: 'Petra PR', email: `petra.${randomUUID().slice(0, 6)}@csirt.example`, region: 'EMEA', roles: ['PR_OFFICER'], onCall: false } },
      admin,
    );
    const prOfficer = await bearer(['ANALYST'], { subject: 'e2e-pr-officer', clearance: 'AMBER', personId: officer.body.data.createPerson.id });
    await waitFor('the PR officer to be known to announcements', async () => {
      const approved = await post(`mutation($id: ID!) { approveAdvisory(id: $id, role: PR_OFFICER) { status } }`, { id: advisoryId }, prOfficer);
      return approved.body.data?.approveAdvisory?.status === 'APPROVED';
    }, { timeoutMs: 30_000, intervalMs: 300 });
    const requestId = `e2e-${randomUUID()}`;
    const published = await post(`mutation($id: ID!) { publishAdvisory(id: $id) { status } }`, { id: advisoryId }, manager, requestId);
    expect(published.body.errors).toBeUndefined();
    expect(published.requestId).toBe(requestId);
    expect(await trail({ entityId: advisoryId, action: 'PUBLISHED' })).toEqual([
      { source: 'announcements', action: 'PUBLISHED', entityId: advisoryId, tlp: 'GREEN', outcome: 'ALLOWED', requestId, actor: { subject: 'e2e-manager' } },
    ]);

    // A denied attempt, under the id the gateway made because the client sent a malformed one.
    const denied = await post(`{ auditTrail { edges { cursor } } }`, {}, analyst, 'not ok; <script>');
    expect(denied.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(denied.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const entries = await trail({ actor: 'e2e-analyst', action: 'DENIED', outcome: 'DENIED' }, (e) => e.requestId === denied.requestId);
    expect(entries.find((e) => e.requestId === denied.requestId)).toMatchObject({ source: 'teams', tlp: 'AMBER', actor: { subject: 'e2e-analyst' } });
  });
});
