import { randomUUID } from 'node:crypto';
import { ReportIncidentClosedV1, TOPICS, type EventData } from '@csirt/contracts';
import { createProducer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, errorCodes, graphql, startTestSubgraph, testKafka, waitFor } from '@csirt/testing';
import type { Producer } from 'kafkajs';
import type { AnnouncementsContext } from '../context';
import { announcementsSubgraph } from '../subgraph';
import { incidentClosedWording } from './reporter-notification';

const MINE = `query ($first: Int) { myNotifications(first: $first) { id kind reportId reportReference title body createdAt } }`;

/**
 * Intake's closing notice (played on the real broker) becomes one incident notification that
 * only the report's submitter reads. Assertions read state: another suite's consumer in the
 * same group may take the partition.
 */
describe('announcements: the reporter is notified when its incident closes (real Postgres and Kafka)', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let producer: Producer;

  function notice(data: EventData<typeof ReportIncidentClosedV1>) {
    const event = {
      id: randomUUID(),
      type: ReportIncidentClosedV1.type,
      version: ReportIncidentClosedV1.version,
      source: 'intake',
      subject: data.reportId,
      time: new Date().toISOString(),
      tlp: 'GREEN',
      data,
    };
    return event;
  }
  async function publish(event: { subject: string; [field: string]: unknown }) {
    await producer.send({ topic: TOPICS.intakeNotices, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
  }
  const mine = async (token: string) => graphql(service.url, MINE, { first: 100 }, token);

  beforeAll(async () => {
    service = await startTestSubgraph(announcementsSubgraph, 'csirt_test_announcements');
    producer = await createProducer(testKafka('announcements-reporter-notifications-spec'));
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.stop();
  });

  it('addresses one notification to the submitter alone; a redelivery or a replay of the same closure adds none', async () => {
    const subject = `reporter-${randomUUID()}`;
    const reporter = await bearer(['REPORTER'], { subject, clearance: 'CLEAR' });
    const stranger = await bearer(['REPORTER', 'PUBLISHER'], { subject: `other-${randomUUID()}`, clearance: 'RED' });
    const reportId = randomUUID();
    const closedAt = new Date().toISOString();
    const data = {
      reportId,
      reference: 'RPT-2026-424242',
      reporterSubject: subject,
      notificationKey: `${reportId}:${closedAt}`,
      closedAt,
      publicResolutionSummary: 'The phishing site was taken down.',
    };
    const first = notice(data);
    await publish(first);
    const got = await waitFor('the notification', async () => {
      const res = await mine(reporter);
      return res.data?.myNotifications?.length ? res : undefined;
    });
    const wording = incidentClosedWording(data);
    expect(got.errors).toBeUndefined();
    expect(got.data).toEqual({
      myNotifications: [
        {
          id: expect.any(String),
          kind: 'INCIDENT_NOTIFICATION',
          reportId,
          reportReference: 'RPT-2026-424242',
          title: 'Your report RPT-2026-424242: incident closed',
          body: wording.body,
          createdAt: expect.any(String),
        },
      ],
    });
    expect(wording.body).toContain('Outcome: The phishing site was taken down.');

    // The same event again, and the same closure under another event id (a replay).
    await publish(first);
    await publish(notice(data));
    // A later closure of the same report (reopened, closed again), on the same partition: once
    // it is there, the two before it have been consumed.
    const later = new Date(Date.now() + 1_000).toISOString();
    await publish(notice({ ...data, closedAt: later, notificationKey: `${reportId}:${later}`, publicResolutionSummary: null }));
    const both = await waitFor('the second closure', async () => {
      const res = await mine(reporter);
      return res.data?.myNotifications?.length >= 2 ? res : undefined;
    });
    expect(both.data.myNotifications).toHaveLength(2);
    expect(both.data.myNotifications[0].body).toBe(`The incident handling your report RPT-2026-424242 was closed on ${later}.`);

    // Nobody else reads them, whatever their roles or clearance.
    const other = await mine(stranger);
    expect(other.errors).toBeUndefined();
    expect(JSON.stringify(other.data)).not.toContain(reportId);
  });

  it('answers a bad page size with a stable code, and an anonymous caller with UNAUTHENTICATED', async () => {
    const reporter = await bearer(['REPORTER'], { subject: `reporter-${randomUUID()}`, clearance: 'CLEAR' });
    expect(errorCodes(await graphql(service.url, MINE, { first: 1_000 }, reporter))).toEqual(['PAGINATION.INVALID_PAGE_SIZE']);
    expect(errorCodes(await graphql(service.url, MINE, { first: 1 }))).toEqual(['UNAUTHENTICATED']);
  });
});
