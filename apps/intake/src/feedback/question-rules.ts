import { canRead, hasAnyRole, type Principal } from '@csirt/auth';
import { parseTlp, type Tlp } from '@csirt/contracts';
import { parseInput } from '@csirt/service';
import { z } from 'zod';
import type { AskQuestionInput } from '../generated/resolvers-types';
import { FeedbackErrors } from './feedback.errors';
import type { Question, QuestionKind, QuestionStatus } from './question.entity';

/**
 * How long the team has to answer a question: three days. A constant for now; the
 * constituency's acknowledge target (teams' SLA, through intake's constituency read model)
 * is meant to replace it once that read model is merged. dueAt is stored when the question
 * is asked, so changing this never moves the clocks of questions already asked.
 */
export const ANSWER_TARGET_SECONDS = 72 * 3600;

/** Roles that read every question (within TLP); a REPORTER reads only its own. */
export const QUESTION_STAFF = ['ANALYST', 'INCIDENT_MANAGER', 'AUDITOR'] as const;

/** Whether `caller` may see `question`: staff within their clearance, anyone else only what it asked. */
export function mayReadQuestion(caller: Principal, question: Pick<Question, 'tlp' | 'askedBy'>): boolean {
  if (!hasAnyRole(caller, [...QUESTION_STAFF]) && question.askedBy !== caller.subject) return false;
  return canRead(caller, question.tlp, [question.askedBy]);
}

/** Whether `caller` may close `question` (readable already): its asker, or an analyst. */
export function mayCloseQuestion(caller: Principal, question: Pick<Question, 'askedBy'>): boolean {
  return question.askedBy === caller.subject || hasAnyRole(caller, ['ANALYST']);
}

/** Not answered (or closed) by its due time: still open past it, or answered or closed after it. */
export function isOverdue(question: Pick<Question, 'dueAt' | 'answeredAt' | 'closedAt'>, now: Date): boolean {
  const end = question.answeredAt ?? question.closedAt ?? now;
  return end.getTime() > question.dueAt.getTime();
}

const NEXT: Record<QuestionStatus, readonly QuestionStatus[]> = { OPEN: ['ANSWERED', 'CLOSED'], ANSWERED: ['CLOSED'], CLOSED: [] };

/** Throws FEEDBACK.INVALID_TRANSITION unless `from` may become `to`. */
export function requireQuestionTransition(from: QuestionStatus, to: QuestionStatus): void {
  if (!NEXT[from].includes(to)) throw FeedbackErrors.invalidTransition(from, to);
}

const text = (max: number) => z.string().trim().min(1).max(max);
const AskSchema = z.object({
  kind: z.enum(['QUESTION', 'FEEDBACK']).nullish(),
  subject: z.string().trim().min(3).max(300),
  body: text(20_000),
  constituencyId: z.string().trim().min(1).max(200).nullish(),
  tlp: z.string().max(50).nullish(),
});

export interface ValidQuestion {
  kind: QuestionKind;
  subject: string;
  body: string;
  constituencyId: string | null;
  tlp: Tlp;
}

/** Checks a new question (throws the first problem as FEEDBACK.INVALID_INPUT or .INVALID_TLP). */
export function validateQuestion(input: AskQuestionInput): ValidQuestion {
  const valid = parseInput(AskSchema, input, (field, message) => FeedbackErrors.invalidInput(`input.${field}`, message));
  const tlp = valid.tlp === null || valid.tlp === undefined ? 'AMBER' : parseTlp(valid.tlp);
  if (!tlp || tlp === 'RED') throw FeedbackErrors.invalidTlp('input.tlp', String(valid.tlp));
  return { kind: valid.kind ?? 'QUESTION', subject: valid.subject, body: valid.body, constituencyId: valid.constituencyId ?? null, tlp };
}

/** Checks an answer's text. */
export function validateAnswer(body: string): string {
  return parseInput(text(20_000), body, () => FeedbackErrors.invalidInput('body', 'body: an answer has 1 to 20,000 characters'));
}
