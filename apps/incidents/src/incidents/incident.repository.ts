import { readableLabels, type Principal } from '@csirt/auth';
import type { IncidentStatus, Tlp } from '@csirt/contracts';
import type { Cursor } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { Incident } from './incident.entity';
import type { IncidentLinkView, IncidentRelation } from './incident-link.entity';

export interface IncidentListFilter {
  status?: IncidentStatus[] | null;
  severity?: number[] | null;
  constituencyId?: string | null;
  tlp?: Tlp[] | null;
  openedFrom?: Date | null;
  openedTo?: Date | null;
  text?: string | null;
}

/**
 * Queries for incidents. List reads take the caller, so an incident the caller may not read
 * (label above its clearance, or TLP:RED without being on the response team) never leaves
 * the database. Batch reads take many ids and answer in one statement, for DataLoaders.
 */
export class IncidentRepository {
  constructor(private readonly manager: EntityManager) {}

  findById(id: string): Promise<Incident | null> {
    return this.manager.findOne(Incident, { where: { id } });
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, Incident>> {
    const rows = await this.manager
      .createQueryBuilder(Incident, 'i')
      .where('i.id IN (:...ids)', { ids })
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Loads an incident with a row lock, so two concurrent changes of one incident serialise. */
  lock(id: string): Promise<Incident | null> {
    return this.manager.findOne(Incident, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async list(
    caller: Principal,
    filter: IncidentListFilter,
    after: Cursor | null,
    limit: number,
  ): Promise<Incident[]> {
    const me = [caller.subject, ...(caller.personId ? [caller.personId] : [])];
    const query = this.manager
      .createQueryBuilder(Incident, 'i')
      .where(
        `(i.tlp IN (:...labels) OR (:redCleared AND i.tlp = 'RED' AND EXISTS (
            SELECT 1 FROM response_team_member m WHERE m.incident_id = i.id AND m.person_id IN (:...me))))`,
        { labels: readableLabels(caller), redCleared: caller.clearance === 'RED', me },
      )
      .orderBy('i.openedAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit);
    if (filter.status?.length) query.andWhere('i.status IN (:...status)', { status: filter.status });
    if (filter.severity?.length)
      query.andWhere('i.severity IN (:...severity)', { severity: filter.severity });
    if (filter.constituencyId)
      query.andWhere('i.constituencyId = :constituencyId', { constituencyId: filter.constituencyId });
    if (filter.tlp?.length) query.andWhere('i.tlp IN (:...tlp)', { tlp: filter.tlp });
    if (filter.openedFrom) query.andWhere('i.openedAt >= :openedFrom', { openedFrom: filter.openedFrom });
    if (filter.openedTo) query.andWhere('i.openedAt < :openedTo', { openedTo: filter.openedTo });
    if (filter.text) {
      // Same expression as the trigram index, so the index serves it.
      query.andWhere(`(i.reference || ' ' || i.title || ' ' || i.summary) ILIKE :text`, {
        text: `%${escapeLike(filter.text)}%`,
      });
    }
    if (after) query.andWhere('(i.openedAt, i.id) < (:at, :id)', { at: after.at, id: after.id });
    return query.getMany();
  }

  /** Person ids (and subjects) on each incident's response team: the named recipients of TLP:RED. */
  async recipientsOf(incidentIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { incident_id: string; person_id: string }[] = await this.manager.query(
      `SELECT incident_id, person_id FROM response_team_member WHERE incident_id = ANY($1::uuid[])`,
      [incidentIds],
    );
    return group(
      incidentIds,
      rows,
      (row) => row.incident_id,
      (row) => row.person_id,
    );
  }

  /** Report ids of each incident, in attachment order. */
  async reportsOf(incidentIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { incident_id: string; report_id: string }[] = await this.manager.query(
      `SELECT incident_id, report_id FROM incident_report WHERE incident_id = ANY($1::uuid[]) ORDER BY attached_at, report_id`,
      [incidentIds],
    );
    return group(
      incidentIds,
      rows,
      (row) => row.incident_id,
      (row) => row.report_id,
    );
  }

  /** The incident a report belongs to, if any. */
  async incidentOfReport(reportId: string): Promise<string | null> {
    const rows: { incident_id: string }[] = await this.manager.query(
      `SELECT incident_id FROM incident_report WHERE report_id = $1`,
      [reportId],
    );
    return rows[0]?.incident_id ?? null;
  }

  /** Links of each incident, seen from that incident. */
  async linksOf(incidentIds: readonly string[]): Promise<Map<string, IncidentLinkView[]>> {
    const rows: {
      incident_a: string;
      incident_b: string;
      relation: IncidentRelation;
      reason: string;
      linked_by: string;
      linked_at: Date;
    }[] = await this.manager.query(
      `SELECT incident_a, incident_b, relation, reason, linked_by, linked_at FROM incident_link
         WHERE incident_a = ANY($1::uuid[]) OR incident_b = ANY($1::uuid[]) ORDER BY linked_at`,
      [incidentIds],
    );
    const byIncident = new Map<string, IncidentLinkView[]>(incidentIds.map((id) => [id, []]));
    for (const row of rows) {
      const view = {
        relation: row.relation,
        reason: row.reason,
        linkedBy: row.linked_by,
        linkedAt: row.linked_at,
      };
      byIncident.get(row.incident_a)?.push({ ...view, otherId: row.incident_b });
      byIncident.get(row.incident_b)?.push({ ...view, otherId: row.incident_a });
    }
    return byIncident;
  }

  async nextReference(at: Date): Promise<string> {
    const [{ n }] = await this.manager.query(`SELECT nextval('incident_reference_seq') AS n`);
    return `INC-${at.getUTCFullYear()}-${String(n).padStart(5, '0')}`;
  }
}

function group<R>(
  ids: readonly string[],
  rows: R[],
  key: (row: R) => string,
  value: (row: R) => string,
): Map<string, string[]> {
  const grouped = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const row of rows) grouped.get(key(row))?.push(value(row));
  return grouped;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
