import { assertMayMoveTo, clearanceAfter, clearanceAtCreation, waitReason } from './task-authority';

const code = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('authority over the constituency, as task rules', () => {
  it('lets FULL act directly, holds SHARED for consent and INDIRECT for management, refuses actions under NONE', () => {
    expect(clearanceAtCreation('FULL', 'ACTION')).toBeNull();
    expect(clearanceAtCreation('SHARED', 'ACTION')).toBe('AWAITING_CONSENT');
    expect(clearanceAtCreation('INDIRECT', 'ACTION')).toBe('RAISED');
    expect(code(() => clearanceAtCreation('NONE', 'ACTION'))).toBe('TASK.ACTION_NOT_AUTHORISED');
  });

  it('never holds a recommendation, and no response team means no gate', () => {
    for (const authority of ['FULL', 'SHARED', 'NONE', 'INDIRECT'] as const)
      expect(clearanceAtCreation(authority, 'RECOMMENDATION')).toBeNull();
    expect(clearanceAtCreation(null, 'ACTION')).toBeNull();
  });

  it('refuses starting or finishing a waiting task, but lets it be cancelled', () => {
    const waiting = { id: 't', clearance: 'AWAITING_CONSENT' as const };
    expect(code(() => assertMayMoveTo(waiting, 'IN_PROGRESS'))).toBe('TASK.AWAITING_CONSENT');
    expect(code(() => assertMayMoveTo(waiting, 'DONE'))).toBe('TASK.AWAITING_CONSENT');
    expect(code(() => assertMayMoveTo(waiting, 'CANCELLED'))).toBeNull();
    expect(code(() => assertMayMoveTo({ id: 't', clearance: 'RAISED' }, 'DONE'))).toBe('TASK.AWAITING_MANAGEMENT');
    expect(code(() => assertMayMoveTo({ id: 't', clearance: 'CONSENTED' }, 'IN_PROGRESS'))).toBeNull();
    expect(code(() => assertMayMoveTo({ id: 't', clearance: 'ACTED' }, 'DONE'))).toBeNull();
  });

  it('clears only what the task waits for, once', () => {
    expect(clearanceAfter({ id: 't', clearance: 'AWAITING_CONSENT' }, 'CONSENT')).toBe('CONSENTED');
    expect(clearanceAfter({ id: 't', clearance: 'RAISED' }, 'MANAGEMENT_ACTION')).toBe('ACTED');
    expect(code(() => clearanceAfter({ id: 't', clearance: 'CONSENTED' }, 'CONSENT'))).toBe('TASK.CONSENT_NOT_AWAITED');
    expect(code(() => clearanceAfter({ id: 't', clearance: null }, 'CONSENT'))).toBe('TASK.CONSENT_NOT_AWAITED');
    expect(code(() => clearanceAfter({ id: 't', clearance: 'AWAITING_CONSENT' }, 'MANAGEMENT_ACTION'))).toBe('TASK.NOT_RAISED');
    expect(code(() => clearanceAfter({ id: 't', clearance: 'ACTED' }, 'MANAGEMENT_ACTION'))).toBe('TASK.NOT_RAISED');
  });

  it('tells why a task waits', () => {
    expect(waitReason('AWAITING_CONSENT')).toBe('CONSTITUENT_CONSENT');
    expect(waitReason('RAISED')).toBe('MANAGEMENT_ACTION');
    expect(waitReason('CONSENTED')).toBeNull();
    expect(waitReason(null)).toBeNull();
  });
});
