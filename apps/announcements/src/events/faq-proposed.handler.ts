import { QuestionProposedAsFaqV1, TOPICS } from '@csirt/contracts';
import { on, type HandlerRegistration } from '@csirt/messaging';
import type { ServiceDeps } from '@csirt/service';
import { draftAdvisory } from '../advisories/draft-advisory.service';

/** Intake's feedback stream: answered questions proposed as FAQs. */
export const faqTopics = [TOPICS.intakeFeedback];

/**
 * An answer intake's analysts proposed as a FAQ becomes a DRAFT education advisory, which
 * goes through PR and legal review like any other before anything is published. The draft
 * keeps the question's label (a publisher lowers it, or not, before submitting). Drafted
 * once per event: the inbox stops a redelivery, the unique source event id a replay.
 */
export function faqHandlers(deps: ServiceDeps): HandlerRegistration[] {
  return [
    on(QuestionProposedAsFaqV1, async (event, manager) => {
      const { subject, question, answer, tlp } = event.data;
      await draftAdvisory(manager, deps.outbox, {
        input: {
          kind: 'EDUCATION',
          title: `FAQ: ${subject}`.slice(0, 200),
          summary: question.slice(0, 10_000),
          body: `Question\n\n${question}\n\nAnswer\n\n${answer}`,
          severity: 1,
          tlp,
        },
        createdBy: 'system:faq-proposed',
        sourceEventId: event.id,
      });
    }),
  ];
}
