import { INCIDENT_STATUSES, type IncidentStatus } from '@csirt/contracts';
import {
  checkTransition,
  isAllowedTransition,
  isBackStep,
  phaseTimestampsAfter,
  type PhaseTimestamps,
  type TransitionFacts,
} from './incident-lifecycle';

const facts = (
  from: IncidentStatus,
  to: IncidentStatus,
  more: Partial<TransitionFacts> = {},
): TransitionFacts => ({
  from,
  to,
  note: null,
  severity: 2,
  resolution: null,
  lessonsLearned: null,
  openContainmentTaskIds: [],
  overrideReason: null,
  openTaskIds: [],
  cancelOpenTasksReason: null,
  mergedIntoId: null,
  ...more,
});

describe('incident life cycle', () => {
  it('allows exactly the NIST forward steps, the listed back-steps, and and reopening out of CLOSED', () => {
    const allowed = INCIDENT_STATUSES.flatMap((from) =>
      INCIDENT_STATUSES.filter((to) => isAllowedTransition(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'OPEN>ANALYSIS',
        'ANALYSIS>CONTAINMENT',
        'ANALYSIS>POST_INCIDENT',
        'CONTAINMENT>ERADICATION',
        'CONTAINMENT>ANALYSIS',
        'ERADICATION>RECOVERY',
        'ERADICATION>CONTAINMENT',
        'ERADICATION>ANALYSIS',
        'RECOVERY>POST_INCIDENT',
        'RECOVERY>CONTAINMENT',
        'RECOVERY>ANALYSIS',
        'POST_INCIDENT>CLOSED',
        'POST_INCIDENT>ANALYSIS',
        'CLOSED>ANALYSIS',
        'CLOSED>CONTAINMENT',
        'CLOSED>ERADICATION',
        'CLOSED>RECOVERY',
        'CLOSED>POST_INCIDENT',
      ].sort(),
    );
    expect(checkTransition(facts('OPEN', 'CONTAINMENT'))).toEqual({ rule: 'INVALID_TRANSITION' });
    expect(checkTransition(facts('ANALYSIS', 'ANALYSIS'))).toEqual({ rule: 'INVALID_TRANSITION' });
    expect(checkTransition(facts('CLOSED', 'OPEN', { note: 'reopen' }))).toEqual({ rule: 'INVALID_TRANSITION' });
    expect(checkTransition(facts('CLOSED', 'ANALYSIS'))).toEqual({ rule: 'NOTE_REQUIRED' });
    expect(checkTransition(facts('CLOSED', 'ANALYSIS', { note: 'reopen' }))).toBeNull();
    expect(checkTransition(facts('CLOSED', 'ANALYSIS', { note: 'reopen', mergedIntoId: 'x' }))).toEqual({ rule: 'MERGED_AWAY' });
  });

  it('needs a note for a back-step', () => {
    expect(isBackStep('CONTAINMENT', 'ANALYSIS')).toBe(true);
    expect(isBackStep('ANALYSIS', 'CONTAINMENT')).toBe(false);
    expect(checkTransition(facts('CONTAINMENT', 'ANALYSIS'))).toEqual({ rule: 'NOTE_REQUIRED' });
    expect(checkTransition(facts('CONTAINMENT', 'ANALYSIS', { note: '   ' }))).toEqual({
      rule: 'NOTE_REQUIRED',
    });
    expect(checkTransition(facts('CONTAINMENT', 'ANALYSIS', { note: 'containment failed' }))).toBeNull();
  });

  it('keeps RECOVERY closed while containment tasks are open, unless overridden with a reason', () => {
    const open = { openContainmentTaskIds: ['t1'] };
    expect(checkTransition(facts('ERADICATION', 'RECOVERY', open))).toEqual({
      rule: 'CONTAINMENT_TASKS_OPEN',
      openTaskIds: ['t1'],
    });
    expect(
      checkTransition(facts('ERADICATION', 'RECOVERY', { ...open, overrideReason: 'isolated by the ISP' })),
    ).toBeNull();
    expect(checkTransition(facts('ERADICATION', 'RECOVERY'))).toBeNull();
  });

  it('closes only with a resolution, and above severity 2 with lessons learned', () => {
    expect(checkTransition(facts('POST_INCIDENT', 'CLOSED'))).toEqual({ rule: 'RESOLUTION_REQUIRED' });
    expect(checkTransition(facts('POST_INCIDENT', 'CLOSED', { resolution: 'fixed' }))).toBeNull();
    expect(checkTransition(facts('POST_INCIDENT', 'CLOSED', { resolution: 'fixed', severity: 3 }))).toEqual({
      rule: 'LESSONS_LEARNED_REQUIRED',
    });
    expect(
      checkTransition(
        facts('POST_INCIDENT', 'CLOSED', {
          resolution: 'fixed',
          severity: 4,
          lessonsLearned: 'patch faster',
        }),
      ),
    ).toBeNull();
  });

  it('stamps phases: acknowledged once, the others at their latest entry, cleared by a back-step', () => {
    const none: PhaseTimestamps = {
      acknowledgedAt: null,
      containmentAt: null,
      eradicationAt: null,
      recoveryAt: null,
      postIncidentAt: null,
      closedAt: null,
    };
    const t = (n: number) => new Date(Date.UTC(2026, 0, 1, n));
    let p = phaseTimestampsAfter(none, 'ANALYSIS', t(1));
    p = phaseTimestampsAfter(p, 'CONTAINMENT', t(2));
    p = phaseTimestampsAfter(p, 'ERADICATION', t(3));
    expect(p).toEqual({ ...none, acknowledgedAt: t(1), containmentAt: t(2), eradicationAt: t(3) });
    p = phaseTimestampsAfter(p, 'ANALYSIS', t(4)); // containment failed
    expect(p).toEqual({ ...none, acknowledgedAt: t(1) });
    p = phaseTimestampsAfter(p, 'CONTAINMENT', t(5));
    p = phaseTimestampsAfter(p, 'ERADICATION', t(6));
    p = phaseTimestampsAfter(p, 'RECOVERY', t(7));
    p = phaseTimestampsAfter(p, 'POST_INCIDENT', t(8));
    p = phaseTimestampsAfter(p, 'CLOSED', t(9));
    expect(p).toEqual({
      acknowledgedAt: t(1),
      containmentAt: t(5),
      eradicationAt: t(6),
      recoveryAt: t(7),
      postIncidentAt: t(8),
      closedAt: t(9),
    });
  });
});
