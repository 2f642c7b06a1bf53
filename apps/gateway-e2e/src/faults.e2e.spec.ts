import { randomUUID } from 'node:crypto';
import { bearer, graphql, waitFor } from '@csirt/testing';
import { startStack, type Stack } from './support/stack';

/**
 * Faults in the running platform, as separate processes on the real broker and database:
 * a subgraph down and back, and a consumer killed mid-stream. (Faults of the shared broker
 * and database themselves are not staged here: every other suite of the run uses them.)
 */
describe('faults: a subgraph down, a consumer killed', () => {
  let stack: Stack;
  let analyst: string;
  const base = () => stack.gatewayUrl.replace(/\/graphql$/, '');
  const call = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(stack.gatewayUrl, query, variables, analyst);

  beforeAll(async () => {
    stack = await startStack();
    analyst = await bearer(['ANALYST', 'INCIDENT_MANAGER'], {
      subject: 'e2e-faults',
      clearance: 'AMBER_STRICT',
    });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('answers the other fields with per-field errors while a subgraph is down, says degraded, and recovers without a restart', async () => {
    // person is nullable: when teams cannot answer, it is null with an error beside the reports.
    const both = `{ reports(first: 1) { edges { node { id } } } person(id: "${randomUUID()}") { id } }`;
    expect((await call(both)).errors).toBeUndefined();

    await stack.kill('teams');
    const partial = await call(both);
    expect(partial.data?.reports).toBeDefined();
    expect(partial.data?.person ?? null).toBeNull();
    expect(partial.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(partial.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/i);
    const degraded = await fetch(`${base()}/readyz`);
    expect(degraded.status).toBe(200);
    expect(await degraded.json()).toMatchObject({
      status: 'degraded',
      checks: { supergraph: true, teams: false, intake: true },
    });

    await stack.restart('teams');
    const healed = await waitFor(
      'the gateway to reach teams again',
      async () => ((await call(both)).errors === undefined ? true : undefined),
      {
        timeoutMs: 30_000,
        intervalMs: 250,
      },
    );
    expect(healed).toBe(true);
    expect(await (await fetch(`${base()}/readyz`)).json()).toMatchObject({ status: 'ready' });
  });

  it('opens exactly one incident per escalated report when the incidents service is killed with SIGKILL mid-stream', async () => {
    const marker = `sigkill-${randomUUID()}`;
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const submitted = await call(
        'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
        {
          input: {
            channel: 'INTERNAL',
            reporter: { name: 'Faults' },
            title: `${marker} ${i}`,
            description: 'Escalated while incidents dies.',
            tlp: 'GREEN',
          },
        },
      );
      const id = submitted.data.submitReport.id;
      await call(
        'mutation($id: ID!, $input: TriageReportInput!) { triageReport(id: $id, input: $input) { id } }',
        {
          id,
          input: { classification: { rsitClass: 'test', rsitType: 'test' }, severity: 1, priority: 'P4' },
        },
      );
      ids.push(id);
    }
    // Escalations go out through intake's outbox; incidents dies while it consumes them.
    await Promise.all(
      ids.map((id) =>
        call(
          'mutation($id: ID!, $input: EscalateReportInput!) { escalateReport(id: $id, input: $input) { id } }',
          { id, input: { region: 'EMEA' } },
        ),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    await stack.kill('incidents', 'SIGKILL');
    await stack.restart('incidents');

    const incidentOf = await waitFor(
      'every escalated report to have its incident',
      async () => {
        const nodes = await Promise.all(
          ids.map(
            async (id) =>
              (await call('query($id: ID!) { report(id: $id) { id incident { id } } }', { id })).data?.report,
          ),
        );
        return nodes.every((node: any) => node?.incident) ? nodes : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const distinct = new Set(incidentOf.map((node: any) => node.incident.id));
    expect(distinct.size).toBe(ids.length);
    const incidents = await call(
      'query($text: String!) { incidents(filter: { text: $text }, first: 50) { edges { node { id } } } }',
      { text: marker },
    );
    expect(incidents.errors).toBeUndefined();
    expect(incidents.data.incidents.edges.length).toBe(ids.length);
  });
});
