import { incidentLike } from '../testing/incident-like';
import { applyChange, timelineEntryOf, type IncidentChange } from './incident-changes';
import { decideTransition } from './incident-lifecycle';
import { decideUpdate } from './incident-update';

const at = new Date('2026-01-02T03:04:05Z');

describe('decideUpdate', () => {
  it('tells only the fields that really change, then the label, then the severity', () => {
    const incident = incidentLike({ title: 'Same', severity: 2, tlp: 'GREEN', observables: [{ type: 'CVE', value: 'CVE-2024-3094' }] });
    const changes = decideUpdate(
      incident,
      { title: 'Same', summary: 'New', severity: 3, tlp: 'AMBER', addObservables: [{ type: 'CVE', value: 'cve-2024-3094' }] },
      false,
    );
    expect(changes).toEqual([
      { kind: 'fields-updated', values: { summary: 'New' }, fields: ['summary'] },
      { kind: 'tlp-changed', from: 'GREEN', to: 'AMBER', reason: null },
      { kind: 'severity-changed', from: 2, to: 3 },
    ]);
  });

  it('changes nothing when nothing differs', () => {
    expect(decideUpdate(incidentLike({ title: 'Same' }), { title: 'Same', tlp: 'GREEN' }, true)).toEqual([]);
  });

  it('lets only who may lower a label do it, and only with a reason', () => {
    const red = incidentLike({ tlp: 'RED' });
    expect(() => decideUpdate(red, { tlp: 'GREEN', tlpReason: 'public now' }, false)).toThrow(
      expect.objectContaining({ code: 'INCIDENT.TLP_DOWNGRADE_FORBIDDEN' }),
    );
    expect(() => decideUpdate(red, { tlp: 'GREEN' }, true)).toThrow(expect.objectContaining({ code: 'INCIDENT.INVALID_INPUT' }));
    expect(decideUpdate(red, { tlp: 'GREEN', tlpReason: 'public now' }, true)).toEqual([
      { kind: 'tlp-changed', from: 'RED', to: 'GREEN', reason: 'public now' },
    ]);
  });
});

describe('decideTransition', () => {
  const none = { openContainmentTaskIds: [], openTaskIds: [] };
  it('stores a resolution given with the move to CLOSED before checking, and announces the closure', () => {
    const incident = incidentLike({ status: 'POST_INCIDENT', severity: 1 });
    expect(decideTransition(incident, 'CLOSED', { ...none, resolution: 'Fixed' })).toEqual([
      { kind: 'fields-updated', values: { resolution: 'Fixed' }, fields: ['resolution'], message: 'Resolution set' },
      { kind: 'status-changed', from: 'POST_INCIDENT', to: 'CLOSED', note: null },
      { kind: 'closed' },
    ]);
  });

  it('answers the first rule broken instead of changes', () => {
    expect(decideTransition(incidentLike({ status: 'POST_INCIDENT' }), 'CLOSED', none)).toEqual({ rule: 'RESOLUTION_REQUIRED' });
    expect(decideTransition(incidentLike({ status: 'OPEN' }), 'CLOSED', none)).toEqual({ rule: 'INVALID_TRANSITION' });
  });

  it('records an override of open containment tasks on the move', () => {
    const changes = decideTransition(incidentLike({ status: 'ERADICATION' }), 'RECOVERY', {
      ...none,
      openContainmentTaskIds: ['t1'],
      overrideReason: 'accepted risk',
    });
    expect(changes).toEqual([
      { kind: 'status-changed', from: 'ERADICATION', to: 'RECOVERY', note: null, override: { reason: 'accepted risk', openContainmentTaskIds: ['t1'] } },
    ]);
  });
});

describe('decideTransition: open tasks and reopening', () => {
  const none = { openContainmentTaskIds: [], openTaskIds: [] };
  const closable = incidentLike({ status: 'POST_INCIDENT', severity: 1, resolution: 'Fixed' });

  it('refuses to close with open tasks unless they are cancelled, with a reason, in the same step', () => {
    expect(decideTransition(closable, 'CLOSED', { ...none, openTaskIds: ['t1', 't2'] })).toEqual({ rule: 'TASKS_OPEN', openTaskIds: ['t1', 't2'] });
    expect(decideTransition(closable, 'CLOSED', { ...none, openTaskIds: ['t1'], cancelOpenTasksReason: '  ' })).toEqual({ rule: 'TASKS_OPEN', openTaskIds: ['t1'] });
    expect(decideTransition(closable, 'CLOSED', { ...none, openTaskIds: ['t1', 't2'], cancelOpenTasksReason: 'Handed to the ISP' })).toEqual([
      { kind: 'tasks-cancelled', taskIds: ['t1', 't2'], reason: 'Handed to the ISP' },
      { kind: 'status-changed', from: 'POST_INCIDENT', to: 'CLOSED', note: null },
      { kind: 'closed' },
    ]);
    // No open task: the reason is not needed and cancels nothing.
    expect(decideTransition(closable, 'CLOSED', { ...none, cancelOpenTasksReason: 'Handed to the ISP' })).toEqual([
      { kind: 'status-changed', from: 'POST_INCIDENT', to: 'CLOSED', note: null },
      { kind: 'closed' },
    ]);
  });

  it('reopens a CLOSED incident to an earlier phase with a reason, never to OPEN nor one merged away', () => {
    const closed = incidentLike({ status: 'CLOSED', resolution: 'Fixed' });
    expect(decideTransition(closed, 'CONTAINMENT', none)).toEqual({ rule: 'NOTE_REQUIRED' });
    expect(decideTransition(closed, 'OPEN', { ...none, note: 'again' })).toEqual({ rule: 'INVALID_TRANSITION' });
    expect(decideTransition(closed, 'CONTAINMENT', { ...none, note: 'Reinfected' })).toEqual([
      { kind: 'status-changed', from: 'CLOSED', to: 'CONTAINMENT', note: 'Reinfected' },
      { kind: 'reopened', to: 'CONTAINMENT', reason: 'Reinfected' },
    ]);
    const merged = incidentLike({ status: 'CLOSED', mergedIntoId: 'other' });
    expect(decideTransition(merged, 'ANALYSIS', { ...none, note: 'again' })).toEqual({ rule: 'MERGED_AWAY' });
  });
});

describe('applyChange and timelineEntryOf', () => {
  it('writes a reopening and the tasks cancelled on closing', () => {
    const incident = incidentLike({ status: 'CLOSED', closedAt: at, postIncidentAt: at });
    const change: IncidentChange = { kind: 'status-changed', from: 'CLOSED', to: 'ANALYSIS', note: 'Reinfected' };
    applyChange(incident, change, at);
    expect(incident).toMatchObject({ status: 'ANALYSIS', closedAt: null, postIncidentAt: null });
    expect(timelineEntryOf(incident, change, 'im-1', incident.status, at)?.message).toBe('CLOSED → ANALYSIS (reopened): Reinfected');
    expect(timelineEntryOf(incident, { kind: 'tasks-cancelled', taskIds: ['t1'], reason: 'Moot' }, 'im-1', 'POST_INCIDENT', at)).toMatchObject({
      kind: 'TASK_UPDATED',
      phase: 'POST_INCIDENT',
      message: '1 open task(s) cancelled on closing: Moot',
      details: { taskIds: ['t1'], status: 'CANCELLED', reason: 'Moot' },
    });
  });

  it('moves the phase and its timestamps, and writes the back-step with its note', () => {
    const incident = incidentLike({ status: 'CONTAINMENT', containmentAt: at });
    const change: IncidentChange = { kind: 'status-changed', from: 'CONTAINMENT', to: 'ANALYSIS', note: 'did not hold' };
    applyChange(incident, change, at);
    expect(incident).toMatchObject({ status: 'ANALYSIS', containmentAt: null });
    expect(timelineEntryOf(incident, change, 'im-1', incident.status, at)).toMatchObject({
      kind: 'STATUS_CHANGED',
      actor: 'im-1',
      phase: 'ANALYSIS',
      message: 'CONTAINMENT → ANALYSIS (back-step): did not hold',
    });
  });

  it('names a stricter incident merged in only as restricted, and closes the one merged away', () => {
    const green = incidentLike({ id: 'g', reference: 'INC-G', tlp: 'GREEN', status: 'ANALYSIS' });
    const red = incidentLike({ id: 'r', reference: 'INC-R', tlp: 'RED' });
    const change: IncidentChange = { kind: 'merged-into', from: 'ANALYSIS', into: red, reason: 'secret', reportIds: [], taskIds: [] };
    applyChange(green, change, at);
    expect(green).toMatchObject({ status: 'CLOSED', closedAt: at, mergedIntoId: 'r', resolution: 'Merged into a restricted incident' });
    const entry = timelineEntryOf(green, change, 'im-1', green.status, at);
    expect(entry?.message).toBe('ANALYSIS → CLOSED: merged into a restricted incident');
    expect(JSON.stringify(entry)).not.toContain('secret');
  });

  it('writes no entry for an absorption that added nothing, and the platform as actor otherwise', () => {
    const incident = incidentLike();
    const base = { kind: 'absorbed' as const, observables: [], affectedAssets: [], cia: { confidentiality: false, integrity: false, availability: false }, origin: { report: 'RPT-1' }, actor: 'system:report-attached' };
    expect(timelineEntryOf(incident, { ...base, added: { observables: 0, assets: 0 } }, 'an-1', 'OPEN', at)).toBeNull();
    expect(timelineEntryOf(incident, { ...base, added: { observables: 2, assets: 0 } }, 'an-1', 'OPEN', at)).toMatchObject({
      actor: 'system:report-attached',
      kind: 'UPDATED',
      message: '2 observable(s) and 0 asset(s) added from report RPT-1',
    });
  });
});
