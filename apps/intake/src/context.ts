import type { Principal } from '@csirt/auth';
import { observableKey, type Observable } from '@csirt/contracts';
import { incidentAccessOf, mayReadIncident, recordRedReads, type BaseRequestContext, type ServiceDeps } from '@csirt/service';
import DataLoader from 'dataloader';
import { runningIncidentsSharingIndicators } from './events/incident-indicators.handler';
import type { ReportDecision } from './reports/report-decision.entity';
import type { Report } from './reports/report.entity';
import { mayRead, ReportRepository, type RelatedReportRow, type SeenRange } from './reports/report.repository';
import { reporterIncidentViews, type IncidentForReporter } from './reports/reporter-view';
import { triageClocksOf, type SlaClockView } from './sla/report-sla.query';

/** An incident as this service knows it: by id only; the incidents service owns the rest. */
export interface IncidentRef {
  id: string;
}

export interface IntakeContext extends BaseRequestContext {
  deps: ServiceDeps;
  reports: ReportRepository;
  /** Reports by id, already filtered to what the caller may read (null otherwise). */
  readableReport: DataLoader<string, Report | null>;
  decisionsByReport: DataLoader<string, ReportDecision[]>;
  relationsByReport: DataLoader<string, RelatedReportRow[]>;
  /** Triage clocks by report id (null: the report has none). */
  triageClockByReport: DataLoader<string, SlaClockView | null>;
  /** Running incidents sharing an indicator with a report (ids, unchecked: see readableIncident). */
  incidentsSharingIndicators: DataLoader<Report, string[], string>;
  /** The report side of an indicator's sightings (first and last seen), once per request. */
  reportsSeen: DataLoader<Observable, SeenRange, string>;
  /** Whether the caller may learn of an incident (its id, its existence); see mayReadIncident. */
  readableIncident: DataLoader<string, boolean>;
  /** The reporter-safe view of incidents by id (unchecked: see Report.reporterView). */
  reporterIncidentView: DataLoader<string, IncidentForReporter | null>;
}

export function createContext(base: BaseRequestContext, deps: ServiceDeps): IntakeContext {
  const reports = new ReportRepository(deps.dataSource.manager);
  return {
    ...base,
    deps,
    reports,
    readableReport: new DataLoader(async (ids) => {
      // Callers of this loader have already required a principal (see the resolvers).
      const caller = base.principal as Principal;
      const found = await reports.findByIds(ids);
      const readable = ids.map((id) => {
        const report = found.get(id);
        return report && mayRead(caller, report) ? report : null;
      });
      await recordRedReads(deps, base, 'Report', readable);
      return readable;
    }),
    decisionsByReport: new DataLoader(async (ids) => {
      const byReport = await reports.decisionsOf(ids);
      return ids.map((id) => byReport.get(id) ?? []);
    }),
    relationsByReport: new DataLoader(async (ids) => {
      const byReport = await reports.relationsOf(ids);
      return ids.map((id) => byReport.get(id) ?? []);
    }),
    triageClockByReport: new DataLoader(async (ids) => {
      const byReport = await triageClocksOf(deps.dataSource.manager, ids);
      return ids.map((id) => byReport.get(id) ?? null);
    }),
    incidentsSharingIndicators: new DataLoader(
      async (batch) => {
        const byReport = await runningIncidentsSharingIndicators(deps.dataSource.manager, batch);
        return batch.map((report) => byReport.get(report.id) ?? []);
      },
      { cacheKeyFn: (report) => report.id },
    ),
    reportsSeen: new DataLoader(
      // Reached only through Query.sightings or Entity.Indicator, which require a principal.
      (indicators) => Promise.all(indicators.map((indicator) => reports.seenRange(base.principal as Principal, indicator))),
      { cacheKeyFn: observableKey },
    ),
    readableIncident: new DataLoader(async (ids) => {
      // Reached only through a report the caller may read, so there is a principal.
      const caller = base.principal as Principal;
      const access = await incidentAccessOf(deps.dataSource.manager, ids);
      return ids.map((id) => mayReadIncident(caller, access.get(id)));
    }),
    reporterIncidentView: new DataLoader(async (ids) => {
      const views = await reporterIncidentViews(deps.dataSource.manager, ids);
      return ids.map((id) => views.get(id) ?? null);
    }),
  };
}
