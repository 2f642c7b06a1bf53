import { canRead, readableLabels, type Principal } from '@csirt/auth';
import { isUuid, type Cursor } from '@csirt/service';
import { In, type EntityManager } from 'typeorm';
import { Advisory, AdvisoryApproval, AdvisoryRevision, type AdvisoryKind, type AdvisoryStatus } from './advisory.entity';

export interface AdvisoryListFilter {
  status?: AdvisoryStatus | null;
  kind?: AdvisoryKind | null;
  incidentId?: string | null;
}

/**
 * The named recipients of an advisory inside the team: everyone who wrote it and the
 * readers it names. They matter for TLP:RED only, which is for named recipients.
 */
export function advisoryRecipients(advisory: Pick<Advisory, 'authorSubjects' | 'readers'>): string[] {
  return [...advisory.authorSubjects, ...advisory.readers];
}

/**
 * Whether `caller` may see `advisory`: within the caller's clearance and, for TLP:RED,
 * named (see canRead). Lists apply the same rule in SQL (`readableBy`).
 */
export function mayReadAdvisory(caller: Principal, advisory: Pick<Advisory, 'tlp' | 'authorSubjects' | 'readers'>): boolean {
  return canRead(caller, advisory.tlp, advisoryRecipients(advisory));
}

/** `mayReadAdvisory` as a SQL condition on alias `a`, with its parameters. */
function readableBy(caller: Principal): [string, Record<string, unknown>] {
  const names = caller.personId ? [caller.subject, caller.personId] : [caller.subject];
  const red = caller.clearance === 'RED' ? ` OR (a.tlp = 'RED' AND (a.author_subjects && :names::text[] OR a.readers && :names::text[]))` : '';
  return [`(a.tlp IN (:...labels)${red})`, { labels: readableLabels(caller), names }];
}

/**
 * Queries for advisories. Every read takes the caller, so a label the caller is not cleared
 * for never leaves the database.
 */
export class AdvisoryRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(id: string): Promise<Advisory | null> {
    return isUuid(id) ? this.manager.findOne(Advisory, { where: { id } }) : Promise.resolve(null);
  }

  /** The advisory, or null when it does not exist or the caller may not read it (the caller cannot tell which). */
  async findReadable(caller: Principal, id: string): Promise<Advisory | null> {
    const advisory = await this.findById(id);
    return advisory && mayReadAdvisory(caller, advisory) ? advisory : null;
  }

  /** Many advisories in one statement (for the `_entities` loader); ids that are not uuids match nothing. */
  async findByIds(ids: readonly string[]): Promise<Map<string, Advisory>> {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length > 0 ? await this.manager.find(Advisory, { where: { id: In(wellFormed) } }) : [];
    return new Map(rows.map((advisory) => [advisory.id, advisory]));
  }

  async list(caller: Principal, filter: AdvisoryListFilter, after: Cursor | null, limit: number): Promise<Advisory[]> {
    if (filter.incidentId && !isUuid(filter.incidentId)) return [];
    const query = this.manager
      .createQueryBuilder(Advisory, 'a')
      .where(...readableBy(caller))
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit);
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter.incidentId) {
      query.andWhere('EXISTS (SELECT 1 FROM advisory_incident l WHERE l.advisory_id = a.id AND l.incident_id = :incidentId)', {
        incidentId: filter.incidentId,
      });
    }
    if (after) query.andWhere('(a.createdAt, a.id) < (:at, :id)', { at: after.at, id: after.id });
    return query.getMany();
  }

  /** Advisories of many incidents in one statement (for the Incident.advisories loader). */
  async byIncidents(caller: Principal, incidentIds: readonly string[]): Promise<Map<string, Advisory[]>> {
    const byIncident = new Map<string, Advisory[]>(incidentIds.map((id) => [id, []]));
    const ids = incidentIds.filter(isUuid);
    if (ids.length === 0) return byIncident;
    const links: { advisory_id: string; incident_id: string }[] = await this.manager.query(
      `SELECT advisory_id, incident_id FROM advisory_incident WHERE incident_id = ANY($1::uuid[])`,
      [ids],
    );
    if (links.length === 0) return byIncident;
    const rows = await this.manager
      .createQueryBuilder(Advisory, 'a')
      .where('a.id IN (:...advisoryIds)', { advisoryIds: [...new Set(links.map((l) => l.advisory_id))] })
      .andWhere(...readableBy(caller))
      .orderBy('a.createdAt', 'DESC')
      .getMany();
    for (const row of rows) {
      for (const link of links) if (link.advisory_id === row.id) byIncident.get(link.incident_id)?.push(row);
    }
    return byIncident;
  }

  /** Approvals of many advisories, voided ones included, oldest first. */
  async approvalsOf(advisoryIds: readonly string[]): Promise<Map<string, AdvisoryApproval[]>> {
    const rows = await this.manager.find(AdvisoryApproval, { where: { advisoryId: In([...advisoryIds]) }, order: { approvedAt: 'ASC' } });
    return groupBy(advisoryIds, rows);
  }

  /** Releases of many advisories, oldest first. */
  async revisionsOf(advisoryIds: readonly string[]): Promise<Map<string, AdvisoryRevision[]>> {
    const rows = await this.manager.find(AdvisoryRevision, { where: { advisoryId: In([...advisoryIds]) }, order: { number: 'ASC' } });
    return groupBy(advisoryIds, rows);
  }

  async nextReference(at: Date): Promise<string> {
    const [{ n }] = await this.manager.query(`SELECT nextval('advisory_reference_seq') AS n`);
    return `ADV-${at.getUTCFullYear()}-${String(n).padStart(5, '0')}`;
  }
}

function groupBy<T extends { advisoryId: string }>(advisoryIds: readonly string[], rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>(advisoryIds.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.advisoryId)?.push(row);
  return grouped;
}
