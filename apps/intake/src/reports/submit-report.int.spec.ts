import { randomUUID } from 'node:crypto';
import type { SubgraphService } from '@csirt/service';
import { errorCodes, graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import { TOPICS } from '@csirt/contracts';
import type { Principal } from '@csirt/auth';
import type { IntakeContext } from '../context';
import { ReportRepository } from './report.repository';
import { seedConstituencies, caller, intakeWithoutConsumer, freshIp, marker, REPORT, REPORT_FIELDS, reportInput, submit, SUBMIT, TEST_DATABASE } from '../testing/fixtures';

describe('intake: submitting and reading reports (real Postgres and Kafka)', () => {
  let service: SubgraphService<IntakeContext>;
  let url: string;
  let probe: TopicProbe;
  let reporter: string;
  let analyst: string;
  const reporterSubject = `reporter-${randomUUID()}`;

  const db = (sql: string, params: unknown[] = []) => service.dependencies.dataSource.query(sql, params);
  const countWith = async (text: string) => {
    const [{ reports }] = await db(`SELECT count(*)::int AS reports FROM report WHERE title LIKE $1 OR description LIKE $1`, [`%${text}%`]);
    const [{ events }] = await db(`SELECT count(*)::int AS events FROM messaging_outbox WHERE envelope::text LIKE $1`, [`%${text}%`]);
    return { reports, events };
  };

  beforeAll(async () => {
    service = await startTestSubgraph(intakeWithoutConsumer, TEST_DATABASE);
    await seedConstituencies(service.dependencies.dataSource);
    url = service.url;
    probe = await TopicProbe.start(testKafka('intake-submit-spec'), TOPICS.intakeReports);
    reporter = await caller(['REPORTER'], { subject: reporterSubject });
    analyst = await caller(['ANALYST']);
  });

  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  it('accepts a report: normalised observables, reference, suggestion, rows and a ReportReceivedV1 on Kafka', async () => {
    const ip = freshIp();
    const res = await graphql(
      url,
      SUBMIT,
      {
        input: reportInput({
          channel: 'EMAIL',
          title: 'Phishing campaign against staff',
          description: 'Mails with a fake login page.',
          observables: [
            { type: 'IPV4', value: ip.replace(/\./g, '[.]') },
            { type: 'DOMAIN', value: 'Login-Example[.]COM.' },
            { type: 'URL', value: 'hxxps://login-example[.]com/owa' },
            { type: 'IPV6', value: '2001:DB8:0:0:0:0:0:1' },
            { type: 'CVE', value: 'cve-2024-3094' },
          ],
          cia: { confidentiality: true, integrity: false, availability: false },
          affectedAssets: ['mail.example.org'],
          tlp: 'TLP:GREEN',
        }),
      },
      reporter,
    );
    expect(res.errors).toBeUndefined();
    const report = res.data.submitReport;
    expect(report.reference).toMatch(/^RPT-\d{4}-\d{6}$/);
    expect(report.status).toBe('NEW');
    expect(report.tlp).toBe('GREEN');
    expect(report.observables).toEqual([
      { type: 'IPV4', value: ip },
      { type: 'DOMAIN', value: 'login-example.com' },
      { type: 'URL', value: 'https://login-example.com/owa' },
      { type: 'IPV6', value: '2001:db8::1' },
      { type: 'CVE', value: 'CVE-2024-3094' },
    ]);
    expect(report.suggestion.classification).toEqual({ rsitClass: 'fraud', rsitType: 'phishing' });
    expect(report.suggestion.reasons.length).toBeGreaterThan(0);
    expect(report.classification).toBeNull();
    expect(report.reporter).toEqual({ name: 'Alice Example', email: 'alice@example.org', organisation: 'Example Org', constituencyId: 'const-eu' });

    const rows = await db(`SELECT type, value, open FROM report_observable WHERE report_id = $1 ORDER BY type`, [report.id]);
    expect(rows).toHaveLength(5);
    expect(rows.every((row: { open: boolean }) => row.open)).toBe(true);

    const received = await waitFor('ReportReceivedV1 on Kafka', async () =>
      probe.matching((e) => e?.type === 'intake.report.received' && e.subject === report.id)[0],
    );
    const envelope = JSON.parse(received.value!.toString());
    expect(envelope.tlp).toBe('GREEN');
    expect(envelope.data).toMatchObject({ reportId: report.id, reference: report.reference, channel: 'EMAIL', constituencyId: 'const-eu' });
    expect(received.key?.toString()).toBe(report.id);
  });

  it('a retried submission with the same idempotency key yields one report', async () => {
    const key = `retry-${randomUUID()}`;
    const input = reportInput({ idempotencyKey: key });
    const results = await Promise.all([1, 2, 3].map(() => graphql(url, SUBMIT, { input }, reporter)));
    for (const res of results) expect(res.errors).toBeUndefined();
    const ids = new Set(results.map((res) => res.data.submitReport.id));
    expect(ids.size).toBe(1);
    const again = await graphql(url, SUBMIT, { input: { ...input, title: 'A different title on retry' } }, reporter);
    expect(again.data.submitReport.id).toBe([...ids][0]);
    const [{ n }] = await db(`SELECT count(*)::int AS n FROM report WHERE idempotency_key = $1`, [key]);
    expect(n).toBe(1);
    const [{ events }] = await db(`SELECT count(*)::int AS events FROM messaging_outbox WHERE envelope->>'subject' = $1`, [[...ids][0]]);
    expect(events).toBe(1);

    // Keys belong to a submitter: another client's same key makes its own report.
    const other = await graphql(url, SUBMIT, { input }, await caller(['REPORTER']));
    expect(other.data.submitReport.id).not.toBe([...ids][0]);
  });

  it.each([
    ['a missing title', { title: '' }, 'REPORT.INVALID_INPUT', 'title'],
    ['an oversize description', { description: 'x'.repeat(20_001) }, 'REPORT.INVALID_INPUT', 'description'],
    ['an invalid IPv4', { observables: [{ type: 'DOMAIN', value: 'fine.example.com' }, { type: 'IPV4', value: '999.1.1.1' }] }, 'REPORT.INVALID_OBSERVABLE', 'observables.1.value'],
    ['an invalid hash', { observables: [{ type: 'SHA256', value: 'abc' }] }, 'REPORT.INVALID_OBSERVABLE', 'observables.0.value'],
    ['an unknown TLP label', { tlp: 'TLP:PURPLE' }, 'REPORT.INVALID_TLP', 'tlp'],
    ['too many observables', { observables: Array.from({ length: 501 }, (_, i) => ({ type: 'ASN', value: `AS${i}` })) }, 'REPORT.INVALID_INPUT', 'observables'],
  ])('refuses %s with a stable code and writes nothing', async (_, overrides, code, field) => {
    const text = marker();
    const res = await graphql(url, SUBMIT, { input: reportInput({ description: `bad input ${text}`, ...overrides }) }, reporter);
    expect(errorCodes(res)).toEqual([code]);
    expect(res.errors?.[0].extensions?.field).toBe(field);
    expect(res.data).toBeNull();
    expect(await countWith(text)).toEqual({ reports: 0, events: 0 });
  });

  it('refuses an unknown channel at the schema (BAD_USER_INPUT)', async () => {
    const res = await graphql(url, SUBMIT, { input: reportInput({ channel: 'CARRIER_PIGEON' }) }, reporter);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('channels are bound to callers: only a partner submits on PARTNER_CSIRT, only a sensor on SENSOR', async () => {
    const text = marker();
    const partner = await caller(['REPORTER'], { partnerId: 'cert-bound' });
    const sensor = await caller(['REPORTER'], { sensorId: 'ids-bound' });
    const refused = [
      ['PARTNER_CSIRT', reporter],
      ['PARTNER_CSIRT', analyst],
      ['PARTNER_CSIRT', sensor],
      ['SENSOR', reporter],
      ['SENSOR', analyst],
      ['SENSOR', partner],
    ] as const;
    for (const [channel, auth] of refused) {
      // With an idempotency key too: a retry cannot slip through the key lookup.
      const res = await graphql(url, SUBMIT, { input: reportInput({ channel, description: text, idempotencyKey: `k-${channel}` }) }, auth);
      expect(errorCodes(res)).toEqual(['REPORT.CHANNEL_NOT_ALLOWED']);
      expect(res.errors?.[0].extensions?.field).toBe('input.channel');
    }
    expect(await countWith(text)).toEqual({ reports: 0, events: 0 });

    const fromPartner = await submit(url, partner, { channel: 'PARTNER_CSIRT', description: text });
    expect(fromPartner).toMatchObject({ channel: 'PARTNER_CSIRT', partnerId: 'cert-bound', sensorId: null });
    const fromSensor = await submit(url, sensor, { channel: 'SENSOR', description: text });
    expect(fromSensor).toMatchObject({ channel: 'SENSOR', partnerId: null, sensorId: 'ids-bound' });
    // The open channels stay open to every submitter, and record no partner or sensor.
    const fromWeb = await submit(url, partner, { channel: 'WEB_FORM', description: text });
    expect(fromWeb).toMatchObject({ partnerId: null, sensorId: null });
    const rows = await db(`SELECT channel, partner_id, sensor_id FROM report WHERE description = $1 ORDER BY channel`, [text]);
    expect(rows).toEqual([
      { channel: 'PARTNER_CSIRT', partner_id: 'cert-bound', sensor_id: null },
      { channel: 'SENSOR', partner_id: null, sensor_id: 'ids-bound' },
      { channel: 'WEB_FORM', partner_id: null, sensor_id: null },
    ]);
  });

  it('requires a caller, and the REPORTER or ANALYST role to submit', async () => {
    const text = marker();
    expect(errorCodes(await graphql(url, SUBMIT, { input: reportInput({ description: text }) }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(url, SUBMIT, { input: reportInput({ description: text }) }, await caller(['AUDITOR'])))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(url, REPORT, { id: randomUUID() }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(url, REPORT, { id: randomUUID() }, await caller(['PUBLISHER'])))).toEqual(['FORBIDDEN']);
    expect(await countWith(text)).toEqual({ reports: 0, events: 0 });
    const byAnalyst = await submit(url, analyst);
    expect(byAnalyst.status).toBe('NEW');
  });

  it('reads: staff within TLP clearance, a REPORTER only its own, RED only for named recipients', async () => {
    const ownerSubject = `reporter-${randomUUID()}`;
    const owner = await caller(['REPORTER'], { subject: ownerSubject });
    const strict = await submit(url, owner, { tlp: 'AMBER+STRICT' });
    const red = await submit(url, owner, { tlp: 'RED' });

    const read = async (id: string, auth: string) => (await graphql(url, `query ($id: ID!) { report(id: $id) { id } }`, { id }, auth)).data?.report;
    expect(await read(strict.id, analyst)).toEqual({ id: strict.id });
    expect(await read(strict.id, await caller(['ANALYST'], { clearance: 'AMBER' }))).toBeNull();
    expect(await read(strict.id, owner)).toEqual({ id: strict.id });
    expect(await read(strict.id, await caller(['REPORTER']))).toBeNull();
    expect(await read(red.id, await caller(['ANALYST'], { clearance: 'RED' }))).toBeNull();
    expect(await read(red.id, await caller(['REPORTER'], { subject: ownerSubject, clearance: 'RED' }))).toEqual({ id: red.id });
    expect(await read('not-a-uuid', analyst)).toBeNull();
  });

  it('TLP:RED: readable and listed only for the submitter and the named recipients (by subject or person id)', async () => {
    const text = marker();
    const named = `analyst-${randomUUID()}`;
    const personId = randomUUID();
    const red = await submit(url, reporter, { tlp: 'RED', description: `red ${text}`, recipients: [named, personId, named] });
    expect(red.recipients).toEqual([named, personId]);
    const LIST = `query ($text: String) { reports(filter: { text: $text }) { edges { node { id } } } }`;
    const view = async (auth: string) => ({
      one: (await graphql(url, `query ($id: ID!) { report(id: $id) { id } }`, { id: red.id }, auth)).data?.report?.id ?? null,
      list: (await graphql(url, LIST, { text }, auth)).data?.reports.edges.map((e: any) => e.node.id),
    });
    expect(await view(await caller(['ANALYST'], { subject: named, clearance: 'RED' }))).toEqual({ one: red.id, list: [red.id] });
    expect(await view(await caller(['ANALYST'], { clearance: 'RED', personId }))).toEqual({ one: red.id, list: [red.id] });
    expect(await view(await caller(['ANALYST'], { clearance: 'RED' }))).toEqual({ one: null, list: [] });
    expect(await view(await caller(['ADMIN'], { clearance: 'RED' }))).toEqual({ one: null, list: [] });
    // Named, but not cleared for RED at all.
    expect(await view(await caller(['ANALYST'], { subject: named, clearance: 'AMBER_STRICT' }))).toEqual({ one: null, list: [] });
  });

  it('lists newest first (or oldest first) with keyset pagination both ways, filters, and only what the caller may read', async () => {
    const text = marker();
    const base = Date.now() - 60_000;
    const made: string[] = [];
    // The same submitter, speaking as its sensor on the SENSOR channel.
    const sensor = await caller(['REPORTER'], { subject: reporterSubject, sensorId: 'ids-listing' });
    for (let i = 0; i < 5; i += 1) {
      const report = await submit(url, i % 2 === 0 ? sensor : reporter, {
        description: `listing ${text} item ${i}`,
        receivedAt: new Date(base + i * 1000).toISOString(),
        channel: i % 2 === 0 ? 'SENSOR' : 'PHONE',
        tlp: i === 4 ? 'AMBER+STRICT' : 'GREEN',
      });
      made.push(report.id);
    }
    const LIST = `query ($filter: ReportFilter, $first: Int, $after: String) {
      reports(filter: $filter, first: $first, after: $after) { edges { cursor node { id channel } } pageInfo { hasNextPage endCursor } } }`;
    const page1 = await graphql(url, LIST, { filter: { text }, first: 2 }, analyst);
    expect(page1.errors).toBeUndefined();
    expect(page1.data.reports.edges.map((e: any) => e.node.id)).toEqual([made[4], made[3]]);
    expect(page1.data.reports.pageInfo.hasNextPage).toBe(true);
    const page2 = await graphql(url, LIST, { filter: { text }, first: 2, after: page1.data.reports.pageInfo.endCursor }, analyst);
    expect(page2.data.reports.edges.map((e: any) => e.node.id)).toEqual([made[2], made[1]]);
    const page3 = await graphql(url, LIST, { filter: { text }, first: 2, after: page2.data.reports.pageInfo.endCursor }, analyst);
    expect(page3.data.reports.edges.map((e: any) => e.node.id)).toEqual([made[0]]);
    expect(page3.data.reports.pageInfo.hasNextPage).toBe(false);

    // Oldest first (the triage queue): the cursor continues upwards.
    const LIST_ASC = `query ($filter: ReportFilter, $first: Int, $after: String) {
      reports(filter: $filter, first: $first, after: $after, order: OLDEST_FIRST) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const asc1 = await graphql(url, LIST_ASC, { filter: { text }, first: 3 }, analyst);
    expect(asc1.errors).toBeUndefined();
    expect(asc1.data.reports.edges.map((e: any) => e.node.id)).toEqual([made[0], made[1], made[2]]);
    const asc2 = await graphql(url, LIST_ASC, { filter: { text }, first: 3, after: asc1.data.reports.pageInfo.endCursor }, analyst);
    expect(asc2.data.reports.edges.map((e: any) => e.node.id)).toEqual([made[3], made[4]]);
    expect(asc2.data.reports.pageInfo.hasNextPage).toBe(false);

    const sensors = await graphql(url, LIST, { filter: { text, channel: 'SENSOR', status: ['NEW'] } }, analyst);
    expect(sensors.data.reports.edges.map((e: any) => e.node.id)).toEqual([made[4], made[2], made[0]]);
    const ranged = await graphql(
      url,
      LIST,
      { filter: { text, receivedFrom: new Date(base + 1000).toISOString(), receivedTo: new Date(base + 3000).toISOString() } },
      analyst,
    );
    expect(ranged.data.reports.edges.map((e: any) => e.node.id)).toEqual([made[2], made[1]]);
    const byConstituency = await graphql(url, LIST, { filter: { text, constituencyId: 'const-nowhere' } }, analyst);
    expect(byConstituency.errors).toBeUndefined();
    expect(byConstituency.data.reports.edges).toEqual([]);

    // Not cleared for AMBER+STRICT: that report is simply absent.
    const amber = await graphql(url, LIST, { filter: { text } }, await caller(['AUDITOR'], { clearance: 'AMBER' }));
    expect(amber.data.reports.edges.map((e: any) => e.node.id)).toEqual([made[3], made[2], made[1], made[0]]);
    // A REPORTER lists only its own reports.
    const stranger = await graphql(url, LIST, { filter: { text } }, await caller(['REPORTER']));
    expect(stranger.data.reports.edges).toEqual([]);
    const own = await graphql(url, LIST, { filter: { text } }, reporter);
    expect(own.data.reports.edges).toHaveLength(5);

    expect(errorCodes(await graphql(url, LIST, { first: 101 }, analyst))).toEqual(['PAGINATION.INVALID_PAGE_SIZE']);
    expect(errorCodes(await graphql(url, LIST, { after: 'garbage' }, analyst))).toEqual(['PAGINATION.INVALID_CURSOR']);
  });

  it('counts every match of a filter on any page (totalCount), within what the caller may read, bounded', async () => {
    const text = marker();
    for (let i = 0; i < 5; i += 1) {
      await submit(url, reporter, { description: `counting ${text} item ${i}`, tlp: i === 4 ? 'AMBER+STRICT' : 'GREEN' });
    }
    const COUNT = `query ($filter: ReportFilter, $first: Int) { reports(filter: $filter, first: $first) { totalCount edges { node { id } } } }`;
    const page = await graphql(url, COUNT, { filter: { text }, first: 2 }, analyst);
    expect(page.errors).toBeUndefined();
    expect(page.data.reports).toMatchObject({ totalCount: 5 });
    expect(page.data.reports.edges).toHaveLength(2);
    const count = async (filter: Record<string, unknown>, auth: string) => (await graphql(url, COUNT, { filter, first: 1 }, auth)).data.reports.totalCount;
    expect(await count({ text }, await caller(['AUDITOR'], { clearance: 'AMBER' }))).toBe(4);
    expect(await count({ text }, await caller(['REPORTER']))).toBe(0);
    expect(await count({ text, status: ['REJECTED'] }, analyst)).toBe(0);
    // Bounded: past the cap the count stops at the cap.
    const reports = new ReportRepository(service.dependencies.dataSource.manager);
    const principal: Principal = {
      subject: 'counting-analyst', name: 'Counting analyst', roles: new Set(['ANALYST']), clearance: 'AMBER_STRICT',
      personId: null, organisation: null, partnerId: null, sensorId: null,
    };
    expect(await reports.count(principal, { text }, 100)).toBe(5);
    expect(await reports.count(principal, { text }, 3)).toBe(3);
  });

  it('filters the list by an indicator, normalised like a submission', async () => {
    const ip = freshIp();
    const carrying = await submit(url, reporter, { observables: [{ type: 'IPV4', value: ip }] });
    await submit(url, reporter, { observables: [{ type: 'IPV4', value: freshIp() }] });
    const LIST = `query ($filter: ReportFilter) { reports(filter: $filter) { edges { node { id } } } }`;
    const res = await graphql(url, LIST, { filter: { observable: { type: 'IPV4', value: ip.replace(/\./g, '[.]') } } }, analyst);
    expect(res.data.reports.edges.map((e: any) => e.node.id)).toEqual([carrying.id]);
    const bad = await graphql(url, LIST, { filter: { observable: { type: 'IPV4', value: '999.1.1.1' } } }, analyst);
    expect(errorCodes(bad)).toEqual(['REPORT.INVALID_OBSERVABLE']);
  });

  it('lists related open reports by shared observables and similar titles, with the reason, both ways', async () => {
    const ip = freshIp();
    const domain = `${marker()}.example.net`;
    const first = await submit(url, reporter, {
      title: `Credential phishing wave ${marker()}`,
      observables: [
        { type: 'IPV4', value: ip },
        { type: 'DOMAIN', value: domain },
      ],
    });
    const second = await submit(url, reporter, {
      title: 'Unrelated looking headline',
      observables: [
        { type: 'DOMAIN', value: domain.toUpperCase() + '.' },
        { type: 'IPV4', value: ip },
        { type: 'MD5', value: 'd41d8cd98f00b204e9800998ecf8427e' },
      ],
    });
    const match = second.relatedReports.find((r: any) => r.report.id === first.id);
    expect(match).toBeDefined();
    expect(match.sharedObservables).toEqual([
      { type: 'DOMAIN', value: domain },
      { type: 'IPV4', value: ip },
    ]);
    expect(match.reason).toMatch(/shares 2 observables/);

    const back = (await graphql(url, REPORT, { id: first.id }, analyst)).data.report;
    expect(back.relatedReports.map((r: any) => r.report.id)).toContain(second.id);

    const titled = await submit(url, reporter, { title: first.title.replace('wave', 'waves') });
    const byTitle = titled.relatedReports.find((r: any) => r.report.id === first.id);
    expect(byTitle.sharedObservables).toEqual([]);
    expect(byTitle.titleSimilarity).toBeGreaterThan(0.5);
    expect(byTitle.reason).toMatch(/similar title/);

    // A report the caller may not read is not listed as related.
    const hidden = await submit(url, reporter, { tlp: 'AMBER+STRICT', observables: [{ type: 'IPV4', value: ip }] });
    const amberView = (await graphql(url, REPORT, { id: first.id }, await caller(['ANALYST'], { clearance: 'AMBER' }))).data.report;
    expect(amberView.relatedReports.map((r: any) => r.report.id)).not.toContain(hidden.id);
    expect(amberView.relatedReports.map((r: any) => r.report.id)).toContain(second.id);
  });

  it('relates reports submitted at the same moment to each other like any others', async () => {
    const ip = freshIp();
    const count = 8;
    // Concurrent submissions: without serialising the matching, each transaction misses the
    // others' uncommitted rows and the pairs are never related.
    const reports = await Promise.all(
      Array.from({ length: count }, (_, n) => submit(url, reporter, { title: `Burst ${marker()} ${n}`, observables: [{ type: 'IPV4', value: ip }] })),
    );
    const ids = reports.map((r: any) => r.id);
    const pairs = await db(
      `SELECT report_id, related_report_id FROM report_relation WHERE report_id = ANY($1::uuid[]) AND related_report_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(pairs).toHaveLength(count * (count - 1));
    for (const id of ids) {
      const { relatedReports } = (await graphql(url, REPORT, { id }, analyst)).data.report;
      expect(relatedReports.map((r: any) => r.report.id).sort()).toEqual(ids.filter((other: string) => other !== id).sort());
    }
  });

  it('resolves Report through _entities with the same checks as report(id)', async () => {
    const report = await submit(url, reporter, { tlp: 'AMBER+STRICT' });
    const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Report { id reference status } } }`;
    const reps = [
      { __typename: 'Report', id: report.id },
      { __typename: 'Report', id: randomUUID() },
    ];
    const res = await graphql(url, ENTITIES, { reps }, analyst);
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual([{ id: report.id, reference: report.reference, status: 'NEW' }, null]);
    const notCleared = await graphql(url, ENTITIES, { reps }, await caller(['INCIDENT_MANAGER'], { clearance: 'AMBER' }));
    expect(notCleared.data._entities).toEqual([null, null]);
    expect(errorCodes(await graphql(url, ENTITIES, { reps }))).toContain('UNAUTHENTICATED');
  });

  it('bulk submission: per-item results, a bad item does not sink the batch, keys dedupe', async () => {
    const text = marker();
    const key = `bulk-${randomUUID()}`;
    const BULK = `mutation ($inputs: [SubmitReportInput!]!) {
      submitReports(inputs: $inputs) { accepted rejected items { index report { id status } error { code field message } } } }`;
    const inputs = [
      reportInput({ channel: 'SENSOR', description: `bulk ${text} 0`, idempotencyKey: key }),
      reportInput({ channel: 'SENSOR', description: `bulk ${text} 1`, observables: [{ type: 'IPV4', value: '999.1.1.1' }] }),
      reportInput({ channel: 'SENSOR', description: `bulk ${text} 2`, tlp: 'NOPE' }),
      reportInput({ channel: 'SENSOR', description: `bulk ${text} 3`, idempotencyKey: key }),
      reportInput({ channel: 'SENSOR', description: `bulk ${text} 4` }),
      // A sensor is no partner CSIRT: this item alone is refused.
      reportInput({ channel: 'PARTNER_CSIRT', description: `bulk ${text} 5` }),
    ];
    const res = await graphql(url, BULK, { inputs }, await caller(['REPORTER'], { subject: 'sensor-1', sensorId: 'ids-1' }));
    expect(res.errors).toBeUndefined();
    const result = res.data.submitReports;
    expect(result.accepted).toBe(3);
    expect(result.rejected).toBe(3);
    expect(result.items.map((i: any) => i.error?.code ?? null)).toEqual([
      null,
      'REPORT.INVALID_OBSERVABLE',
      'REPORT.INVALID_TLP',
      null,
      null,
      'REPORT.CHANNEL_NOT_ALLOWED',
    ]);
    expect(result.items[5]).toMatchObject({ index: 5, report: null, error: { field: 'input.channel' } });
    expect(result.items[1]).toMatchObject({ index: 1, report: null, error: { field: 'observables.0.value' } });
    expect(result.items[3].report.id).toBe(result.items[0].report.id);
    expect((await countWith(`bulk ${text}`)).reports).toBe(2);

    const tooMany = await graphql(url, BULK, { inputs: Array.from({ length: 501 }, () => reportInput()) }, reporter);
    expect(errorCodes(tooMany)).toEqual(['REPORT.BULK_TOO_LARGE']);
  });

  it('records the report fields as given', async () => {
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
    const res = await graphql(url, `mutation ($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT_FIELDS} } }`, {
      input: reportInput({ channel: 'PARTNER_CSIRT', occurredAt, affectedAssets: ['db01', 'db01', 'web02'], tlp: 'white' }),
    }, await caller(['REPORTER'], { partnerId: 'cert-partner-1' }));
    const report = res.data.submitReport;
    expect(report.channel).toBe('PARTNER_CSIRT');
    expect(report.partnerId).toBe('cert-partner-1');
    expect(report.sensorId).toBeNull();
    expect(report.occurredAt).toBe(occurredAt);
    expect(report.affectedAssets).toEqual(['db01', 'web02']);
    expect(report.tlp).toBe('CLEAR');
    expect(report.cia).toEqual({ confidentiality: false, integrity: false, availability: false });
  });
});
