import type { Principal } from '@csirt/auth';
import { readableLabels } from '@csirt/auth';
import { isUuid, type Cursor } from '@csirt/service';
import { In, type EntityManager } from 'typeorm';
import type { TeamKind } from './team.entity';
import { Team, TeamMember } from './team.entity';

export interface TeamListFilter {
  kind?: TeamKind | null;
  region?: string | null;
  memberId?: string | null;
}

/** Queries for teams and their members. */
export class TeamRepository {
  constructor(private readonly manager: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Team>> {
    const rows = ids.length ? await this.manager.find(Team, { where: { id: In([...ids]) } }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  async responseTeamsByIncidents(incidentIds: readonly string[]): Promise<Map<string, Team>> {
    const rows = incidentIds.length
      ? await this.manager.find(Team, { where: { incidentId: In([...incidentIds]) } })
      : [];
    return new Map(rows.map((row) => [row.incidentId as string, row]));
  }

  /** Every membership, past and current, of many teams in one statement, in joining order. */
  async membersByTeams(teamIds: readonly string[]): Promise<Map<string, TeamMember[]>> {
    const rows = teamIds.length
      ? await this.manager.find(TeamMember, {
          where: { teamId: In([...teamIds]) },
          order: { joinedAt: 'ASC', seq: 'ASC' },
        })
      : [];
    const byTeam = new Map<string, TeamMember[]>(teamIds.map((id) => [id, []]));
    for (const row of rows) byTeam.get(row.teamId)?.push(row);
    return byTeam;
  }

  /**
   * Teams, newest first. Standing teams are staff information; a virtual CSIRT is listed
   * only when the caller may read its incident's label, and a TLP:RED incident's team only
   * to its members (the same rule as Incident.responseTeam and team(id)).
   */
  async list(
    caller: Principal,
    filter: TeamListFilter,
    after: Cursor | null,
    limit: number,
  ): Promise<Team[]> {
    // A RED team is listed only to a RED-cleared caller who may read its incident: one of
    // the incident's named readers (as the incidents service announced them) or of its
    // current members (any past member, once the incident is closed); the same rule as
    // maySeeResponseTeam. A person id that is no UUID is no member.
    const me = [caller.subject, ...(caller.personId ? [caller.personId] : [])];
    const member =
      caller.personId && isUuid(caller.personId)
        ? ` OR EXISTS (
             SELECT 1 FROM team_member m
             WHERE m.team_id = t.id AND m.person_id = :callerPersonId AND (m.left_at IS NULL OR i.closed_at IS NOT NULL))`
        : '';
    const redMember =
      caller.clearance === 'RED' ? ` OR (i.tlp = 'RED' AND (i.readers && CAST(:me AS text[])${member}))` : '';
    const query = this.manager
      .createQueryBuilder(Team, 't')
      .leftJoin('incident_ref', 'i', 'i.id = t.incident_id')
      .where(`(t.incident_id IS NULL OR i.tlp IN (:...labels)${redMember})`, {
        labels: readableLabels(caller),
        callerPersonId: caller.personId,
        me,
      })
      .orderBy('t.createdAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit);
    if (filter.kind) query.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter.region) query.andWhere('t.region = :region', { region: filter.region });
    if (filter.memberId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM team_member fm WHERE fm.team_id = t.id AND fm.left_at IS NULL AND fm.person_id = :memberId)',
        {
          memberId: filter.memberId,
        },
      );
    }
    if (after) query.andWhere('(t.createdAt, t.id) < (:at, :id)', { at: after.at, id: after.id });
    return query.getMany();
  }
}
