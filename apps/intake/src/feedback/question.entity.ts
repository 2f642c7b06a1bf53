import type { Tlp } from '@csirt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const QUESTION_KINDS = ['QUESTION', 'FEEDBACK'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type QuestionStatus = 'OPEN' | 'ANSWERED' | 'CLOSED';

// Column types are spelled out: bundlers and tsx emit no decorator metadata to infer them from.
// Indexes live in the migration (1732400070001-feedback.ts).
@Entity({ name: 'question' })
export class Question {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  kind: QuestionKind;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'constituency_id', type: 'text', nullable: true })
  constituencyId: string | null;

  @Column({ type: 'text' })
  tlp: Tlp;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt: Date;

  @Column({ name: 'asked_by', type: 'text' })
  askedBy: string;

  @Column({ type: 'text' })
  status: QuestionStatus;

  /** Fixed when asked, so a later change of the target does not move old clocks. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'answer_body', type: 'text', nullable: true })
  answerBody: string | null;

  @Column({ name: 'answered_by', type: 'text', nullable: true })
  answeredBy: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'time_to_answer_seconds', type: 'integer', nullable: true })
  timeToAnswerSeconds: number | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closed_by', type: 'text', nullable: true })
  closedBy: string | null;

  @Column({ name: 'faq_proposed_at', type: 'timestamptz', nullable: true })
  faqProposedAt: Date | null;

  @Column({ name: 'faq_proposed_by', type: 'text', nullable: true })
  faqProposedBy: string | null;
}
