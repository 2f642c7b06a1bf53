import { randomUUID } from 'node:crypto';
import { TOPICS } from '@csirt/contracts';
import type { SubgraphService } from '@csirt/service';
import { errorCodes, graphql, startTestSubgraph, testKafka, TopicProbe, waitFor } from '@csirt/testing';
import type { IntakeContext } from '../context';
import { caller, intakeWithoutConsumer, marker, TEST_DATABASE } from '../testing/fixtures';

const QUESTION_FIELDS = `id kind subject body constituencyId tlp askedAt askedBy status dueAt overdue timeToAnswerSeconds closedAt faqProposedAt
  answer { body answeredBy answeredAt }`;
const ASK = `mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { ${QUESTION_FIELDS} } }`;
const ANSWER = `mutation ($id: ID!, $body: String!) { answerQuestion(id: $id, body: $body) { ${QUESTION_FIELDS} } }`;
const CLOSE = `mutation ($id: ID!) { closeQuestion(id: $id) { ${QUESTION_FIELDS} } }`;
const PROPOSE = `mutation ($id: ID!) { proposeAnswerAsFaq(id: $id) { ${QUESTION_FIELDS} } }`;
const QUESTION = `query ($id: ID!) { question(id: $id) { ${QUESTION_FIELDS} } }`;
const QUEUE = `query ($filter: QuestionFilter, $first: Int, $after: String, $order: QuestionOrder) {
  questions(filter: $filter, first: $first, after: $after, order: $order) { edges { cursor node { id subject askedAt status overdue } } pageInfo { hasNextPage endCursor } } }`;
const MINE = `query ($first: Int) { myQuestions(first: $first) { edges { node { id subject answer { body } } } } }`;
const METRICS = `query ($from: DateTime!, $to: DateTime!) { feedbackMetrics(from: $from, to: $to) {
  asked answered timeToAnswerP50Seconds timeToAnswerP90Seconds overdue answerTargetSeconds } }`;

describe('intake: the feedback function (real Postgres and Kafka)', () => {
  let service: SubgraphService<IntakeContext>;
  let url: string;
  let probe: TopicProbe;
  let asker: string;
  let stranger: string;
  let analyst: string;
  let greenAnalyst: string;
  let manager: string;
  const askerSubject = `reporter-${randomUUID()}`;
  const db = (sql: string, params: unknown[] = []) => service.dependencies.dataSource.query(sql, params);

  beforeAll(async () => {
    service = await startTestSubgraph(intakeWithoutConsumer, TEST_DATABASE);
    url = service.url;
    probe = await TopicProbe.start(testKafka('intake-feedback-spec'), TOPICS.intakeFeedback);
    asker = await caller(['REPORTER'], { subject: askerSubject, clearance: 'AMBER' });
    stranger = await caller(['REPORTER'], { clearance: 'AMBER_STRICT' });
    analyst = await caller(['ANALYST']);
    greenAnalyst = await caller(['ANALYST'], { clearance: 'GREEN' });
    manager = await caller(['INCIDENT_MANAGER']);
  });

  afterAll(async () => {
    await probe?.stop();
    await service?.stop();
  });

  const ask = async (input: Record<string, unknown>, auth = asker) => {
    const res = await graphql(url, ASK, { input: { subject: `How do I report phishing ${marker()}`, body: 'Where do I send a suspicious mail?', ...input } }, auth);
    if (res.errors) throw new Error(`askQuestion failed: ${JSON.stringify(res.errors)}`);
    return res.data.askQuestion;
  };

  it('a reporter asks, an analyst answers, the asker reads the answer; nobody else sees it', async () => {
    const asked = await ask({ kind: 'QUESTION', constituencyId: 'const-eu', tlp: 'TLP:GREEN' });
    expect(asked).toMatchObject({ kind: 'QUESTION', status: 'OPEN', tlp: 'GREEN', askedBy: askerSubject, answer: null, overdue: false, timeToAnswerSeconds: null });
    expect(Date.parse(asked.dueAt) - Date.parse(asked.askedAt)).toBe(72 * 3600 * 1000);

    // The stranger learns nothing: not by id, not in its own list, and it may not answer.
    expect((await graphql(url, QUESTION, { id: asked.id }, stranger)).data.question).toBeNull();
    expect((await graphql(url, MINE, { first: 100 }, stranger)).data.myQuestions.edges.map((e: any) => e.node.id)).not.toContain(asked.id);
    expect(errorCodes(await graphql(url, ANSWER, { id: asked.id, body: 'Mine now.' }, stranger))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(url, QUEUE, {}, stranger))).toEqual(['FORBIDDEN']);

    const answered = await graphql(url, ANSWER, { id: asked.id, body: '  Forward it to the security mailbox as an attachment.  ' }, analyst);
    expect(answered.errors).toBeUndefined();
    expect(answered.data.answerQuestion).toMatchObject({ status: 'ANSWERED', overdue: false, answer: { body: 'Forward it to the security mailbox as an attachment.' } });
    expect(answered.data.answerQuestion.timeToAnswerSeconds).toBeGreaterThanOrEqual(0);

    const read = await graphql(url, QUESTION, { id: asked.id }, asker);
    expect(read.data.question.answer.body).toBe('Forward it to the security mailbox as an attachment.');
    const mine = await graphql(url, MINE, { first: 100 }, asker);
    expect(mine.data.myQuestions.edges.find((e: any) => e.node.id === asked.id).node.answer.body).toMatch(/security mailbox/);

    // Answered once: a second answer is refused with a stable code.
    expect(errorCodes(await graphql(url, ANSWER, { id: asked.id, body: 'Again.' }, analyst))).toEqual(['FEEDBACK.INVALID_TRANSITION']);
  });

  it('refuses malformed questions and answers with stable codes', async () => {
    const codes = async (input: Record<string, unknown>, auth = asker) =>
      errorCodes(await graphql(url, ASK, { input: { subject: 'A fine subject', body: 'A body.', ...input } }, auth));
    expect(await codes({ subject: 'ab' })).toEqual(['FEEDBACK.INVALID_INPUT']);
    expect(await codes({ body: '   ' })).toEqual(['FEEDBACK.INVALID_INPUT']);
    expect(await codes({ body: 'x'.repeat(20_001) })).toEqual(['FEEDBACK.INVALID_INPUT']);
    expect(await codes({ tlp: 'RED' })).toEqual(['FEEDBACK.INVALID_TLP']);
    expect(await codes({ tlp: 'PURPLE' })).toEqual(['FEEDBACK.INVALID_TLP']);
    // The asker is cleared to AMBER: it may not label a question it could not read itself.
    expect(await codes({ tlp: 'AMBER+STRICT' })).toEqual(['FEEDBACK.TLP_NOT_CLEARED']);
    expect(await codes({}, '')).toEqual(['UNAUTHENTICATED']);

    const asked = await ask({});
    expect(errorCodes(await graphql(url, ANSWER, { id: asked.id, body: '' }, analyst))).toEqual(['FEEDBACK.INVALID_INPUT']);
    expect(errorCodes(await graphql(url, ANSWER, { id: 'not-a-uuid', body: 'Hi.' }, analyst))).toEqual(['FEEDBACK.NOT_FOUND']);
    expect(errorCodes(await graphql(url, ANSWER, { id: randomUUID(), body: 'Hi.' }, analyst))).toEqual(['FEEDBACK.NOT_FOUND']);
    expect(errorCodes(await graphql(url, QUEUE, { after: 'forged' }, analyst))).toEqual(['PAGINATION.INVALID_CURSOR']);
    expect(errorCodes(await graphql(url, QUEUE, { first: 1000 }, analyst))).toEqual(['PAGINATION.INVALID_PAGE_SIZE']);
  });

  it('holds TLP: an analyst cleared to GREEN neither sees nor answers an AMBER question', async () => {
    const amber = await ask({ tlp: 'AMBER' });
    const green = await ask({ tlp: 'GREEN' });
    expect((await graphql(url, QUESTION, { id: amber.id }, greenAnalyst)).data.question).toBeNull();
    expect((await graphql(url, QUESTION, { id: green.id }, greenAnalyst)).data.question.id).toBe(green.id);
    const queue = await graphql(url, QUEUE, { first: 100, order: 'NEWEST_FIRST' }, greenAnalyst);
    const ids = queue.data.questions.edges.map((e: any) => e.node.id);
    expect(ids).toContain(green.id);
    expect(ids).not.toContain(amber.id);
    expect(errorCodes(await graphql(url, ANSWER, { id: amber.id, body: 'Hi.' }, greenAnalyst))).toEqual(['FEEDBACK.NOT_FOUND']);
  });

  it('serves the queue oldest first by cursor, and finds the overdue ones', async () => {
    const tag = marker();
    const first = await ask({ subject: `Queue ${tag} one` });
    const second = await ask({ subject: `Queue ${tag} two` });
    // The first was asked four days ago: past its 72-hour target.
    await db(`UPDATE question SET asked_at = now() - interval '4 days', due_at = now() - interval '1 day' WHERE id = $1`, [first.id]);

    const page1 = await graphql(url, QUEUE, { first: 1, filter: { status: ['OPEN'], overdue: true } }, analyst);
    const overdueIds: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await graphql(url, QUEUE, { first: 50, after, filter: { status: ['OPEN'], overdue: true } }, analyst);
      overdueIds.push(...page.data.questions.edges.map((e: any) => e.node.id));
      if (!page.data.questions.pageInfo.hasNextPage) break;
      after = page.data.questions.pageInfo.endCursor;
    }
    expect(overdueIds).toContain(first.id);
    expect(overdueIds).not.toContain(second.id);
    expect(page1.data.questions.edges).toHaveLength(1);
    expect((await graphql(url, QUESTION, { id: first.id }, asker)).data.question.overdue).toBe(true);

    // Oldest first: walking the whole queue by cursor meets the older question before the newer.
    const order: string[] = [];
    after = null;
    for (;;) {
      const page: any = await graphql(url, QUEUE, { first: 2, after, filter: { status: ['OPEN'] } }, manager);
      const times = page.data.questions.edges.map((e: any) => Date.parse(e.node.askedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      order.push(...page.data.questions.edges.map((e: any) => e.node.id));
      if (!page.data.questions.pageInfo.hasNextPage) break;
      after = page.data.questions.pageInfo.endCursor;
    }
    expect(order.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(first.id)).toBeLessThan(order.indexOf(second.id));
  });

  it('closes: the asker its own, never a stranger; closed is final', async () => {
    const asked = await ask({ kind: 'FEEDBACK' });
    expect(errorCodes(await graphql(url, CLOSE, { id: asked.id }, stranger))).toEqual(['FEEDBACK.NOT_FOUND']);
    const closed = await graphql(url, CLOSE, { id: asked.id }, asker);
    expect(closed.data.closeQuestion).toMatchObject({ status: 'CLOSED', kind: 'FEEDBACK', overdue: false });
    expect(closed.data.closeQuestion.closedAt).not.toBeNull();
    expect(errorCodes(await graphql(url, CLOSE, { id: asked.id }, analyst))).toEqual(['FEEDBACK.INVALID_TRANSITION']);
    expect(errorCodes(await graphql(url, ANSWER, { id: asked.id, body: 'Too late.' }, analyst))).toEqual(['FEEDBACK.INVALID_TRANSITION']);
  });

  it('proposes an answer as a FAQ once: one event on csirt.intake.feedback, without the asker', async () => {
    const asked = await ask({ tlp: 'GREEN', subject: `Is MFA required ${marker()}` });
    expect(errorCodes(await graphql(url, PROPOSE, { id: asked.id }, analyst))).toEqual(['FEEDBACK.NOT_ANSWERED']);
    expect(errorCodes(await graphql(url, PROPOSE, { id: asked.id }, asker))).toEqual(['FORBIDDEN']);
    await graphql(url, ANSWER, { id: asked.id, body: 'Yes, for every remote login.' }, analyst);

    const proposed = await graphql(url, PROPOSE, { id: asked.id }, analyst);
    expect(proposed.errors).toBeUndefined();
    const at = proposed.data.proposeAnswerAsFaq.faqProposedAt;
    expect(at).not.toBeNull();
    const again = await graphql(url, PROPOSE, { id: asked.id }, analyst);
    expect(again.data.proposeAnswerAsFaq.faqProposedAt).toBe(at);

    const [{ n }] = await db(`SELECT count(*)::int AS n FROM messaging_outbox WHERE topic = $2 AND envelope->>'subject' = $1`, [asked.id, TOPICS.intakeFeedback]);
    expect(n).toBe(1);
    const [message] = await waitFor('the FAQ event', async () => {
      const found = probe.matching((value) => value?.subject === asked.id);
      return found.length > 0 && found;
    });
    const envelope = JSON.parse(message.value!.toString());
    expect(envelope).toMatchObject({ type: 'intake.question.proposed-as-faq', version: 1, source: 'intake', tlp: 'GREEN' });
    expect(envelope.data).toMatchObject({ questionId: asked.id, question: 'Where do I send a suspicious mail?', answer: 'Yes, for every remote login.', tlp: 'GREEN' });
    expect(JSON.stringify(envelope)).not.toContain(askerSubject);
  });

  it('measures time to answer over a period, withholding small groups', async () => {
    // A day of its own, far in the past, so no other test's questions fall into it.
    const day = new Date(Date.UTC(2001, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000);
    const hours = [1, 2, 3, 4, 5, 100];
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await ask({ tlp: 'GREEN' })).id);
    for (const [i, id] of ids.entries()) {
      const askedAt = new Date(day.getTime() + i * 60_000);
      const answeredAt = i < hours.length ? new Date(askedAt.getTime() + hours[i] * 3_600_000) : null;
      await db(
        `UPDATE question SET asked_at = $2, due_at = $2::timestamptz + interval '72 hours', status = $3,
           answer_body = $4, answered_by = $5, answered_at = $6, time_to_answer_seconds = $7 WHERE id = $1`,
        [id, askedAt, answeredAt ? 'ANSWERED' : 'OPEN', answeredAt ? 'An answer.' : null, answeredAt ? 'analyst' : null, answeredAt, answeredAt ? hours[i] * 3600 : null],
      );
    }
    const to = new Date(day.getTime() + 86_400_000).toISOString();
    const metrics = await graphql(url, METRICS, { from: day.toISOString(), to }, manager);
    expect(metrics.errors).toBeUndefined();
    // 6 answered (one of them late, after 100 h), 6 never answered and long past due.
    expect(metrics.data.feedbackMetrics).toEqual({
      asked: 12,
      answered: 6,
      timeToAnswerP50Seconds: 3 * 3600,
      timeToAnswerP90Seconds: 100 * 3600,
      overdue: 7,
      answerTargetSeconds: 72 * 3600,
    });

    // Three questions on another day: every figure describes too few askers.
    const small = new Date(day.getTime() - 86_400_000);
    for (const id of ids.slice(0, 3)) await db(`UPDATE question SET asked_at = $2 WHERE id = $1`, [id, small]);
    const withheld = await graphql(url, METRICS, { from: small.toISOString(), to: day.toISOString() }, manager);
    expect(withheld.data.feedbackMetrics).toMatchObject({ asked: null, answered: null, timeToAnswerP50Seconds: null, timeToAnswerP90Seconds: null, overdue: null });

    expect(errorCodes(await graphql(url, METRICS, { from: to, to: day.toISOString() }, manager))).toEqual(['FEEDBACK.INVALID_RANGE']);
    expect(errorCodes(await graphql(url, METRICS, { from: '2001-01-01T00:00:00Z', to: '2003-01-01T00:00:00Z' }, manager))).toEqual(['FEEDBACK.INVALID_RANGE']);
    expect(errorCodes(await graphql(url, METRICS, { from: day.toISOString(), to }, asker))).toEqual(['FORBIDDEN']);
  });
});
