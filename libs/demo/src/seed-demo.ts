import type { PlatformRole } from '@csirt/auth';
import type { Tlp } from '@csirt/contracts';
import {
  CONSTITUENCIES,
  DEMO_MARKER_CONSTITUENCY,
  INCIDENT_PLANS,
  PARTNERS,
  PEOPLE,
  REPORTS,
  TEAMS,
  type DemoIncidentPlan,
} from './demo-data';

/** Who a demo call is made as; the caller of `seedDemo` turns it into a bearer token. */
export interface DemoIdentity {
  subject: string;
  name: string;
  roles: PlatformRole[];
  clearance: Tlp;
  personId?: string;
  /** A partner CSIRT's code: submits on the PARTNER_CSIRT channel. */
  partnerId?: string;
  /** A sensor's id: submits on the SENSOR channel. */
  sensorId?: string;
}

export interface DemoResponse {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL request through the gateway, as `identity`. */
export type DemoCall = (
  identity: DemoIdentity,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<DemoResponse>;

export interface DemoSummary {
  alreadySeeded: boolean;
  people: number;
  teams: number;
  constituencies: number;
  partners: number;
  reports: number;
  incidents: Record<string, string>;
  advisories: Record<string, string>;
}

export interface SeedOptions {
  /** How long to wait for one service to learn of another's change over Kafka. */
  propagationTimeoutMs?: number;
  log?: (line: string) => void;
}

/** A refusal of the API, with its stable codes. */
export class DemoCallError extends Error {
  constructor(
    readonly what: string,
    readonly codes: string[],
    messages: string[],
  ) {
    super(`${what}: ${codes.join(', ')} (${messages.join('; ')})`);
  }
}

const ADMIN: DemoIdentity = {
  subject: 'demo-admin',
  name: 'Demo administrator',
  roles: ['ADMIN'],
  clearance: 'AMBER_STRICT',
};
const ANALYST: DemoIdentity = {
  subject: 'demo-analyst',
  name: 'Demo analyst',
  roles: ['ANALYST', 'INCIDENT_MANAGER', 'SECURITY_OFFICER'],
  clearance: 'AMBER_STRICT',
};
const AUTHOR: DemoIdentity = {
  subject: 'demo-publisher',
  name: 'Demo publisher',
  roles: ['PUBLISHER'],
  clearance: 'AMBER_STRICT',
};

/** The authority of the region's standing geo-based team over its constituencies. */
function regionalAuthority(region: string): string {
  return TEAMS.find((team) => team.kind === 'GEO_SECURITY_TEAM' && team.region === region)?.authority ?? 'SHARED';
}

/** Codes that mean "another service has not heard of it yet": worth asking again shortly. */
const NOT_YET = /(NOT_FOUND|UNKNOWN|NOT_QUALIFIED)$/;

/**
 * Fills an empty platform with a working CSIRT, through the public API only, so every rule,
 * event and read model is exercised as in real use: teams and people in every role and
 * region, constituencies with service targets, partners with agreements, reports from every
 * channel in every status, incidents in every phase with response teams and tasks, and
 * advisories in every state. Run twice, it changes nothing the second time.
 */
export async function seedDemo(call: DemoCall, options: SeedOptions = {}): Promise<DemoSummary> {
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.propagationTimeoutMs ?? 60_000;
  const api = async (
    identity: DemoIdentity,
    what: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const response = await call(identity, query, variables);
    if (response.errors?.length || !response.data) {
      const errors = response.errors ?? [];
      throw new DemoCallError(
        what,
        errors.map((error) => error.extensions?.code ?? 'UNKNOWN'),
        errors.map((error) => error.message),
      );
    }
    return response.data;
  };
  /** Retries `step` while another service has not caught up (its refusal says unknown / not found, or it returns nothing). */
  const eventually = async <T>(what: string, step: () => Promise<T | undefined | null>): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const result = await step();
        if (result !== undefined && result !== null) return result;
      } catch (error) {
        if (!(error instanceof DemoCallError) || !error.codes.every((code) => NOT_YET.test(code)))
          throw error;
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new Error(`${what}: not there after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };

  const existing = await api(
    ADMIN,
    'look for an earlier seed',
    `{ constituencies(first: 100) { edges { node { name } } } }`,
  );
  if (
    existing.constituencies.edges.some(
      (edge: { node: { name: string } }) => edge.node.name === DEMO_MARKER_CONSTITUENCY,
    )
  ) {
    log('the demo data is already there; nothing to do');
    return {
      alreadySeeded: true,
      people: 0,
      teams: 0,
      constituencies: 0,
      partners: 0,
      reports: 0,
      incidents: {},
      advisories: {},
    };
  }

  log(`people (${PEOPLE.length}) and teams (${TEAMS.length})`);
  const person = new Map<string, string>();
  for (const p of PEOPLE) {
    const email = `${p.name.toLowerCase().replace(/[^a-z]+/g, '.')}@csirt.example`;
    const data = await api(
      ADMIN,
      `create ${p.name}`,
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          name: p.name,
          email,
          region: p.region,
          roles: p.roles,
          skills: p.skills ?? [],
          onCall: p.onCall ?? false,
        },
      },
    );
    person.set(p.key, data.createPerson.id);
  }
  const team = new Map<string, string>();
  for (const t of TEAMS) {
    const data = await api(
      ADMIN,
      `create ${t.name}`,
      `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
      {
        input: {
          name: t.name,
          kind: t.kind,
          region: t.region,
          authority: t.authority,
          description: t.description,
        },
      },
    );
    team.set(t.key, data.createTeam.id);
    for (const member of t.members) {
      await api(
        ADMIN,
        `add ${member.person} to ${t.name}`,
        `mutation($teamId: ID!, $input: AddTeamMemberInput!) { addTeamMember(teamId: $teamId, input: $input) { id } }`,
        {
          teamId: data.createTeam.id,
          input: { personId: person.get(member.person), role: member.role },
        },
      );
    }
  }

  log(`constituencies (${CONSTITUENCIES.length}) and partners (${PARTNERS.length})`);
  const constituency = new Map<string, string>();
  for (const c of CONSTITUENCIES) {
    const data = await api(
      ADMIN,
      `create ${c.name}`,
      `mutation($input: CreateConstituencyInput!) { createConstituency(input: $input) { id } }`,
      {
        input: {
          name: c.name,
          kind: c.kind,
          teamId: team.get(c.team),
          boundaries: {
            geography: c.geography ?? [],
            networkProviders: c.networkProviders ?? [],
            organisations: c.organisations ?? [],
          },
          service: {
            objective: c.objective,
            availability: c.availability,
            targets: c.targets,
            priorities: c.priorities,
          },
        },
      },
    );
    constituency.set(c.key, data.createConstituency.id);
  }
  const partner = new Map<string, string>();
  for (const p of PARTNERS) {
    const data = await api(
      ADMIN,
      `register ${p.name}`,
      `mutation($input: RegisterPartnerInput!) { registerPartner(input: $input) { id } }`,
      { input: p },
    );
    partner.set(p.code, data.registerPartner.id);
  }

  log(`reports (${REPORTS.length}) from every channel`);
  const report = new Map<string, string>();
  const now = Date.now();
  for (const r of REPORTS) {
    const reporter: DemoIdentity = {
      subject: `demo-reporter-${r.constituency}`,
      name: `Reporter at ${r.constituency}`,
      roles: ['REPORTER'],
      clearance: 'AMBER_STRICT',
    };
    // Partner and sensor channels are bound to their credentials; internal reports come from analysts.
    const submitter: DemoIdentity =
      r.channel === 'PARTNER_CSIRT'
        ? {
            subject: `demo-partner-${r.partner}`,
            name: `Partner ${r.partner}`,
            roles: ['REPORTER'],
            clearance: 'AMBER',
            partnerId: r.partner,
          }
        : r.channel === 'SENSOR'
          ? {
              subject: 'demo-sensor',
              name: 'IDS at the network edge',
              roles: ['REPORTER'],
              clearance: 'GREEN',
              sensorId: 'ids-edge-1',
            }
          : r.channel === 'INTERNAL'
            ? ANALYST
            : reporter;
    const constituencyId = constituency.get(r.constituency);
    const data = await eventually(`submit ${r.key}`, () =>
      api(
        submitter,
        `submit ${r.key}`,
        `mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`,
        {
          input: {
            channel: r.channel,
            reporter: {
              name: reporter.name,
              email: `security@${r.constituency}.example`,
              organisation: r.constituency,
              constituencyId,
            },
            receivedAt: new Date(now - r.hoursAgo * 3_600_000).toISOString(),
            title: r.title,
            description: r.description,
            observables: r.observables,
            ...(r.cia ? { cia: r.cia } : {}),
            tlp: r.tlp,
            idempotencyKey: `demo-${r.key}`,
          },
        },
      ),
    );
    report.set(r.key, data.submitReport.id);
  }

  const triage = (key: string, plan: Pick<DemoIncidentPlan, 'severity' | 'rsit'>, priority = 'P2') =>
    api(
      ANALYST,
      `triage ${key}`,
      `mutation($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { id } }`,
      {
        id: report.get(key),
        input: {
          classification: plan.rsit,
          severity: plan.severity,
          priority,
          reason: 'Confirmed with the reporter.',
        },
      },
    );
  await triage('triaged-1', {
    severity: 2,
    rsit: { rsitClass: 'intrusions', rsitType: 'application-compromise' },
  });
  await triage(
    'triaged-2',
    { severity: 3, rsit: { rsitClass: 'intrusions', rsitType: 'privileged-account-compromise' } },
    'P1',
  );
  await triage('rejected-1', { severity: 1, rsit: { rsitClass: 'other', rsitType: 'other' } }, 'P4');
  await triage('dup-1', {
    severity: 2,
    rsit: { rsitClass: 'intrusions', rsitType: 'application-compromise' },
  });
  await api(
    ANALYST,
    'reject a report',
    `mutation($id: ID!, $reason: String!) { rejectReport(id: $id, reason: $reason) { id } }`,
    {
      id: report.get('rejected-1'),
      reason: 'A legitimate newsletter; the user was told how to unsubscribe.',
    },
  );
  await api(
    ANALYST,
    'merge a duplicate',
    `mutation($id: ID!, $into: ID!, $reason: String) { mergeReport(id: $id, intoReportId: $into, reason: $reason) { id } }`,
    {
      id: report.get('dup-1'),
      into: report.get('triaged-1'),
      reason: 'Same defacement, reported by a student.',
    },
  );

  log(`incidents in every phase (${INCIDENT_PLANS.length})`);
  const incidents: Record<string, string> = {};
  for (const plan of INCIDENT_PLANS) {
    const incidentId = await escalate(plan);
    incidents[plan.phase === 'CLOSED' ? `${plan.phase}:${plan.report}` : plan.phase] = incidentId;
    await handle(incidentId, plan);
  }
  // A second report about the DDoS goes into the incident already open for it.
  await triage('attach-1', { severity: 3, rsit: { rsitClass: 'availability', rsitType: 'ddos' } });
  await api(
    ANALYST,
    'escalate into an existing incident',
    `mutation($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { id } }`,
    {
      id: report.get('attach-1'),
      input: { incidentId: incidents.CONTAINMENT, reason: 'Same attack as the open DDoS incident.' },
    },
  );

  log('advisories in every state');
  const advisories = await seedAdvisories();

  log('done');
  return {
    alreadySeeded: false,
    people: person.size,
    teams: team.size,
    constituencies: constituency.size,
    partners: partner.size,
    reports: report.size,
    incidents,
    advisories,
  };

  async function escalate(plan: DemoIncidentPlan): Promise<string> {
    await triage(plan.report, plan, plan.severity >= 3 ? 'P1' : 'P2');
    await api(
      ANALYST,
      `escalate ${plan.report}`,
      `mutation($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { id } }`,
      {
        id: report.get(plan.report),
        input: { region: plan.region, reason: 'Needs incident handling.' },
      },
    );
    return eventually(`the incident of ${plan.report}`, async () => {
      const data = await api(
        ANALYST,
        'read the report',
        `query($id: ID!) { report(id: $id) { incident { id } } }`,
        { id: report.get(plan.report) },
      );
      return data.report?.incident?.id as string | undefined;
    });
  }

  /** Moves an incident through the phases to the plan's, with the response team and the tasks each phase needs. */
  async function handle(incidentId: string, plan: DemoIncidentPlan): Promise<void> {
    const phases = ['OPEN', 'ANALYSIS', 'CONTAINMENT', 'ERADICATION', 'RECOVERY', 'POST_INCIDENT', 'CLOSED'];
    const target = phases.indexOf(plan.phase);
    if (target === 0) return;
    await formResponseTeam(incidentId, plan);
    const region = plan.region.toLowerCase();
    const engineer = person.get(region === 'amer' ? 'eng-amer' : 'eng-emea');
    const forensics = person.get(region === 'amer' ? 'forensics-amer' : 'forensics');
    const tasks: { id: string; kind: string }[] = [];
    for (let step = 1; step <= target; step++) {
      const to = phases[step];
      if (to === 'CONTAINMENT' || to === 'ERADICATION' || to === 'RECOVERY') {
        const previous = tasks.filter((task) => task.kind === phases[step - 1]);
        for (const task of previous) await setTaskStatus(task.id, 'DONE');
      }
      await transition(incidentId, to, plan);
      if (to === 'CONTAINMENT' || to === 'ERADICATION' || to === 'RECOVERY') {
        const title = {
          CONTAINMENT: 'Isolate the affected systems',
          ERADICATION: "Remove the attacker's foothold",
          RECOVERY: 'Restore service from clean backups',
        }[to];
        const data = await eventually(`a ${to} task`, () =>
          api(
            ANALYST,
            `create a ${to} task`,
            `mutation($input: CreateTaskInput!) { createTask(input: $input) { id waitingFor { reason } } }`,
            {
              input: {
                incidentId,
                kind: to,
                title,
                description: `${title} (${plan.report}).`,
                assigneeId: to === 'ERADICATION' ? forensics : engineer,
              },
            },
          ),
        );
        // Under shared authority an action waits for the constituency contact's consent.
        if (data.createTask.waitingFor?.reason === 'CONSTITUENT_CONSENT') {
          await api(ANALYST, 'record consent', `mutation($id: ID!, $input: RecordTaskConsentInput!) { recordTaskConsent(id: $id, input: $input) { id } }`, {
            id: data.createTask.id,
            input: { givenBy: 'Site IT lead (by phone)', note: 'Agreed to the action on the call.' },
          });
        }
        tasks.push({ id: data.createTask.id, kind: to });
        await setTaskStatus(data.createTask.id, 'IN_PROGRESS');
      }
      if (to === 'POST_INCIDENT') {
        for (const task of tasks.filter((t) => t.kind === 'RECOVERY')) await setTaskStatus(task.id, 'DONE');
      }
    }
  }

  async function formResponseTeam(incidentId: string, plan: DemoIncidentPlan): Promise<void> {
    const region = plan.region.toLowerCase();
    const officer = person.get(`gso-${region}`);
    const members = [
      { personId: officer, role: 'GEO_SECURITY_OFFICER', reason: 'Security officer of the region.' },
      {
        personId: person.get(`cam-${region}`),
        role: 'CUSTOMER_ACCOUNT_MANAGER',
        reason: 'Owns the customer account.',
      },
      ...(region === 'apac'
        ? [{ personId: person.get('lead'), role: 'TECHNICAL_LEAD', reason: 'Knows the extranet.' }]
        : [
            {
              personId: person.get(region === 'amer' ? 'forensics-amer' : 'forensics'),
              role: 'FORENSICS_EXPERT',
              reason: 'Evidence handling.',
            },
          ]),
    ];
    await eventually(`the response team of ${plan.report}`, () =>
      api(
        ANALYST,
        'form the response team',
        `mutation($id: ID!, $input: FormResponseTeamInput!) { formResponseTeam(incidentId: $id, input: $input) { id } }`,
        {
          id: incidentId,
          // The VCSIRT acts with the authority its region's standing team has (FULL in EMEA, SHARED elsewhere).
          input: { leadPersonId: officer, members, reason: `VCSIRT for ${plan.report}.`, authority: regionalAuthority(plan.region) },
        },
      ),
    );
  }

  async function transition(incidentId: string, to: string, plan: DemoIncidentPlan) {
    await api(
      ANALYST,
      `move ${plan.report} to ${to}`,
      `mutation($id: ID!, $to: IncidentStatus!, $note: String, $resolution: String, $lessons: String) {
        transitionIncident(id: $id, to: $to, note: $note, resolution: $resolution, lessonsLearned: $lessons) { id } }`,
      {
        id: incidentId,
        to,
        note: `Moved to ${to.toLowerCase().replace('_', '-')}.`,
        resolution: to === 'CLOSED' ? plan.resolution : null,
        lessons: to === 'CLOSED' ? (plan.lessonsLearned ?? null) : null,
      },
    );
  }

  async function setTaskStatus(id: string, status: string) {
    await api(
      ANALYST,
      `task ${status}`,
      `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { id } }`,
      { id, input: { status } },
    );
  }

  async function seedAdvisories(): Promise<Record<string, string>> {
    const pr: DemoIdentity = {
      subject: 'demo-pr-officer',
      name: 'Olivia Grant',
      roles: ['PUBLISHER'],
      clearance: 'AMBER_STRICT',
      personId: person.get('pr'),
    };
    const legal: DemoIdentity = {
      subject: 'demo-legal-counsel',
      name: 'Henrik Dahl',
      roles: ['PUBLISHER'],
      clearance: 'AMBER_STRICT',
      personId: person.get('legal'),
    };
    const fields = 'id status';
    const draft = async (input: Record<string, unknown>) =>
      (
        await api(
          AUTHOR,
          `draft ${String(input.title)}`,
          `mutation($input: DraftAdvisoryInput!) { draftAdvisory(input: $input) { ${fields} } }`,
          { input },
        )
      ).draftAdvisory.id as string;
    const submit = (id: string) =>
      api(
        AUTHOR,
        'submit for review',
        `mutation($id: ID!) { submitAdvisoryForReview(id: $id) { ${fields} } }`,
        { id },
      );
    const approve = (id: string, as: DemoIdentity, role: string) =>
      eventually('an approval', () =>
        api(
          as,
          `approve as ${role}`,
          `mutation($id: ID!, $role: ApprovalRole!) { approveAdvisory(id: $id, role: $role, comment: "Reviewed.") { ${fields} } }`,
          { id, role },
        ),
      );
    const publish = (id: string) =>
      api(AUTHOR, 'publish', `mutation($id: ID!) { publishAdvisory(id: $id) { ${fields} } }`, { id });
    const community = { community: true };
    const cve = {
      kind: 'VULNERABILITY_ADVISORY',
      title: 'Remote code execution in ExampleCMS upload handler',
      summary: 'Unauthenticated attackers can upload and run code on ExampleCMS before 4.2.1.',
      body: 'ExampleCMS does not check the type of uploaded files. Update to 4.2.1, or block /uploads/*.php at the web server.',
      severity: 4,
      tlp: 'CLEAR',
      audience: community,
      cveIds: ['CVE-2026-12345'],
      affectedProducts: [
        {
          vendor: 'Example Software',
          product: 'ExampleCMS',
          affectedVersions: ['< 4.2.1'],
          fixedVersions: ['4.2.1'],
        },
      ],
      remediations: [
        {
          category: 'VENDOR_FIX',
          details: 'Update to ExampleCMS 4.2.1.',
          url: 'https://examplecms.example/security/4.2.1',
        },
      ],
      references: [{ url: 'https://examplecms.example/security/4.2.1', summary: 'Vendor release notes' }],
      credits: [{ organization: 'Bravo Sector CSIRT', summary: 'reported the web shell' }],
      incidentIds: [incidents.ERADICATION],
    };
    const result: Record<string, string> = {};

    result.DRAFT = await draft({
      kind: 'TECHNOLOGY_WATCH',
      title: 'Passkeys for staff accounts: what changes for the help desk',
      summary: 'A short guide for help desks preparing for passkeys.',
      severity: 1,
      tlp: 'GREEN',
    });

    result.IN_REVIEW = await draft({
      kind: 'THREAT_ALERT',
      title: 'Payroll phishing wave against finance departments',
      summary: 'A phishing kit imitating payroll portals targets finance staff.',
      body: 'Block payroll-contoso.example and warn finance staff; report any credentials entered.',
      severity: 3,
      tlp: 'AMBER',
      audience: { partnerIds: [partner.get('alpha')] },
      incidentIds: [incidents.ANALYSIS],
    });
    await submit(result.IN_REVIEW);

    result.APPROVED = await draft({
      kind: 'EDUCATION',
      title: 'How to recognise a fake invoice',
      summary: 'Five signs that an invoice e-mail is a phishing attempt.',
      body: 'Check the sender domain, the bank details against earlier invoices, and never enable macros.',
      severity: 1,
      tlp: 'CLEAR',
      audience: community,
    });
    await submit(result.APPROVED);
    await approve(result.APPROVED, pr, 'PR_OFFICER');

    result.PUBLISHED = await draft(cve);
    await submit(result.PUBLISHED);
    await approve(result.PUBLISHED, pr, 'PR_OFFICER');
    await publish(result.PUBLISHED);

    result.REVISED = await draft({
      ...cve,
      kind: 'THREAT_ALERT',
      title: 'Reflection DDoS against research networks',
      summary: 'UDP reflection attacks against research portals; rate limits help.',
      body: 'Filter spoofed traffic at the edge (BCP 38) and rate-limit UDP amplification ports.',
      severity: 3,
      tlp: 'GREEN',
      cveIds: [],
      affectedProducts: [],
      remediations: [],
      credits: [],
      incidentIds: [incidents.CONTAINMENT],
    });
    await submit(result.REVISED);
    await approve(result.REVISED, pr, 'PR_OFFICER');
    await publish(result.REVISED);
    await api(
      AUTHOR,
      'edit the published alert',
      `mutation($id: ID!, $input: UpdateAdvisoryInput!) { updateAdvisory(id: $id, input: $input) { ${fields} } }`,
      {
        id: result.REVISED,
        input: {
          body: 'Filter spoofed traffic at the edge (BCP 38), rate-limit UDP amplification ports, and ask your upstream for scrubbing.',
        },
      },
    );
    await submit(result.REVISED);
    await approve(result.REVISED, pr, 'PR_OFFICER');
    await api(
      AUTHOR,
      'release the revision',
      `mutation($id: ID!, $summary: String!) { reviseAdvisory(id: $id, summary: $summary) { ${fields} } }`,
      {
        id: result.REVISED,
        summary: 'Added upstream scrubbing to the mitigations.',
      },
    );

    result.WITHDRAWN = await draft({
      kind: 'INCIDENT_NOTIFICATION',
      title: 'Service notice: patient portal login page',
      summary: 'Northwind Health patients were shown a fake login page.',
      body: 'Patients who entered card details should contact their bank.',
      severity: 2,
      tlp: 'CLEAR',
      legallySensitive: true,
      audience: { constituencyIds: [constituency.get('northwind')] },
      customerNotice: {
        title: 'Important: a fake login page',
        summary: 'Some patients saw a fake login page on our portal.',
        body: 'If you entered card details on a page asking for them at login, please contact your bank. We have taken the page down.',
      },
    });
    await submit(result.WITHDRAWN);
    await approve(result.WITHDRAWN, pr, 'PR_OFFICER');
    await approve(result.WITHDRAWN, legal, 'LEGAL_COUNSEL');
    await publish(result.WITHDRAWN);
    await api(
      AUTHOR,
      'withdraw',
      `mutation($id: ID!, $reason: String!) { withdrawAdvisory(id: $id, reason: $reason) { ${fields} } }`,
      {
        id: result.WITHDRAWN,
        reason: 'Sent to the wrong constituency; a corrected notice follows.',
      },
    );
    return result;
  }
}
