import { authorizerFor } from '@csirt/auth';
import { decodeCursor, pageSize, toConnection } from '@csirt/service';
import { answerQuestion } from '../feedback/answer-question.service';
import { askQuestion } from '../feedback/ask-question.service';
import { closeQuestion } from '../feedback/close-question.service';
import { feedbackMetrics } from '../feedback/feedback-metrics.service';
import { proposeAnswerAsFaq } from '../feedback/propose-faq.service';
import type { Question } from '../feedback/question.entity';
import { QuestionRepository } from '../feedback/question.repository';
import { isOverdue, mayReadQuestion } from '../feedback/question-rules';
import type { Resolvers } from '../generated/resolvers-types';

const authorize = authorizerFor('intake');
const cursorOf = (question: Question) => ({ at: question.askedAt, id: question.id });

/** The feedback function's resolvers (merged into the subgraph's in ./index.ts). */
export const feedbackResolvers: Pick<Resolvers, 'Query' | 'Mutation' | 'Question'> = {
  Query: {
    question: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.question');
      const question = (await new QuestionRepository(ctx.deps.dataSource.manager).findByIds([id])).get(id);
      // Not readable is answered like not found: the caller learns nothing of its existence.
      return question && mayReadQuestion(caller, question) ? question : null;
    },
    questions: async (_, { filter, first, after, order }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.questions');
      const size = pageSize(first);
      const rows = await new QuestionRepository(ctx.deps.dataSource.manager).list(caller, filter ?? {}, decodeCursor(after), size + 1, order !== 'NEWEST_FIRST');
      return toConnection(rows, size, cursorOf);
    },
    myQuestions: async (_, { first, after }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.myQuestions');
      const size = pageSize(first);
      const rows = await new QuestionRepository(ctx.deps.dataSource.manager).list(caller, { askedBy: caller.subject }, decodeCursor(after), size + 1, false);
      return toConnection(rows, size, cursorOf);
    },
    feedbackMetrics: async (_, { from, to }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.feedbackMetrics');
      return feedbackMetrics(ctx.deps.dataSource.manager, caller, from, to);
    },
  },

  Mutation: {
    askQuestion: async (_, { input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.askQuestion');
      return ctx.deps.transaction((manager) => askQuestion(manager, input, caller));
    },
    answerQuestion: async (_, { id, body }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.answerQuestion');
      return ctx.deps.transaction((manager) => answerQuestion(manager, id, body, caller));
    },
    closeQuestion: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.closeQuestion');
      return ctx.deps.transaction((manager) => closeQuestion(manager, id, caller));
    },
    proposeAnswerAsFaq: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.proposeAnswerAsFaq');
      return ctx.deps.transaction((manager) => proposeAnswerAsFaq(manager, ctx.deps.outbox, id, caller, ctx.traceparent));
    },
  },

  Question: {
    answer: (question) =>
      question.answerBody !== null && question.answeredBy !== null && question.answeredAt !== null
        ? { body: question.answerBody, answeredBy: question.answeredBy, answeredAt: question.answeredAt }
        : null,
    overdue: (question) => isOverdue(question, new Date()),
  },
};
