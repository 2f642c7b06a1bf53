import { randomUUID } from 'node:crypto';
import { DEAD_LETTER_HEADERS, deadLetterTopic, QuestionProposedAsFaqV1, TOPICS, type EventEnvelope } from '@csirt/contracts';
import { createProducer, type Producer } from '@csirt/messaging';
import type { SubgraphService } from '@csirt/service';
import { bearer, graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { AnnouncementsContext } from '../context';
import { announcementsSubgraph } from '../subgraph';

describe('announcements: answers proposed as FAQs become draft education advisories (real Postgres and Kafka)', () => {
  let service: SubgraphService<AnnouncementsContext>;
  let producer: Producer;
  let dlq: TopicProbe;
  let publisher: string;
  const kafka = testKafka('announcements-faq-spec');
  const db = (sql: string, params: unknown[] = []) => service.dependencies.dataSource.query(sql, params);

  beforeAll(async () => {
    service = await startTestSubgraph(announcementsSubgraph, 'csirt_test_announcements');
    producer = await createProducer(kafka);
    dlq = await TopicProbe.start(kafka, deadLetterTopic('announcements'));
    publisher = await bearer(['PUBLISHER'], { subject: 'publisher-faq', clearance: 'AMBER_STRICT' });
  });

  afterAll(async () => {
    await dlq?.stop();
    await producer?.disconnect();
    await service?.stop();
  });

  const proposal = (questionId: string, subject: string, data: Record<string, unknown> = {}): EventEnvelope => ({
    id: randomUUID(),
    type: QuestionProposedAsFaqV1.type,
    version: 1,
    source: 'intake',
    subject: questionId,
    time: new Date().toISOString(),
    tlp: 'GREEN',
    data: {
      questionId,
      kind: 'QUESTION',
      subject,
      question: 'Is MFA required for remote logins?',
      answer: 'Yes, for every remote login.',
      tlp: 'GREEN',
      constituencyId: 'const-eu',
      proposedBy: 'analyst-1',
      proposedAt: new Date().toISOString(),
      ...data,
    },
  });
  const send = (envelope: EventEnvelope) =>
    producer.send({ topic: TOPICS.intakeFeedback, messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }] });
  const draftsOf = (subject: string) => db(`SELECT id, kind, status, tlp, title, body, source_event_id FROM advisory WHERE title = $1 ORDER BY created_at`, [`FAQ: ${subject}`]);

  it('drafts one EDUCATION advisory per proposal, even when the event comes twice', async () => {
    const questionId = randomUUID();
    const subject = `MFA for remote logins ${randomUUID().slice(0, 8)}`;
    const first = proposal(questionId, subject);
    await send(first);
    await send(first);
    // A later event on the same key (same partition, so handled after both copies): once
    // its draft exists, the redelivered copy has been handled too.
    const sentinel = proposal(questionId, subject);
    await send(sentinel);
    const drafts = await waitFor('both drafts', async () => {
      const rows = await draftsOf(subject);
      return rows.some((row: any) => row.source_event_id === sentinel.id) && rows;
    });
    expect(drafts.map((row: any) => row.source_event_id)).toEqual([first.id, sentinel.id]);
    expect(drafts[0]).toMatchObject({ kind: 'EDUCATION', status: 'DRAFT', tlp: 'GREEN' });
    expect(drafts[0].body).toContain('Is MFA required for remote logins?');
    expect(drafts[0].body).toContain('Yes, for every remote login.');

    // Publishers see it as any draft, to complete and send to PR and legal review.
    const read = await graphql(service.url, 'query($id: ID!) { advisory(id: $id) { kind status autoDrafted tlp title } }', { id: drafts[0].id }, publisher);
    expect(read.data.advisory).toEqual({ kind: 'EDUCATION', status: 'DRAFT', autoDrafted: true, tlp: 'GREEN', title: `FAQ: ${subject}` });
  });

  it('dead-letters a proposal it cannot parse, with the reason, and drafts nothing', async () => {
    const subject = `Broken proposal ${randomUUID().slice(0, 8)}`;
    const broken = proposal(randomUUID(), subject, { answer: undefined });
    await send(broken);
    const [letter] = await waitFor('the dead letter', async () => {
      const found = dlq.matching((value) => value?.id === broken.id);
      return found.length > 0 && found;
    });
    expect(letter.headers?.[DEAD_LETTER_HEADERS.code]?.toString()).toBe('INVALID_PAYLOAD');
    expect(await draftsOf(subject)).toEqual([]);
  });
});
