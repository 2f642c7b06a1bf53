import { randomUUID } from 'node:crypto';
import { canRead, type Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import type { AskQuestionInput } from '../generated/resolvers-types';
import { FeedbackErrors } from './feedback.errors';
import { Question } from './question.entity';
import { ANSWER_TARGET_SECONDS, validateQuestion } from './question-rules';

/**
 * A constituent asks a question or sends feedback. The answer clock starts now; its due
 * time is fixed here. No event: nothing outside intake acts on a question until an
 * analyst proposes its answer as a FAQ.
 */
export async function askQuestion(manager: EntityManager, input: AskQuestionInput, caller: Principal): Promise<Question> {
  const valid = validateQuestion(input);
  // A label the asker could not read would hide the question from the asker itself.
  if (!canRead(caller, valid.tlp, [caller.subject])) throw FeedbackErrors.tlpNotCleared('input.tlp', valid.tlp);
  const now = new Date();
  const question = manager.create(Question, {
    id: randomUUID(),
    ...valid,
    askedAt: now,
    askedBy: caller.subject,
    status: 'OPEN',
    dueAt: new Date(now.getTime() + ANSWER_TARGET_SECONDS * 1000),
    answerBody: null,
    answeredBy: null,
    answeredAt: null,
    timeToAnswerSeconds: null,
    closedAt: null,
    closedBy: null,
    faqProposedAt: null,
    faqProposedBy: null,
  });
  await manager.insert(Question, question);
  return question;
}
