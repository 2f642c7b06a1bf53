import { z } from 'zod';
import { defineEvent } from '../define-event';
import { TOPICS } from '../topics';
import { TlpSchema } from '../vocabulary';

/**
 * Events of intake's feedback function (constituents' questions and feedback), on
 * `csirt.intake.feedback`, keyed by question id. Kept off `csirt.intake.reports` so that
 * announcements, which reads this topic, never receives report content.
 */

/**
 * An analyst proposed an answered question as a FAQ: announcements drafts an EDUCATION
 * advisory from it, which PR and legal review as any other. The asker's identity is not
 * carried: a FAQ answers the question, not the person who asked it.
 */
export const QuestionProposedAsFaqV1 = defineEvent({
  type: 'intake.question.proposed-as-faq',
  version: 1,
  topic: TOPICS.intakeFeedback,
  schema: z.object({
    questionId: z.uuid(),
    /** QUESTION or FEEDBACK. */
    kind: z.string(),
    subject: z.string(),
    question: z.string(),
    answer: z.string(),
    /** The question's label; the draft keeps it until a publisher lowers it. */
    tlp: TlpSchema,
    constituencyId: z.string().nullable(),
    proposedBy: z.string(),
    proposedAt: z.iso.datetime({ offset: true }),
  }),
});

export const FEEDBACK_EVENTS = [QuestionProposedAsFaqV1];
