import { randomUUID } from 'node:crypto';
import { AUDIT_TOPICS, type AuditEntry, type EventEnvelope } from '@csirt/contracts';
import type { SubgraphService } from '@csirt/service';
import { graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { IntakeContext } from '../context';
import { caller, intakeWithoutConsumer, submit, TEST_DATABASE, TRIAGE } from '../testing/fixtures';

describe('intake audit entries (RED reads, label changes) on its own audit topic', () => {
  let service: SubgraphService<IntakeContext>;
  let audit: TopicProbe;
  const kafka = testKafka('intake-audit-spec');

  beforeAll(async () => {
    [service, audit] = await Promise.all([startTestSubgraph(intakeWithoutConsumer, TEST_DATABASE), TopicProbe.start(kafka, AUDIT_TOPICS.intake)]);
  });

  afterAll(async () => {
    await audit?.stop();
    await service?.stop();
  });

  const entriesFor = (reportId: string, count: number) =>
    waitFor(`${count} audit entries for ${reportId}`, async () => {
      const found = audit.matching((value) => value?.subject === reportId);
      return found.length >= count && found.map((m) => JSON.parse(m.value!.toString()) as EventEnvelope<string, AuditEntry>);
    });

  /** Posts an operation with a request id, as the gateway forwards it. */
  function post(query: string, variables: Record<string, unknown>, authorization: string, requestId: string) {
    return graphql(service.url, query, variables, authorization, { headers: { 'x-request-id': requestId } });
  }

  it('records each read of a RED report by a named recipient once per request, and none of a GREEN one', async () => {
    const named = `analyst-${randomUUID()}`;
    const reporter = await caller(['REPORTER']);
    const red = await submit(service.url, reporter, { tlp: 'RED', recipients: [named] });
    const green = await submit(service.url, reporter, { tlp: 'GREEN' });
    const reader = await caller(['ANALYST'], { subject: named, clearance: 'RED' });

    const res = await post(
      `query ($red: ID!, $green: ID!) { a: report(id: $red) { id } b: report(id: $red) { id } c: report(id: $green) { id } }`,
      { red: red.id, green: green.id },
      reader,
      'req-red-read-0001',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: { id: red.id }, b: { id: red.id }, c: { id: green.id } });

    const [entry] = await entriesFor(red.id, 1);
    expect(entry.tlp).toBe('RED');
    expect(entry.data).toMatchObject({ action: 'RED_READ', entityType: 'Report', entityId: red.id, entityTlp: 'RED', requestId: 'req-red-read-0001', actor: { subject: named } });
    // An unreadable RED report is no read at all: the refusal is answered as not found.
    await post(`query ($id: ID!) { report(id: $id) { id } }`, { id: red.id }, await caller(['ANALYST'], { clearance: 'RED' }), 'req-red-read-0002');
    await post(`query ($id: ID!) { report(id: $id) { id } }`, { id: red.id }, reader, 'req-red-read-0003');
    const entries = await entriesFor(red.id, 2);
    expect(entries.map((e) => e.data.requestId)).toEqual(['req-red-read-0001', 'req-red-read-0003']);
    expect(audit.matching((value) => value?.subject === green.id)).toEqual([]);
  });

  it('records a label change at triage, labelled with the stricter label, in the same transaction', async () => {
    const reporter = await caller(['REPORTER']);
    const report = await submit(service.url, reporter, { tlp: 'GREEN' });
    const analyst = await caller(['ANALYST'], { subject: `analyst-${randomUUID()}`, clearance: 'AMBER_STRICT' });
    const input = { classification: { rsitClass: 'intrusions', rsitType: 'system-compromise' }, severity: 3, priority: 'P2', tlp: 'AMBER+STRICT' };
    const res = await post(TRIAGE, { id: report.id, input }, analyst, 'req-triage-0001');
    expect(res.errors).toBeUndefined();

    const [entry] = await entriesFor(report.id, 1);
    expect(entry.tlp).toBe('AMBER_STRICT');
    expect(entry.data).toMatchObject({ action: 'LABEL_CHANGED', entityType: 'Report', entityId: report.id, reason: 'GREEN->AMBER_STRICT', requestId: 'req-triage-0001', outcome: 'ALLOWED' });
    const [{ n }] = await service.dependencies.dataSource.query(
      `SELECT count(*)::int AS n FROM messaging_outbox WHERE event_type = 'audit.entry.recorded@1' AND envelope->>'subject' = $1`,
      [report.id],
    );
    expect(n).toBe(1);
  });
});
