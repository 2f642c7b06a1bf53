import type { Cursor } from '@csirt/service';
import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { DomainRole } from './domain-roles';
import { Person } from './person.entity';

export interface PersonListFilter {
  region?: string | null;
  role?: DomainRole | null;
  active?: boolean | null;
  onCall?: boolean | null;
  skill?: string | null;
}

/** Queries for people. Each list filter has an index (see the directory migration). */
export class PersonRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Many people in one statement (for the DataLoader behind Person references). */
  async byIds(ids: readonly string[]): Promise<Map<string, Person>> {
    const rows = ids.length ? await this.manager.find(Person, { where: { id: In([...ids]) } }) : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  list(filter: PersonListFilter, after: Cursor | null, limit: number): Promise<Person[]> {
    return this.listQuery(filter, after, limit).getMany();
  }

  /** The list statement itself (the benchmark EXPLAINs it). */
  listQuery(filter: PersonListFilter, after: Cursor | null, limit: number): SelectQueryBuilder<Person> {
    const query = this.manager
      .createQueryBuilder(Person, 'p')
      .orderBy('p.createdAt', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit);
    if (filter.region) query.andWhere('p.region = :region', { region: filter.region });
    // Array containment (@>) is what the GIN indexes on roles and skills serve.
    if (filter.role) query.andWhere('p.roles @> ARRAY[:role]::text[]', { role: filter.role });
    if (filter.skill) query.andWhere('p.skills @> ARRAY[:skill]::text[]', { skill: filter.skill });
    if (typeof filter.active === 'boolean') query.andWhere('p.active = :active', { active: filter.active });
    if (typeof filter.onCall === 'boolean') query.andWhere('p.onCall = :onCall', { onCall: filter.onCall });
    if (after) query.andWhere('(p.createdAt, p.id) < (:at, :id)', { at: after.at, id: after.id });
    return query;
  }

  findByEmail(email: string): Promise<Person | null> {
    return this.manager.findOne(Person, { where: { email } });
  }
}
