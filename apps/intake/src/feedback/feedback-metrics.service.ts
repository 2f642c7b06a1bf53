import type { Principal } from '@csirt/auth';
import { countOrNull, isSmall, subCountOrNull } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { FeedbackErrors } from './feedback.errors';
import { QuestionRepository } from './question.repository';
import { ANSWER_TARGET_SECONDS } from './question-rules';

const MAX_RANGE_DAYS = 366;

export interface FeedbackMetrics {
  from: Date;
  to: Date;
  asked: number | null;
  answered: number | null;
  timeToAnswerP50Seconds: number | null;
  timeToAnswerP90Seconds: number | null;
  overdue: number | null;
  answerTargetSeconds: number;
}

/**
 * Feedback figures for questions asked in [from, to), within the caller's clearance.
 * Small groups are withheld by the platform's one rule (libs/service small-groups): a
 * sub-count whose complement is small would give the rest away, and a percentile over a
 * few answers describes those few askers.
 */
export async function feedbackMetrics(manager: EntityManager, caller: Principal, from: Date, to: Date): Promise<FeedbackMetrics> {
  if (from.getTime() >= to.getTime()) throw FeedbackErrors.invalidRange('from must be before to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw FeedbackErrors.invalidRange(`the period is at most ${MAX_RANGE_DAYS} days`);
  const raw = await new QuestionRepository(manager).figures(caller, from, to);
  const asked = countOrNull(raw.asked);
  const percentiles = asked !== null && !isSmall(raw.answered);
  return {
    from,
    to,
    asked,
    answered: asked === null ? null : subCountOrNull(raw.answered, raw.asked),
    timeToAnswerP50Seconds: percentiles && raw.p50 !== null ? Number(raw.p50) : null,
    timeToAnswerP90Seconds: percentiles && raw.p90 !== null ? Number(raw.p90) : null,
    overdue: asked === null ? null : subCountOrNull(raw.overdue, raw.asked),
    answerTargetSeconds: ANSWER_TARGET_SECONDS,
  };
}
