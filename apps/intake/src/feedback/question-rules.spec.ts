import type { Principal } from '@csirt/auth';
import { isOverdue, mayCloseQuestion, mayReadQuestion, requireQuestionTransition, validateAnswer, validateQuestion } from './question-rules';

const principal = (roles: string[], subject = 'someone', clearance: Principal['clearance'] = 'AMBER'): Principal =>
  ({ subject, roles: new Set(roles), clearance }) as unknown as Principal;
const at = (iso: string) => new Date(iso);

describe('question rules', () => {
  it('is overdue when not answered or closed by its due time', () => {
    const due = { dueAt: at('2026-01-04T00:00:00Z'), answeredAt: null, closedAt: null };
    expect(isOverdue(due, at('2026-01-03T23:59:59Z'))).toBe(false);
    expect(isOverdue(due, at('2026-01-04T00:00:01Z'))).toBe(true);
    // Answered in time stays in time, however late it is read.
    expect(isOverdue({ ...due, answeredAt: at('2026-01-03T00:00:00Z') }, at('2027-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue({ ...due, answeredAt: at('2026-01-05T00:00:00Z') }, at('2026-01-05T00:00:00Z'))).toBe(true);
    expect(isOverdue({ ...due, closedAt: at('2026-01-02T00:00:00Z') }, at('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('lets a question go OPEN -> ANSWERED -> CLOSED or OPEN -> CLOSED, nothing else', () => {
    expect(() => requireQuestionTransition('OPEN', 'ANSWERED')).not.toThrow();
    expect(() => requireQuestionTransition('OPEN', 'CLOSED')).not.toThrow();
    expect(() => requireQuestionTransition('ANSWERED', 'CLOSED')).not.toThrow();
    expect(() => requireQuestionTransition('ANSWERED', 'ANSWERED')).toThrow(expect.objectContaining({ code: 'FEEDBACK.INVALID_TRANSITION' }));
    expect(() => requireQuestionTransition('CLOSED', 'ANSWERED')).toThrow(expect.objectContaining({ code: 'FEEDBACK.INVALID_TRANSITION' }));
  });

  it('shows a question to staff within their clearance and to its asker only', () => {
    const question = { tlp: 'AMBER' as const, askedBy: 'asker' };
    expect(mayReadQuestion(principal(['REPORTER'], 'asker'), question)).toBe(true);
    expect(mayReadQuestion(principal(['REPORTER'], 'other'), question)).toBe(false);
    expect(mayReadQuestion(principal(['ANALYST']), question)).toBe(true);
    expect(mayReadQuestion(principal(['ANALYST'], 'a', 'GREEN'), question)).toBe(false);
    expect(mayCloseQuestion(principal(['AUDITOR']), question)).toBe(false);
    expect(mayCloseQuestion(principal(['REPORTER'], 'asker'), question)).toBe(true);
  });

  it('normalises a new question and refuses RED and unknown labels', () => {
    expect(validateQuestion({ subject: '  Why MFA?  ', body: ' Because. ', tlp: 'tlp:amber+strict' })).toEqual({
      kind: 'QUESTION',
      subject: 'Why MFA?',
      body: 'Because.',
      constituencyId: null,
      tlp: 'AMBER_STRICT',
    });
    expect(validateQuestion({ subject: 'Why MFA?', body: 'x' }).tlp).toBe('AMBER');
    expect(() => validateQuestion({ subject: 'Why MFA?', body: 'x', tlp: 'RED' })).toThrow(expect.objectContaining({ code: 'FEEDBACK.INVALID_TLP' }));
    expect(() => validateQuestion({ subject: 'Why MFA?', body: 'x', tlp: 'WHITEISH' })).toThrow(expect.objectContaining({ code: 'FEEDBACK.INVALID_TLP' }));
    expect(() => validateQuestion({ subject: 'ok', body: 'x' })).toThrow(expect.objectContaining({ code: 'FEEDBACK.INVALID_INPUT' }));
    expect(() => validateAnswer('  ')).toThrow(expect.objectContaining({ code: 'FEEDBACK.INVALID_INPUT' }));
  });
});
