import { hasAnyRole, readableLabels, type Principal } from '@csirt/auth';
import { isUuid, type Cursor } from '@csirt/service';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { FeedbackErrors } from './feedback.errors';
import { Question, type QuestionKind, type QuestionStatus } from './question.entity';
import { mayReadQuestion, QUESTION_STAFF } from './question-rules';

export interface QuestionListFilter {
  status?: QuestionStatus[] | null;
  kind?: QuestionKind | null;
  constituencyId?: string | null;
  overdue?: boolean | null;
  /** Only the questions this subject asked (myQuestions). */
  askedBy?: string | null;
}

/** The same test as isOverdue, in SQL: not answered (or closed) by its due time. */
const OVERDUE_SQL = 'COALESCE(q.answered_at, q.closed_at, now()) > q.due_at';

/**
 * Queries for questions. Every read that returns content takes the caller, so a question
 * the caller may not see never leaves the database.
 */
export class QuestionRepository {
  constructor(private readonly manager: EntityManager) {}

  async findByIds(ids: readonly string[]): Promise<Map<string, Question>> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return new Map();
    const rows = await this.manager.createQueryBuilder(Question, 'q').where('q.id IN (:...ids)', { ids: valid }).getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The question, locked until commit; FEEDBACK.NOT_FOUND when missing or not readable. */
  async lock(id: string, caller: Principal): Promise<Question> {
    const question = isUuid(id) ? await this.manager.findOne(Question, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!question || !mayReadQuestion(caller, question)) throw FeedbackErrors.notFound(id);
    return question;
  }

  async list(caller: Principal, filter: QuestionListFilter, after: Cursor | null, limit: number, oldestFirst: boolean): Promise<Question[]> {
    const direction = oldestFirst ? 'ASC' : 'DESC';
    const query = this.manager.createQueryBuilder(Question, 'q').orderBy('q.askedAt', direction).addOrderBy('q.id', direction).limit(limit);
    visibleTo(query, caller);
    if (filter.askedBy) query.andWhere('q.askedBy = :askedBy', { askedBy: filter.askedBy });
    if (filter.status && filter.status.length > 0) query.andWhere('q.status IN (:...statuses)', { statuses: filter.status });
    if (filter.kind) query.andWhere('q.kind = :kind', { kind: filter.kind });
    if (filter.constituencyId) query.andWhere('q.constituencyId = :constituencyId', { constituencyId: filter.constituencyId });
    if (filter.overdue === true) query.andWhere(OVERDUE_SQL);
    if (filter.overdue === false) query.andWhere(`NOT (${OVERDUE_SQL})`);
    if (after) query.andWhere(`(q.askedAt, q.id) ${oldestFirst ? '>' : '<'} (:at, :afterId)`, { at: after.at, afterId: after.id });
    return query.getMany();
  }

  /** Raw figures for questions asked in [from, to) that the caller may read; suppression is the caller's job. */
  async figures(caller: Principal, from: Date, to: Date): Promise<{ asked: number; answered: number; overdue: number; p50: number | null; p90: number | null }> {
    const [row] = await this.manager.query(
      `SELECT count(*)::int AS asked,
              count(q.answered_at)::int AS answered,
              count(*) FILTER (WHERE ${OVERDUE_SQL})::int AS overdue,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY q.time_to_answer_seconds) AS p50,
              percentile_disc(0.9) WITHIN GROUP (ORDER BY q.time_to_answer_seconds) AS p90
         FROM question q
        WHERE q.asked_at >= $1 AND q.asked_at < $2 AND q.tlp = ANY($3::text[])`,
      [from, to, readableLabels(caller)],
    );
    return row;
  }
}

/** Restricts a question query to what `caller` may see (see mayReadQuestion). */
function visibleTo(query: SelectQueryBuilder<Question>, caller: Principal): void {
  if (!hasAnyRole(caller, [...QUESTION_STAFF])) query.andWhere('q.askedBy = :me', { me: caller.subject });
  // Questions are never RED, so the label alone decides.
  query.andWhere('q.tlp IN (:...labels)', { labels: readableLabels(caller) });
}
