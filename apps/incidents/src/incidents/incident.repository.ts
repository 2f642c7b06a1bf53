import type { Principal } from '@csirt/auth';
import type { IncidentStatus, Observable, Tlp } from '@csirt/contracts';
import type { Cursor } from '@csirt/service';
import type { EntityManager } from 'typeorm';
import { Incident } from './incident.entity';
import type { IncidentLinkView, IncidentRelation } from './incident-link.entity';
import { readableWhere } from './incident-visibility';
import type { AttachedReport } from './incident-changes';
import type { SeenRange } from './sightings';

/** A report of an incident, with what decides who may see the reference. */
export interface IncidentReportRef {
  id: string;
  tlp: Tlp | null;
  recipients: string[];
}

export interface IncidentListFilter {
  status?: IncidentStatus[] | null;
  severity?: number[] | null;
  constituencyId?: string | null;
  tlp?: Tlp[] | null;
  openedFrom?: Date | null;
  openedTo?: Date | null;
  text?: string | null;
  /** In its normal form (normaliseObservable): stored indicators are. */
  observable?: Observable | null;
  /** Person id (teams) of an assignee of one of the incident's tasks. */
  assigneeId?: string | null;
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

  /** Locks an incident, or the one it was merged into: a merged-away incident lives on there. */
  async lockFollowingMerges(id: string): Promise<Incident | null> {
    let incident = await this.lock(id);
    for (let hops = 0; incident?.mergedIntoId && hops < 10; hops += 1) {
      incident = await this.lock(incident.mergedIntoId);
    }
    return incident;
  }

  /**
   * Moves the reports of one incident (all of them, or those of `reportIds`) to another,
   * remembering where from (so who could read the source through a report still can);
   * returns their ids in attachment order.
   */
  async moveReports(fromIncidentId: string, toIncidentId: string, reportIds: readonly string[] | null = null): Promise<string[]> {
    // Wrapped in a CTE: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
    const rows: { report_id: string }[] = await this.manager.query(
      `WITH moved AS (UPDATE incident_report SET incident_id = $2, merged_from_id = $1
                       WHERE incident_id = $1 AND ($3::uuid[] IS NULL OR report_id = ANY($3::uuid[])) RETURNING report_id, attached_at)
       SELECT report_id FROM moved ORDER BY attached_at, report_id`,
      [fromIncidentId, toIncidentId, reportIds],
    );
    return rows.map((row) => row.report_id);
  }

  /** Records that a report belongs to the incident, with what decides who may see its reference. */
  async linkReport(incidentId: string, report: AttachedReport): Promise<void> {
    // No ON CONFLICT: a concurrent escalation of the same report makes this transaction fail,
    // the consumer retries, and the retry finds the report attached and changes nothing.
    await this.manager.query(
      `INSERT INTO incident_report (incident_id, report_id, attached_at, attached_by, source_event_id, tlp, recipients)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [incidentId, report.reportId, report.attachedAt, report.attachedBy, report.eventId, report.tlp, report.recipients],
    );
  }

  async list(
    caller: Principal,
    filter: IncidentListFilter,
    after: Cursor | null,
    limit: number,
  ): Promise<Incident[]> {
    const readable = readableWhere(caller, 'i');
    const query = this.manager
      .createQueryBuilder(Incident, 'i')
      .where(readable.sql, readable.params)
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
    if (filter.observable) {
      // Containment on the jsonb list: served by the GIN index incident_observables.
      query.andWhere('i.observables @> CAST(:observable AS jsonb)', {
        observable: JSON.stringify([{ type: filter.observable.type, value: filter.observable.value }]),
      });
    }
    if (filter.assigneeId) {
      // Served by incident_task_assignee (assignee_id, incident_id).
      query.andWhere(
        `EXISTS (SELECT 1 FROM incident_task t WHERE t.assignee_id = :assigneeId AND t.incident_id = i.id AND t.status <> 'CANCELLED')`,
        { assigneeId: filter.assigneeId },
      );
    }
    if (after) query.andWhere('(i.openedAt, i.id) < (:at, :id)', { at: after.at, id: after.id });
    return query.getMany();
  }

  /**
   * The incident side of a sighting: first and last `opened_at` of the incidents carrying
   * `observable` (normalised) that `caller` may read, under the same condition as the list.
   * Containment is served by the GIN index incident_observables.
   */
  async seenRange(caller: Principal, observable: Observable): Promise<SeenRange> {
    const readable = readableWhere(caller, 'i');
    const row = await this.manager
      .createQueryBuilder(Incident, 'i')
      .select('MIN(i.openedAt)', 'first')
      .addSelect('MAX(i.openedAt)', 'last')
      .where(readable.sql, readable.params)
      .andWhere('i.observables @> CAST(:observable AS jsonb)', {
        observable: JSON.stringify([{ type: observable.type, value: observable.value }]),
      })
      .getRawOne<{ first: Date | null; last: Date | null }>();
    return { first: row?.first ?? null, last: row?.last ?? null };
  }

  /**
   * Reports of each incident, in attachment order, with the report's own label and named
   * recipients (null label: attached before labels were kept; the incident's label covers it).
   */
  async reportsOf(incidentIds: readonly string[]): Promise<Map<string, IncidentReportRef[]>> {
    const rows: { incident_id: string; report_id: string; tlp: Tlp | null; recipients: string[] }[] =
      await this.manager.query(
        `SELECT incident_id, report_id, tlp, recipients FROM incident_report WHERE incident_id = ANY($1::uuid[]) ORDER BY attached_at, report_id`,
        [incidentIds],
      );
    const grouped = new Map<string, IncidentReportRef[]>(incidentIds.map((id) => [id, []]));
    for (const row of rows)
      grouped.get(row.incident_id)?.push({ id: row.report_id, tlp: row.tlp, recipients: row.recipients });
    return grouped;
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

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
