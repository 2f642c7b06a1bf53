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
  const none = { openContainmentTaskIds: [] };
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
      openContainmentTaskIds: ['t1'],
      overrideReason: 'accepted risk',
    });
    expect(changes).toEqual([
      { kind: 'status-changed', from: 'ERADICATION', to: 'RECOVERY', note: null, override: { reason: 'accepted risk', openContainmentTaskIds: ['t1'] } },
    ]);
  });
});

describe('applyChange and timelineEntryOf', () => {
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
