import type { Cursor } from '@csirt/service';
import { In, type EntityManager } from 'typeorm';
import { Constituency } from './constituency.entity';

export class ConstituencyRepository {
  constructor(private readonly manager: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<Map<string, Constituency>> {
    const rows = ids.length ? await this.manager.find(Constituency, { where: { id: In([...ids]) } }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  async byTeams(teamIds: readonly string[]): Promise<Map<string, Constituency[]>> {
    const rows = teamIds.length
      ? await this.manager.find(Constituency, { where: { teamId: In([...teamIds]) }, order: { name: 'ASC' } })
      : [];
    const byTeam = new Map<string, Constituency[]>(teamIds.map((id) => [id, []]));
    for (const row of rows) byTeam.get(row.teamId as string)?.push(row);
    return byTeam;
  }

  list(after: Cursor | null, limit: number): Promise<Constituency[]> {
    const query = this.manager
      .createQueryBuilder(Constituency, 'c')
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit);
    if (after) query.where('(c.createdAt, c.id) < (:at, :id)', { at: after.at, id: after.id });
    return query.getMany();
  }
}
