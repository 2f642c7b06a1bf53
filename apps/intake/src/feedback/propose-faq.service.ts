import type { Principal } from '@csirt/auth';
import { QuestionProposedAsFaqV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import { FeedbackErrors } from './feedback.errors';
import { Question } from './question.entity';
import { QuestionRepository } from './question.repository';

/**
 * An analyst proposes an answered question as a FAQ. The mark and the event commit
 * together; a second call finds the mark and writes nothing, so announcements gets one
 * event per question (and drafts once even if Kafka redelivers it: its inbox).
 */
export async function proposeAnswerAsFaq(manager: EntityManager, outbox: Outbox, id: string, caller: Principal, traceparent?: string): Promise<Question> {
  const question = await new QuestionRepository(manager).lock(id, caller);
  if (question.answerBody === null || question.answeredAt === null) throw FeedbackErrors.notAnswered(id);
  if (question.faqProposedAt) return question;
  const now = new Date();
  question.faqProposedAt = now;
  question.faqProposedBy = caller.subject;
  await manager.save(Question, question);
  await outbox.enqueue(manager, {
    contract: QuestionProposedAsFaqV1,
    subject: question.id,
    tlp: question.tlp,
    traceparent,
    data: {
      questionId: question.id,
      kind: question.kind,
      subject: question.subject,
      question: question.body,
      answer: question.answerBody,
      tlp: question.tlp,
      constituencyId: question.constituencyId,
      proposedBy: caller.subject,
      proposedAt: now.toISOString(),
    },
  });
  return question;
}
