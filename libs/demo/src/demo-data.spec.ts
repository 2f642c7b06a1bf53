import { INCIDENT_STATUSES } from '@csirt/contracts';
import { CONSTITUENCIES, INCIDENT_PLANS, PEOPLE, REPORTS, TEAMS } from './demo-data';

describe('the demo CSIRT', () => {
  const people = new Set(PEOPLE.map((person) => person.key));

  it('has an incident in every phase of the life cycle', () => {
    expect(new Set(INCIDENT_PLANS.map((plan) => plan.phase))).toEqual(new Set(INCIDENT_STATUSES));
  });

  it('names only people, teams and reports it defines', () => {
    const unknownMembers = TEAMS.flatMap((team) => team.members.map((member) => member.person)).filter(
      (key) => !people.has(key),
    );
    expect(unknownMembers).toEqual([]);
    const teams = new Set(TEAMS.map((team) => team.key));
    expect(CONSTITUENCIES.filter((constituency) => !teams.has(constituency.team))).toEqual([]);
    const reports = new Set(REPORTS.map((report) => report.key));
    expect(INCIDENT_PLANS.filter((plan) => !reports.has(plan.report))).toEqual([]);
    const constituencies = new Set(CONSTITUENCIES.map((constituency) => constituency.key));
    expect(REPORTS.filter((report) => !constituencies.has(report.constituency))).toEqual([]);
  });

  it('can form a response team in every region an incident happens in', () => {
    for (const region of new Set(INCIDENT_PLANS.map((plan) => plan.region))) {
      const inRegion = PEOPLE.filter((person) => person.region === region);
      expect({
        region,
        officer: inRegion.some((person) => person.roles.includes('GEO_SECURITY_OFFICER')),
      }).toEqual({ region, officer: true });
      expect({
        region,
        manager: inRegion.some((person) => person.roles.includes('CUSTOMER_ACCOUNT_MANAGER')),
      }).toEqual({ region, manager: true });
    }
  });

  it('uses keys once', () => {
    for (const keys of [
      PEOPLE.map((p) => p.key),
      TEAMS.map((t) => t.key),
      REPORTS.map((r) => r.key),
      CONSTITUENCIES.map((c) => c.key),
    ]) {
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
