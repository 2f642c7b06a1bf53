import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ANNOUNCEMENT_KINDS, INCIDENT_STATUSES } from '@csirt/contracts';
import { seedDemo, type DemoCall, type DemoSummary } from '@csirt/demo';
import { bearer, graphql, waitFor } from '@csirt/testing';
import { startStack, SUBGRAPH_NAMES, type Stack } from './support/stack';

interface ReceivedSpan {
  service: string;
  traceId: string;
  name: string;
  kind: number;
}

/** A minimal OTLP/HTTP (JSON) trace collector: what the services export when OTEL_EXPORTER_OTLP_ENDPOINT points here. */
async function startCollector(): Promise<{ url: string; spans: ReceivedSpan[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      for (const resourceSpans of body.resourceSpans ?? []) {
        const service = resourceSpans.resource?.attributes?.find(
          (attribute: any) => attribute.key === 'service.name',
        )?.value?.stringValue;
        for (const scope of resourceSpans.scopeSpans ?? []) {
          for (const span of scope.spans ?? [])
            spans.push({ service, traceId: span.traceId, name: span.name, kind: span.kind });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A new user's first hour on a fresh platform: `npm run seed` puts the demo CSIRT in
 * through the public API, every rule and event included; then what an operator watches:
 * each process's Prometheus metrics, and one request's trace across the services.
 */
describe("a new user's tour: demo data, metrics, traces", () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let stack: Stack;
  let summary: DemoSummary;
  let admin: string;
  const call: DemoCall = async (identity, query, variables = {}) =>
    graphql(
      stack.gatewayUrl,
      query,
      variables,
      await bearer(identity.roles, {
        subject: identity.subject,
        name: identity.name,
        clearance: identity.clearance,
        personId: identity.personId,
        partnerId: identity.partnerId,
        sensorId: identity.sensorId,
      }),
    );
  const read = (query: string) => graphql(stack.gatewayUrl, query, {}, admin);

  beforeAll(async () => {
    collector = await startCollector();
    stack = await startStack({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
    admin = await bearer(['ADMIN'], { subject: 'e2e-demo-admin', clearance: 'AMBER_STRICT' });
    summary = await seedDemo(call, { propagationTimeoutMs: 60_000 });
  }, 600_000);

  afterAll(async () => {
    await stack?.stop();
    await collector?.close();
  });

  it('fills every phase, every report status and channel, every advisory state', async () => {
    expect(summary.alreadySeeded).toBe(false);
    const incidents = await read(
      '{ incidents(first: 100) { edges { node { status responseTeam { id } tasks { status } } } } }',
    );
    expect(incidents.errors).toBeUndefined();
    const nodes = incidents.data.incidents.edges.map((edge: any) => edge.node);
    expect(new Set(nodes.map((node: any) => node.status))).toEqual(new Set(INCIDENT_STATUSES));
    expect(nodes.filter((node: any) => node.status !== 'OPEN' && !node.responseTeam)).toEqual([]);
    expect(nodes.flatMap((node: any) => node.tasks).length).toBeGreaterThan(0);

    const reports = await read('{ reports(first: 100) { edges { node { status channel } } } }');
    const reportNodes = reports.data.reports.edges.map((edge: any) => edge.node);
    expect(new Set(reportNodes.map((node: any) => node.status))).toEqual(
      new Set(['NEW', 'TRIAGED', 'ESCALATED', 'REJECTED', 'MERGED']),
    );
    expect(new Set(reportNodes.map((node: any) => node.channel))).toEqual(
      new Set(['WEB_FORM', 'EMAIL', 'PHONE', 'PARTNER_CSIRT', 'SENSOR', 'INTERNAL']),
    );

    const advisories = await read('{ advisories(first: 100) { edges { node { status kind } } } }');
    const advisoryNodes = advisories.data.advisories.edges.map((edge: any) => edge.node);
    expect(new Set(advisoryNodes.map((node: any) => node.status))).toEqual(
      new Set(['DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'REVISED', 'WITHDRAWN']),
    );
    expect(new Set(advisoryNodes.map((node: any) => node.kind))).toEqual(new Set(ANNOUNCEMENT_KINDS));
  });

  it('has people in every domain role and region, teams of every kind, constituencies with targets and partners', async () => {
    const directory = await read(`{
      people(first: 100) { edges { node { roles region } } }
      teams(first: 100) { edges { node { kind authority } } }
      constituencies(first: 100) { edges { node { name service { targets { triageMinutes containMinutes } } } } }
      partners(first: 100) { edges { node { code agreement { tlpCeiling } } } }
    }`);
    expect(directory.errors).toBeUndefined();
    const people = directory.data.people.edges.map((edge: any) => edge.node);
    // Every role DOMAIN.md names (the teams schema's DomainRole).
    const roles = [
      'GEO_SECURITY_OFFICER',
      'WORLDWIDE_SECURITY_MANAGER',
      'SECURITY_COORDINATOR',
      'CUSTOMER_ACCOUNT_MANAGER',
      'SERVICE_ENGINEER',
      'TECHNICAL_SUPPORT',
      'ENTERPRISE_CSIRT_CONTACT',
      'PR_OFFICER',
      'LEGAL_COUNSEL',
      'HUMAN_RESOURCES',
      'IT_AUDITOR',
      'FINANCIAL_AUDITOR',
      'FORENSICS_EXPERT',
      'TECHNICAL_LEAD',
      'TEAM_MANAGER',
    ];
    expect(new Set(people.flatMap((person: any) => person.roles))).toEqual(new Set(roles));
    expect(new Set(people.map((person: any) => person.region).filter(Boolean))).toEqual(
      new Set(['EMEA', 'AMER', 'APAC']),
    );
    expect(new Set(directory.data.teams.edges.map((edge: any) => edge.node.authority))).toEqual(
      new Set(['FULL', 'SHARED', 'NONE', 'INDIRECT']),
    );
    expect(directory.data.constituencies.edges.length).toBe(summary.constituencies);
    expect(directory.data.partners.edges.map((edge: any) => edge.node.code).sort()).toEqual([
      'alpha',
      'bravo',
    ]);
  });

  it("leaves its traces in every process's Prometheus metrics: requests served, events consumed, nothing pending", async () => {
    const scrape = async (graphqlUrl: string) =>
      (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
    const sum = (text: string, metric: string) =>
      text
        .split('\n')
        .filter((line) => line.startsWith(`${metric}{`))
        .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    expect(sum(await scrape(stack.gatewayUrl), 'csirt_graphql_requests_total')).toBeGreaterThan(100);
    for (const name of SUBGRAPH_NAMES) {
      const text = await scrape(stack.subgraphUrl(name));
      expect({ name, served: sum(text, 'csirt_graphql_requests_total') > 0 }).toEqual({ name, served: true });
      expect({ name, consumed: sum(text, 'csirt_consumed_events_total') > 0 }).toEqual({
        name,
        consumed: true,
      });
      expect(text).toMatch(/^csirt_outbox_pending_messages\{service="\w+"\} \d+$/m);
    }
  });

  it("follows one escalation's trace from the gateway through intake, Kafka and the consumers in incidents and teams", async () => {
    const analyst = await bearer(['ANALYST'], { subject: 'e2e-tour-analyst', clearance: 'AMBER_STRICT' });
    const submitted = await graphql(
      stack.gatewayUrl,
      'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
      {
        input: {
          channel: 'INTERNAL',
          reporter: { name: 'Tour' },
          title: 'Traced report',
          description: 'Followed across the services.',
          tlp: 'GREEN',
        },
      },
      analyst,
    );
    const id = submitted.data.submitReport.id;
    await graphql(
      stack.gatewayUrl,
      'mutation($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { id } }',
      {
        id,
        input: { classification: { rsitClass: 'test', rsitType: 'test' }, severity: 1, priority: 'P4' },
      },
      analyst,
    );
    const traceId = randomBytes(16).toString('hex');
    const escalated = await graphql(
      stack.gatewayUrl,
      'mutation($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { status } }',
      { id, input: { region: 'EMEA', reason: 'traced' } },
      analyst,
      { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } },
    );
    expect(escalated.errors).toBeUndefined();
    const SERVER = 2;
    const CONSUMER = 5;
    const seen = await waitFor(
      'spans of the escalation in gateway, intake, incidents and teams',
      async () => {
        const inTrace = collector.spans.filter((span) => span.traceId === traceId);
        const has = (service: string, kind: number) =>
          inTrace.some((span) => span.service === service && span.kind === kind);
        return has('gateway', SERVER) &&
          has('intake', SERVER) &&
          has('incidents', CONSUMER) &&
          has('teams', CONSUMER)
          ? inTrace
          : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(seen.find((span) => span.service === 'incidents' && span.kind === CONSUMER)?.name).toBe(
      'consume intake.report.escalated',
    );
  });

  it('changes nothing when run again', async () => {
    const count = async () =>
      (
        await read(
          '{ reports(first: 100) { edges { node { id } } } advisories(first: 100) { edges { node { id } } } }',
        )
      ).data;
    const before = await count();
    const again = await seedDemo(call);
    expect(again.alreadySeeded).toBe(true);
    const after = await count();
    expect(after.reports.edges.length).toBe(before.reports.edges.length);
    expect(after.advisories.edges.length).toBe(before.advisories.edges.length);
    expect(before.reports.edges.length).toBeGreaterThanOrEqual(summary.reports);
  });
});
