import { randomUUID } from 'node:crypto';
import { errorCodes, graphql, startTestSubgraph } from '@csirt/testing';
import {
  as,
  escalation,
  incidentsWithoutConsumer,
  ok,
  openIncident,
  type Service,
} from '../testing/fixtures';
import { applyEscalatedReport } from './escalated-report';

const UPDATE = `mutation($id: ID!, $input: UpdateIncidentInput!) {
  updateIncident(id: $id, input: $input) {
    id title severity tlp pap priority classification { rsitClass rsitType } cia { confidentiality integrity availability }
    affectedAssets observables { type value } estimatedLoss { amount currency } complexity effortHours resolution lessonsLearned
  }
}`;
const LINK = `mutation($id: ID!, $otherId: ID!, $relation: IncidentRelation!, $reason: String!) {
  linkIncidents(id: $id, otherId: $otherId, relation: $relation, reason: $reason) { id links { relation reason linkedBy incident { id } } }
}`;
const MERGE = `mutation($sourceId: ID!, $intoId: ID!, $reason: String!) {
  mergeIncidents(sourceId: $sourceId, intoId: $intoId, reason: $reason) {
    id severity tlp effortHours estimatedLoss { amount currency } reports { id } observables { type value } affectedAssets
    tasks { id title } cia { confidentiality integrity availability } timeline { kind message }
  }
}`;

describe('updateIncident, linkIncidents and mergeIncidents', () => {
  let service: Service;
  let manager: string;
  let analyst: string;

  beforeAll(async () => {
    service = await startTestSubgraph(incidentsWithoutConsumer, 'csirt_test_incidents');
    manager = await as(['INCIDENT_MANAGER'], { subject: 'im-2' });
    analyst = await as(['ANALYST'], { subject: 'an-2' });
  });
  afterAll(() => service?.stop());

  const db = () => service.dependencies.dataSource;
  const timelineOf = async (id: string) =>
    (await db().query(`SELECT kind, message FROM timeline_entry WHERE incident_id = $1 ORDER BY seq`, [
      id,
    ])) as { kind: string; message: string }[];
  const eventsOf = async (id: string) =>
    (
      (await db().query(`SELECT envelope FROM messaging_outbox WHERE message_key = $1 AND topic = 'csirt.incidents.incidents' ORDER BY seq`, [
        id,
      ])) as { envelope: any }[]
    ).map((r) => r.envelope);

  it('updates the given fields, tells the timeline, and announces a severity change', async () => {
    const id = await openIncident(service, { severity: 2, tlp: 'GREEN' });
    const { updateIncident } = await ok(
      service.url,
      UPDATE,
      {
        id,
        input: {
          title: 'Credential phishing, finance',
          severity: 4,
          tlp: 'AMBER',
          pap: 'GREEN',
          classification: { rsitClass: 'intrusions', rsitType: 'unprivileged-account-compromise' },
          cia: { confidentiality: true, integrity: true, availability: false },
          affectedAssets: ['erp.example.org', 'ERP.example.org'],
          addObservables: [
            { type: 'EMAIL', value: 'Boss@Evil.Example' },
            { type: 'DOMAIN', value: 'evil.example' },
          ],
          estimatedLoss: { amount: 12500.5, currency: 'EUR' },
          complexity: 'MEDIUM',
          effortHours: 7.5,
        },
      },
      analyst,
    );
    expect(updateIncident).toMatchObject({
      title: 'Credential phishing, finance',
      severity: 4,
      tlp: 'AMBER',
      pap: 'GREEN',
      classification: { rsitClass: 'intrusions', rsitType: 'unprivileged-account-compromise' },
      affectedAssets: ['erp.example.org'],
      observables: [
        { type: 'DOMAIN', value: 'evil.example' },
        { type: 'EMAIL', value: 'boss@evil.example' },
      ],
      estimatedLoss: { amount: 12500.5, currency: 'EUR' },
      complexity: 'MEDIUM',
      effortHours: 7.5,
    });
    expect((await timelineOf(id)).map((e) => e.kind)).toEqual([
      'OPENED',
      'UPDATED',
      'TLP_CHANGED',
      'SEVERITY_CHANGED',
    ]);
    const severity = (await eventsOf(id)).find((e) => e.type === 'incidents.incident.severity-changed');
    expect(severity).toMatchObject({
      tlp: 'AMBER',
      data: { from: 2, to: 4, tlp: 'AMBER', changedBy: 'an-2' },
    });
    const tlp = (await eventsOf(id)).find((e) => e.type === 'incidents.incident.tlp-changed');
    expect(tlp).toMatchObject({ tlp: 'AMBER', data: { from: 'GREEN', to: 'AMBER', changedBy: 'an-2' } });

    // Nothing given, nothing written.
    await ok(service.url, UPDATE, { id, input: { title: 'Credential phishing, finance' } }, analyst);
    expect(await timelineOf(id)).toHaveLength(4);
  });

  it('refuses bad input with INCIDENT.INVALID_INPUT naming the field, and writes nothing', async () => {
    const id = await openIncident(service);
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'x' }, 'title'],
      [{ severity: 5 }, 'severity'],
      [{ classification: { rsitClass: 'fraud', rsitType: 'ddos' } }, 'classification'],
      [{ estimatedLoss: { amount: -1, currency: 'EUR' } }, 'estimatedLoss.amount'],
      [{ estimatedLoss: { amount: 1, currency: 'euro' } }, 'estimatedLoss.currency'],
      [{ addObservables: [{ type: 'IPV4', value: '999.1.1.1' }] }, 'addObservables.0'],
      [{ effortHours: -2 }, 'effortHours'],
    ];
    for (const [input, field] of cases) {
      const res = await graphql(
        service.url,
        UPDATE,
        { id, input: { title: 'A valid title', ...input } },
        analyst,
      );
      expect(errorCodes(res)).toEqual(['INCIDENT.INVALID_INPUT']);
      expect(res.errors![0].extensions!.field).toBe(field);
    }
    const [row] = await db().query(`SELECT title, severity FROM incident WHERE id = $1`, [id]);
    expect(row).toEqual({ title: 'Phishing campaign against the finance department', severity: 2 });
    expect(await timelineOf(id)).toHaveLength(1);
    expect(
      errorCodes(await graphql(service.url, UPDATE, { id, input: { title: 'Fine' } }, await as(['AUDITOR']))),
    ).toEqual(['FORBIDDEN']);
  });

  it('lets only an incident manager or security officer lower the TLP label, with a recorded reason, and refuses changes to a closed incident', async () => {
    const id = await openIncident(service, { tlp: 'AMBER' });
    const lower = { tlp: 'GREEN', tlpReason: 'Partner agreed to share with the community' };
    expect(errorCodes(await graphql(service.url, UPDATE, { id, input: lower }, analyst))).toEqual([
      'INCIDENT.TLP_DOWNGRADE_FORBIDDEN',
    ]);
    const noReason = await graphql(service.url, UPDATE, { id, input: { tlp: 'GREEN' } }, manager);
    expect(errorCodes(noReason)).toEqual(['INCIDENT.INVALID_INPUT']);
    expect(noReason.errors![0].extensions!.field).toBe('tlpReason');
    expect((await ok(service.url, UPDATE, { id, input: lower }, manager)).updateIncident.tlp).toBe('GREEN');
    // Lowered: the event itself still travels under the stricter, old label, and says who and why.
    const lowered = (await eventsOf(id)).find((e) => e.type === 'incidents.incident.tlp-changed');
    expect(lowered).toMatchObject({
      tlp: 'AMBER',
      data: { from: 'AMBER', to: 'GREEN', changedBy: 'im-2', reason: lower.tlpReason },
    });
    expect((await timelineOf(id)).at(-1)).toEqual({
      kind: 'TLP_CHANGED',
      message: `TLP changed from AMBER to GREEN: ${lower.tlpReason}`,
    });
    // Other services learn who may read it now, after the version they held.
    const access = (await eventsOf(id)).filter((e) => e.type === 'incidents.incident.access-changed');
    expect(access.map((e) => [e.data.tlp, e.data.version])).toEqual([
      ['AMBER', 1],
      ['GREEN', 2],
    ]);

    const closed = await openIncident(service);
    await db().query(`UPDATE incident SET status = 'CLOSED' WHERE id = $1`, [closed]);
    expect(
      errorCodes(await graphql(service.url, UPDATE, { id: closed, input: { title: 'Too late' } }, analyst)),
    ).toEqual(['INCIDENT.CLOSED']);
  });

  it('links two incidents once, both timelines telling it, hiding links to incidents the reader may not see', async () => {
    const a = await openIncident(service, { tlp: 'GREEN' });
    const b = await openIncident(service, { tlp: 'AMBER' });
    const { linkIncidents } = await ok(
      service.url,
      LINK,
      { id: a, otherId: b, relation: 'SAME_CAMPAIGN', reason: 'Same phishing kit' },
      manager,
    );
    expect(linkIncidents.links).toEqual([
      { relation: 'SAME_CAMPAIGN', reason: 'Same phishing kit', linkedBy: 'im-2', incident: { id: b } },
    ]);
    expect(
      errorCodes(
        await graphql(
          service.url,
          LINK,
          { id: b, otherId: a, relation: 'RELATED', reason: 'again' },
          manager,
        ),
      ),
    ).toEqual(['INCIDENT.ALREADY_LINKED']);
    expect(
      errorCodes(
        await graphql(service.url, LINK, { id: a, otherId: a, relation: 'RELATED', reason: 'self' }, manager),
      ),
    ).toEqual(['INCIDENT.LINK_INVALID']);
    expect(
      errorCodes(
        await graphql(service.url, LINK, { id: a, otherId: b, relation: 'RELATED', reason: 'x' }, analyst),
      ),
    ).toEqual(['FORBIDDEN']);

    const [aEntry] = (await timelineOf(a)).filter((e) => e.kind === 'LINKED');
    const [bEntry] = (await timelineOf(b)).filter((e) => e.kind === 'LINKED');
    const [{ reference: aRef }] = await db().query(`SELECT reference FROM incident WHERE id = $1`, [a]);
    // The reason, written about both, stays out of the less restricted side.
    expect(aEntry.message).toBe('Linked to a restricted incident (same campaign)');
    expect(bEntry.message).toBe(`Linked to ${aRef} (same campaign): Same phishing kit`);

    const green = await as(['ANALYST'], { clearance: 'GREEN' });
    const seen = await ok(
      service.url,
      `query($id: ID!) { incident(id: $id) { links { reason } } }`,
      { id: a },
      green,
    );
    expect(seen.incident.links).toEqual([]);
  });

  it('merges one incident into another: reports, observables, open tasks and effort move, the source closes as merged', async () => {
    const constituencyId = `const-${randomUUID()}`;
    const into = await openIncident(service, {
      constituencyId,
      severity: 2,
      tlp: 'GREEN',
      observables: [{ type: 'DOMAIN', value: 'evil.example' }],
      affectedAssets: ['mail'],
    });
    const source = await openIncident(service, {
      constituencyId,
      severity: 3,
      tlp: 'AMBER',
      cia: { confidentiality: false, integrity: false, availability: true },
      observables: [
        { type: 'DOMAIN', value: 'EVIL.example' },
        { type: 'IPV4', value: '203.0.113.9' },
      ],
      affectedAssets: ['mail', 'web'],
    });
    await ok(
      service.url,
      UPDATE,
      { id: into, input: { effortHours: 2, estimatedLoss: { amount: 100, currency: 'EUR' } } },
      analyst,
    );
    await ok(
      service.url,
      UPDATE,
      { id: source, input: { effortHours: 3.25, estimatedLoss: { amount: 50, currency: 'EUR' } } },
      analyst,
    );
    const task = await ok(
      service.url,
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      { input: { incidentId: source, kind: 'CONTAINMENT', title: 'Block the IP' } },
      analyst,
    );
    const [intoReport] = await db().query(`SELECT report_id FROM incident_report WHERE incident_id = $1`, [
      into,
    ]);
    const [sourceReport] = await db().query(`SELECT report_id FROM incident_report WHERE incident_id = $1`, [
      source,
    ]);

    expect(
      errorCodes(
        await graphql(service.url, MERGE, { sourceId: source, intoId: into, reason: 'same' }, analyst),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await graphql(service.url, MERGE, { sourceId: source, intoId: source, reason: 'same' }, manager),
      ),
    ).toEqual(['INCIDENT.MERGE_INVALID']);
    const { mergeIncidents } = await ok(
      service.url,
      MERGE,
      { sourceId: source, intoId: into, reason: 'Same attacker, same phishing wave' },
      manager,
    );
    expect(mergeIncidents).toMatchObject({
      id: into,
      severity: 3,
      tlp: 'AMBER',
      effortHours: 5.25,
      estimatedLoss: { amount: 150, currency: 'EUR' },
      cia: { confidentiality: true, integrity: false, availability: true },
      reports: [{ id: intoReport.report_id }, { id: sourceReport.report_id }],
      observables: [
        { type: 'DOMAIN', value: 'evil.example' },
        { type: 'IPV4', value: '203.0.113.9' },
      ],
      affectedAssets: ['mail', 'web'],
      tasks: [{ id: task.createTask.id, title: 'Block the IP' }],
    });
    // What the source brought in is told like a report's indicators (one absorb for both).
    expect(mergeIncidents.timeline.map((e: any) => e.kind)).toEqual([
      'OPENED',
      'UPDATED',
      'MERGED_FROM',
      'UPDATED',
      'SEVERITY_CHANGED',
      'TLP_CHANGED',
    ]);

    const merged = await ok(
      service.url,
      `query($id: ID!) { incident(id: $id) { status resolution mergedInto { id } reports { id } closedAt timeline { kind message } } }`,
      { id: source },
      analyst,
    );
    expect(merged.incident).toMatchObject({ status: 'CLOSED', mergedInto: { id: into }, reports: [] });
    expect(merged.incident.resolution).toMatch(
      /^Merged into INC-\d{4}-\d{5}: Same attacker, same phishing wave$/,
    );
    expect(merged.incident.timeline.map((e: any) => e.kind)).toEqual([
      'OPENED',
      'UPDATED',
      'TASK_CREATED',
      'MERGED_INTO',
    ]);
    expect((await eventsOf(source)).map((e) => e.type)).toEqual([
      'incidents.incident.opened',
      'incidents.incident.indicators-changed',
      'incidents.incident.access-changed',
      'incidents.incident.merged',
      'incidents.incident.status-changed',
      'incidents.incident.closed',
    ]);
    const intoEvents = await eventsOf(into);
    expect(intoEvents.map((e) => e.type)).toEqual([
      'incidents.incident.opened',
      'incidents.incident.indicators-changed',
      'incidents.incident.access-changed',
      'incidents.incident.report-attached',
      'incidents.incident.severity-changed',
      'incidents.incident.tlp-changed',
      'incidents.incident.indicators-changed',
      'incidents.incident.access-changed',
    ]);
    // The target's whole list of indicators after the merge, under its (stricter) label.
    const indicators = intoEvents[6] as any;
    const [{ observables }] = await service.dependencies.dataSource.query(`SELECT observables FROM incident WHERE id = $1`, [into]);
    expect(indicators.data).toMatchObject({ incidentId: into, observables });
    expect(indicators.tlp).toBe(intoEvents[5].data.to);
    expect(
      errorCodes(
        await graphql(service.url, MERGE, { sourceId: source, intoId: into, reason: 'again' }, manager),
      ),
    ).toEqual(['INCIDENT.CLOSED']);
    expect(
      errorCodes(
        await graphql(service.url, MERGE, { sourceId: randomUUID(), intoId: into, reason: 'ghost' }, manager),
      ),
    ).toEqual(['INCIDENT.NOT_FOUND']);

    // A report escalated later to the merged-away incident lands in the one it was merged into.
    // It needs an analyst who may read that incident: a GREEN report from an analyst whose
    // clearance is not told is taken as GREEN-cleared, and the merged target is stricter now.
    const deps = service.dependencies;
    const apply = (report: ReturnType<typeof escalation>) =>
      deps.transaction((m) => applyEscalatedReport(m, deps.outbox, report, randomUUID()));
    expect(await apply(escalation({ incidentId: source }))).toEqual({ outcome: 'refused', incidentId: null });
    const late = escalation({ incidentId: source, escalatedByClearance: 'AMBER_STRICT' });
    expect(await apply(late)).toEqual({ outcome: 'attached', incidentId: into });
  });

  it('keeps a stricter incident out of what a less strict one tells, when merging across labels', async () => {
    // The manager escalated the RED one, so it is one of its named readers.
    const redManager = await as(['INCIDENT_MANAGER'], { subject: 'im-red', clearance: 'RED' });
    const red = await openIncident(service, { tlp: 'RED', escalatedBy: 'im-red' });
    const green = await openIncident(service, { tlp: 'GREEN' });
    const secret = 'Exfiltration via the CFO laptop';
    await ok(service.url, MERGE, { sourceId: green, intoId: red, reason: secret }, redManager);

    const [{ reference: redRef }] = await db().query(`SELECT reference FROM incident WHERE id = $1`, [red]);
    const greenReader = await as(['ANALYST'], { clearance: 'GREEN' });
    const { incident } = await ok(
      service.url,
      `query($id: ID!) { incident(id: $id) { resolution mergedInto { id } timeline { message } } }`,
      { id: green },
      greenReader,
    );
    const told = JSON.stringify(incident);
    expect(told).not.toContain(secret);
    expect(told).not.toContain(redRef);
    expect(told).not.toContain(red);
    expect(incident.resolution).toBe('Merged into a restricted incident');
    expect(incident.mergedInto).toBeNull();
    // The events the GREEN source publishes on its own label carry neither.
    const greenEvents = (await eventsOf(green)).filter((e) => e.tlp === 'GREEN');
    expect(JSON.stringify(greenEvents)).not.toContain(secret);
    expect(JSON.stringify(greenEvents)).not.toContain(redRef);
    // The RED target, now holding the GREEN one's content too, tells the whole story.
    const target = await timelineOf(red);
    expect(target.find((e) => e.kind === 'MERGED_FROM')?.message).toContain(secret);
  });
});
