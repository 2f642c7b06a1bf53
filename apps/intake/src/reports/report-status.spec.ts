import { isOpen, nextStatus, OPEN_STATUSES_SQL, REPORT_STATUSES, type ReportDecisionKind } from './report-status';

describe('report status flow NEW -> TRIAGED -> ESCALATED | REJECTED | MERGED (ESCALATED -> TRIAGED when refused)', () => {
  const allowed: [string, ReportDecisionKind, string][] = [
    ['NEW', 'TRIAGE', 'TRIAGED'],
    ['TRIAGED', 'ESCALATE', 'ESCALATED'],
    ['TRIAGED', 'REJECT', 'REJECTED'],
    ['TRIAGED', 'MERGE', 'MERGED'],
    ['ESCALATED', 'ESCALATION_REFUSED', 'TRIAGED'],
  ];

  it.each(allowed)('%s --%s--> %s', (from, decision, to) => {
    expect(nextStatus(from as never, decision)).toBe(to);
  });

  it('refuses every other transition', () => {
    const decisions: ReportDecisionKind[] = ['TRIAGE', 'ESCALATE', 'REJECT', 'MERGE', 'ESCALATION_REFUSED'];
    for (const from of REPORT_STATUSES) {
      for (const decision of decisions) {
        const isAllowed = allowed.some(([f, d]) => f === from && d === decision);
        expect([from, decision, nextStatus(from, decision) !== null]).toEqual([from, decision, isAllowed]);
      }
    }
  });

  it('treats only NEW and TRIAGED as open', () => {
    expect(REPORT_STATUSES.filter(isOpen)).toEqual(['NEW', 'TRIAGED']);
  });

  it('spells the open statuses for SQL as the partial index on open titles does', () => {
    expect(OPEN_STATUSES_SQL).toBe("('NEW','TRIAGED')");
  });
});
