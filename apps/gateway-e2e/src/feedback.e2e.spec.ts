import { randomUUID } from 'node:crypto';
import { bearer, errorCodes, graphql, waitFor } from '@csirt/testing';
import { startStack, type Stack } from './support/stack';

/**
 * The feedback function as its users see it through the gateway: a constituent asks, an
 * analyst answers, the constituent reads the answer, nobody else does, and the answer
 * becomes a draft FAQ (an EDUCATION advisory) in announcements, through Kafka.
 */
describe('feedback through the gateway: question, answer, FAQ draft', () => {
  let stack: Stack;
  let asker: string;
  let otherReporter: string;
  let analyst: string;
  let publisher: string;

  beforeAll(async () => {
    stack = await startStack();
    asker = await bearer(['REPORTER'], { subject: `e2e-asker-${randomUUID()}`, clearance: 'GREEN' });
    otherReporter = await bearer(['REPORTER'], { subject: `e2e-other-${randomUUID()}`, clearance: 'AMBER_STRICT' });
    analyst = await bearer(['ANALYST'], { subject: 'e2e-feedback-analyst', clearance: 'AMBER_STRICT' });
    publisher = await bearer(['PUBLISHER'], { subject: 'e2e-feedback-publisher', clearance: 'AMBER_STRICT' });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const call = (query: string, variables: Record<string, unknown>, auth: string) => graphql(stack.gatewayUrl, query, variables, auth);

  it('a reporter asks, an analyst answers, the reporter reads it, another cannot, and it becomes a draft FAQ', async () => {
    const subject = `Should we rotate VPN keys ${randomUUID().slice(0, 8)}`;
    const asked = await call(
      `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id status tlp dueAt overdue } }`,
      { input: { kind: 'QUESTION', subject, body: 'After the gateway advisory, must every key be rotated?', tlp: 'GREEN' } },
      asker,
    );
    expect(asked.errors).toBeUndefined();
    expect(asked.data.askQuestion).toMatchObject({ status: 'OPEN', tlp: 'GREEN', overdue: false });
    const id = asked.data.askQuestion.id;

    // The analyst finds it in the queue, oldest first, and answers it.
    const queue = await call(`query { questions(filter: { status: [OPEN] }, first: 100) { edges { node { id subject } } } }`, {}, analyst);
    expect(queue.data.questions.edges.map((e: any) => e.node.id)).toContain(id);
    const answered = await call(
      `mutation($id: ID!, $body: String!) { answerQuestion(id: $id, body: $body) { status answer { body answeredBy } } }`,
      { id, body: 'Yes: rotate every key issued before the patch.' },
      analyst,
    );
    expect(answered.data.answerQuestion).toEqual({ status: 'ANSWERED', answer: { body: 'Yes: rotate every key issued before the patch.', answeredBy: 'e2e-feedback-analyst' } });

    // The asker reads the answer; another reporter learns nothing, by id or in its own list.
    const mine = await call(`query { myQuestions { edges { node { id status answer { body } } } } }`, {}, asker);
    expect(mine.data.myQuestions.edges).toEqual([{ node: { id, status: 'ANSWERED', answer: { body: 'Yes: rotate every key issued before the patch.' } } }]);
    const byOther = await call(`query($id: ID!) { question(id: $id) { id answer { body } } }`, { id }, otherReporter);
    expect(byOther.errors).toBeUndefined();
    expect(byOther.data.question).toBeNull();
    expect((await call(`query { myQuestions { edges { node { id } } } }`, {}, otherReporter)).data.myQuestions.edges).toEqual([]);
    expect(errorCodes(await call(`query { questions { edges { node { id } } } }`, {}, otherReporter))).toEqual(['FORBIDDEN']);

    // Proposed as a FAQ: announcements drafts an EDUCATION advisory for PR and legal review.
    const proposed = await call(`mutation($id: ID!) { proposeAnswerAsFaq(id: $id) { faqProposedAt } }`, { id }, analyst);
    expect(proposed.data.proposeAnswerAsFaq.faqProposedAt).not.toBeNull();
    const draft = await waitFor('the FAQ draft in announcements', async () => {
      const res = await call(`query { advisories(filter: { kind: EDUCATION, status: DRAFT }, first: 100) { edges { node { id kind status tlp title summary autoDrafted } } } }`, {}, publisher);
      return res.data?.advisories?.edges?.find((e: any) => e.node.title === `FAQ: ${subject}`)?.node;
    });
    expect(draft).toMatchObject({ kind: 'EDUCATION', status: 'DRAFT', tlp: 'GREEN', autoDrafted: true, summary: 'After the gateway advisory, must every key be rotated?' });
  });
});
