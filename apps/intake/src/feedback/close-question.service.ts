import type { Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import { FeedbackErrors } from './feedback.errors';
import { Question } from './question.entity';
import { QuestionRepository } from './question.repository';
import { mayCloseQuestion, requireQuestionTransition } from './question-rules';

/** The asker (its own question) or an analyst closes an OPEN or ANSWERED question. */
export async function closeQuestion(manager: EntityManager, id: string, caller: Principal): Promise<Question> {
  const question = await new QuestionRepository(manager).lock(id, caller);
  // Staff who may read but not close (auditors) are told no more than a stranger.
  if (!mayCloseQuestion(caller, question)) throw FeedbackErrors.notFound(id);
  requireQuestionTransition(question.status, 'CLOSED');
  question.status = 'CLOSED';
  question.closedAt = new Date();
  question.closedBy = caller.subject;
  await manager.save(Question, question);
  return question;
}
