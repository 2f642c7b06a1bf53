import type { Principal } from '@csirt/auth';
import { observableKey, type Observable } from '@csirt/contracts';
import { isUuid, recordRedReads, type BaseRequestContext, type Connection, type ServiceDeps } from '@csirt/service';
import DataLoader from 'dataloader';
import type { Incident } from './incidents/incident.entity';
import type { IncidentLinkView } from './incidents/incident-link.entity';
import { IncidentRepository, type IncidentReportRef } from './incidents/incident.repository';
import { mayReadIncident, readersOf } from './incidents/incident-visibility';
import { listIncidents, type ListIncidentsQuery } from './incidents/list-incidents.service';
import type { SeenRange } from './incidents/sightings';
import type { Task } from './tasks/task.entity';
import { TaskRepository } from './tasks/task.repository';
import type { TimelineEntry } from './timeline/timeline-entry.entity';
import { timelinesOf } from './timeline/timeline';

/** An entity owned by another service, as this service knows it: by id only. */
export interface EntityRef {
  id: string;
}

/**
 * Per-request context. Every loader batches all loads of one tick into one statement, so
 * a page of 50 incidents with their reports, tasks and timelines costs a fixed number of
 * statements, whatever the page size.
 */
export interface IncidentsContext extends BaseRequestContext {
  deps: ServiceDeps;
  incidents: IncidentRepository;
  tasks: TaskRepository;
  incidentById: DataLoader<string, Incident | null>;
  readersByIncident: DataLoader<string, string[]>;
  /** Named readers of the RED incidents incidentById loaded, known without another await. */
  knownReaders: Map<string, string[]>;
  reportsByIncident: DataLoader<string, IncidentReportRef[]>;
  tasksByIncident: DataLoader<string, Task[]>;
  timelineByIncident: DataLoader<string, TimelineEntry[]>;
  linksByIncident: DataLoader<string, IncidentLinkView[]>;
  /** The incident side of an indicator's sightings (first and last seen), once per request. */
  incidentsSeen: DataLoader<Observable, SeenRange, string>;
}

export function createContext(base: BaseRequestContext, deps: ServiceDeps): IncidentsContext {
  const manager = deps.dataSource.manager;
  const incidents = new IncidentRepository(manager);
  const tasks = new TaskRepository(manager);
  const fromMap =
    <V>(load: (ids: readonly string[]) => Promise<Map<string, V>>, missing: V) =>
    async (ids: readonly string[]) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id) ?? missing);
    };
  const readersByIncident = new DataLoader(fromMap((ids) => readersOf(manager, ids), [] as string[]));
  const knownReaders = new Map<string, string[]>();
  return {
    ...base,
    deps,
    incidents,
    tasks,
    // Loads the named readers of RED incidents in the same batch, so every incident of a batch
    // is known readable (or not) in the same tick, and the loads of their fields (reports,
    // tasks, ...) fall into one batch instead of two.
    incidentById: new DataLoader(async (ids: readonly string[]) => {
      const found = await incidents.findByIds(ids);
      const red = [...found.values()]
        .filter((incident) => incident.tlp === 'RED')
        .map((incident) => incident.id);
      if (red.length > 0) {
        for (const [id, readers] of await readersOf(manager, red)) knownReaders.set(id, readers);
      }
      return ids.map((id) => found.get(id) ?? null);
    }),
    readersByIncident,
    knownReaders,
    reportsByIncident: new DataLoader(fromMap((ids) => incidents.reportsOf(ids), [] as IncidentReportRef[])),
    tasksByIncident: new DataLoader(fromMap((ids) => tasks.byIncidents(ids), [] as Task[])),
    timelineByIncident: new DataLoader(fromMap((ids) => timelinesOf(manager, ids), [] as TimelineEntry[])),
    linksByIncident: new DataLoader(fromMap((ids) => incidents.linksOf(ids), [] as IncidentLinkView[])),
    incidentsSeen: new DataLoader(
      // Reached only through Entity.Indicator by an incident reader, so there is a principal.
      (indicators) => Promise.all(indicators.map((indicator) => incidents.seenRange(base.principal as Principal, indicator))),
      { cacheKeyFn: observableKey },
    ),
  };
}

/**
 * May `caller` read `incident`? The rule is incident-visibility's; this only feeds it the
 * named readers, which only TLP:RED needs, so only RED incidents cost a (batched) lookup.
 */
export async function isReadable(
  ctx: IncidentsContext,
  caller: Principal,
  incident: Incident,
): Promise<boolean> {
  if (incident.tlp !== 'RED') return mayReadIncident(caller, incident.tlp, []);
  const readers = ctx.knownReaders.get(incident.id) ?? (await ctx.readersByIncident.load(incident.id));
  return mayReadIncident(caller, incident.tlp, readers);
}

/** The incident with `id` if it exists and the caller may read it; null otherwise (no difference shown). */
export async function readableIncident(
  ctx: IncidentsContext,
  caller: Principal,
  id: string,
): Promise<Incident | null> {
  if (!isUuid(id)) return null;
  const incident = await ctx.incidentById.load(id);
  const readable = incident && (await isReadable(ctx, caller, incident)) ? incident : null;
  await recordRedReads(ctx.deps, ctx, 'Incident', [readable]);
  return readable;
}

/**
 * A page of the incidents `caller` may read: the one path of `incidents` and of an
 * indicator's incidents (`sightings`), so both show exactly the same incidents.
 */
export async function readableIncidentsPage(
  ctx: IncidentsContext,
  caller: Principal,
  query: ListIncidentsQuery,
): Promise<Connection<Incident>> {
  const page = await listIncidents(ctx.incidents, caller, query);
  // A RED incident on a page is a read of RED data like one asked for by id.
  await recordRedReads(ctx.deps, ctx, 'Incident', page.edges.map((edge) => edge.node));
  return page;
}
