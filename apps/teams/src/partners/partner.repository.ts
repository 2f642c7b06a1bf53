import type { Cursor } from '@csirt/service';
import { In, type EntityManager } from 'typeorm';
import { PartnerCsirt } from './partner.entity';

export class PartnerRepository {
  constructor(private readonly manager: EntityManager) {}

  async byIds(ids: readonly string[]): Promise<Map<string, PartnerCsirt>> {
    const rows = ids.length ? await this.manager.find(PartnerCsirt, { where: { id: In([...ids]) } }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  list(after: Cursor | null, limit: number): Promise<PartnerCsirt[]> {
    const query = this.manager
      .createQueryBuilder(PartnerCsirt, 'p')
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit);
    if (after) query.where('(p.createdAt, p.id) < (:at, :id)', { at: after.at, id: after.id });
    return query.getMany();
  }
}
