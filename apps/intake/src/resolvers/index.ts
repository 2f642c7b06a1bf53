import { authorizerFor } from '@csirt/auth';
import { indicatorOfKey } from '@csirt/contracts';
import { DateTimeScalar } from '@csirt/service';
import type { Resolvers } from '../generated/resolvers-types';
import { escalateReport } from '../reports/escalate-report.service';
import { listReports } from '../reports/list-reports.service';
import { mergeReport } from '../reports/merge-report.service';
import { rejectReport } from '../reports/reject-report.service';
import { relationReason } from '../reports/related-reports';
import { classificationOf } from '../reports/report.entity';
import { normaliseFilterObservable } from '../reports/report-input';
import { decisionsForReporter } from '../reports/reporter-view';
import { submitReport } from '../reports/submit-report.service';
import { submitReports } from '../reports/submit-reports.service';
import { triageReport } from '../reports/triage-report.service';
import { feedbackResolvers } from './feedback';
import { pauseReportClock, resumeReportClock } from '../sla/pause-clock.service';

/** Roles per operation: the access matrix. Which reports a reader sees is decided after it (see mayRead). */
const authorize = authorizerFor('intake');

// Resolvers stay thin: check the caller, call a use case, return what it returns.
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    report: async (_, { id }, ctx) => {
      authorize(ctx.principal, 'Query.report');
      // Not readable is answered like not found: the caller learns nothing of its existence.
      return ctx.readableReport.load(id);
    },
    reports: async (_, { filter, first, after, order }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.reports');
      return listReports(ctx, caller, { filter, first, after, oldestFirst: order === 'OLDEST_FIRST' });
    },
    sightings: async (_, { type, value }, ctx) => {
      authorize(ctx.principal, 'Query.sightings');
      return normaliseFilterObservable('value', { type, value });
    },
    ...feedbackResolvers.Query,
  },

  Mutation: {
    submitReport: async (_, { input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.submitReport');
      const { report } = await ctx.deps.transaction((manager) =>
        submitReport(manager, ctx.deps.outbox, {
          fields: input,
          submittedBy: caller.subject,
          credentials: caller,
          traceparent: ctx.traceparent,
          now: ctx.deps.clock.now(),
        }),
      );
      return report;
    },
    submitReports: async (_, { inputs }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.submitReports');
      return submitReports(ctx.deps.transaction, ctx.deps.outbox, inputs, caller.subject, caller, ctx.traceparent);
    },
    triageReport: async (_, { id, input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.triageReport');
      return ctx.deps.transaction((manager) =>
        triageReport(manager, ctx.deps.outbox, { id, ...input, caller, traceparent: ctx.traceparent, requestId: ctx.requestId }),
      );
    },
    pauseReportClock: async (_, { id, reason }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.pauseReportClock');
      return ctx.deps.transaction((manager) => pauseReportClock(manager, { id, reason, caller, at: ctx.deps.clock.now() }));
    },
    resumeReportClock: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.resumeReportClock');
      return ctx.deps.transaction((manager) => resumeReportClock(manager, { id, caller, at: ctx.deps.clock.now() }));
    },
    escalateReport: async (_, { id, input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.escalateReport');
      return ctx.deps.transaction((manager) =>
        escalateReport(manager, ctx.deps.outbox, { id, ...input, caller, traceparent: ctx.traceparent }),
      );
    },
    rejectReport: async (_, { id, reason, reporterMessage }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.rejectReport');
      return ctx.deps.transaction((manager) =>
        rejectReport(manager, ctx.deps.outbox, { id, reason, reporterMessage, caller, traceparent: ctx.traceparent }),
      );
    },
    mergeReport: async (_, { id, intoReportId, reason, reporterMessage }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.mergeReport');
      return ctx.deps.transaction((manager) =>
        mergeReport(manager, ctx.deps.outbox, { id, intoReportId, reason, reporterMessage, caller, traceparent: ctx.traceparent }),
      );
    },
    ...feedbackResolvers.Mutation,
  },

  Indicator: {
    __resolveReference: async (reference, ctx) => {
      authorize(ctx.principal, 'Entity.Indicator');
      return indicatorOfKey(reference);
    },
    reports: async (indicator, { first, after }, ctx) => {
      const caller = authorize(ctx.principal, 'Entity.Indicator');
      return listReports(ctx, caller, { filter: { observable: indicator }, first, after });
    },
    reportsFirstSeen: async (indicator, _, ctx) => (await ctx.reportsSeen.load(indicator)).first,
    reportsLastSeen: async (indicator, _, ctx) => (await ctx.reportsSeen.load(indicator)).last,
  },

  Question: feedbackResolvers.Question,

  Report: {
    __resolveReference: async (reference, ctx) => {
      authorize(ctx.principal, 'Entity.Report');
      return ctx.readableReport.load(reference.id);
    },
    reporter: (report) => ({
      name: report.reporterName,
      email: report.reporterEmail,
      organisation: report.reporterOrganisation,
      constituencyId: report.constituencyId,
    }),
    cia: (report) => ({
      confidentiality: report.ciaConfidentiality,
      integrity: report.ciaIntegrity,
      availability: report.ciaAvailability,
    }),
    classification: (report) => classificationOf(report),
    decisions: (report, _, ctx) => ctx.decisionsByReport.load(report.id),
    // Reached only through a report the caller may read (Query.report, reports, the entity).
    reporterView: (report) => report,
    mergedInto: (report, _, ctx) => (report.mergedIntoId ? ctx.readableReport.load(report.mergedIntoId) : null),
    // An incident id is shown only to who may read the incident: the id alone tells that a
    // (possibly TLP:RED) incident exists and that this report is part of it.
    incident: async (report, _, ctx) => (report.incidentId && (await ctx.readableIncident.load(report.incidentId)) ? { id: report.incidentId } : null),
    escalatedToIncidentId: async (report, _, ctx) =>
      report.escalatedToIncidentId && (await ctx.readableIncident.load(report.escalatedToIncidentId)) ? report.escalatedToIncidentId : null,
    sla: async (report, _, ctx) => {
      const triage = await ctx.triageClockByReport.load(report.id);
      return triage ? { triage } : null;
    },
    relatedReports: async (report, _, ctx) => {
      const relations = await ctx.relationsByReport.load(report.id);
      const readable = await Promise.all(relations.map((relation) => ctx.readableReport.load(relation.relatedReportId)));
      // Candidates the caller may not read are left out, as in every list.
      return relations.filter((_, index) => readable[index] !== null);
    },
    relatedIncidents: async (report, _, ctx) => {
      const ids = await ctx.incidentsSharingIndicators.load(report);
      const readable = await Promise.all(ids.map((id) => ctx.readableIncident.load(id)));
      // An incident the caller may not read is not even hinted at (its id tells it exists).
      return ids.filter((_, index) => readable[index]).map((id) => ({ id }));
    },
  },

  ReporterView: {
    decisions: async (report, _, ctx) => decisionsForReporter(await ctx.decisionsByReport.load(report.id)),
    incident: async (report, _, ctx) => {
      if (!report.incidentId) return null;
      // Its submitter follows the incident its own report became part of, whatever the
      // incident's label: the view holds nothing restricted. Others only an incident they may read.
      const own = ctx.principal?.subject === report.submittedBy;
      if (!own && !(await ctx.readableIncident.load(report.incidentId))) return null;
      return ctx.reporterIncidentView.load(report.incidentId);
    },
  },

  ReportConnection: {
    totalCount: (page) => page.count(),
  },

  RelatedReport: {
    report: async (relation, _, ctx) => {
      const report = await ctx.readableReport.load(relation.relatedReportId);
      // relatedReports only returns relations whose report the caller may read.
      if (!report) throw new Error(`related report ${relation.relatedReportId} vanished`);
      return report;
    },
    reason: (relation) => relationReason(relation.sharedObservables, relation.titleSimilarity),
  },
};
