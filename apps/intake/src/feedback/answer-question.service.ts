import type { Principal } from '@csirt/auth';
import type { EntityManager } from 'typeorm';
import { Question } from './question.entity';
import { QuestionRepository } from './question.repository';
import { requireQuestionTransition, validateAnswer } from './question-rules';

/** An analyst answers an OPEN question; the answer clock stops. */
export async function answerQuestion(manager: EntityManager, id: string, body: string, caller: Principal): Promise<Question> {
  const answer = validateAnswer(body);
  const question = await new QuestionRepository(manager).lock(id, caller);
  requireQuestionTransition(question.status, 'ANSWERED');
  const now = new Date();
  question.status = 'ANSWERED';
  question.answerBody = answer;
  question.answeredBy = caller.subject;
  question.answeredAt = now;
  question.timeToAnswerSeconds = Math.max(0, Math.round((now.getTime() - question.askedAt.getTime()) / 1000));
  await manager.save(Question, question);
  return question;
}
