import { authorizerFor, principalMayCall } from '@csirt/auth';
import { DateTimeScalar, recordRedReads } from '@csirt/service';
import { readableIncident } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { IncidentErrors } from '../incidents/incident.errors';
import { listIncidents } from '../incidents/list-incidents.service';
import { linkIncidents } from '../incidents/link-incidents.service';
import { mergeIncidents } from '../incidents/merge-incidents.service';
import { updateIncident } from '../incidents/update-incident.service';
import { transitionIncident } from '../incidents/transition-incident.service';
import { mayReadReportOf } from '../incidents/incident-visibility';
import { incidentMetricsParent } from '../metrics/incident-metrics.service';
import { knownTargets } from '../metrics/service-targets';
import { createTask } from '../tasks/create-task.service';
import { updateTask } from '../tasks/update-task.service';
import { addTimelineEntry } from '../timeline/add-timeline-entry.service';

/** Roles per operation: the access matrix. TLP (and for RED, the response team) decides which incidents after it. */
const authorize = authorizerFor('incidents');

// Resolvers stay thin: check the caller, call a use case, return what it returns.
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,

  Query: {
    incident: async (_, { id }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.incident');
      // Not cleared is answered like not found: the caller learns nothing of its existence.
      return readableIncident(ctx, caller, id);
    },
    incidents: async (_, { filter, first, after }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.incidents');
      const page = await listIncidents(ctx.incidents, caller, { filter, first, after });
      // A RED incident on a page is a read of RED data like one asked for by id.
      await recordRedReads(ctx.deps, ctx, 'Incident', page.edges.map((edge) => edge.node));
      return page;
    },
    incidentMetrics: async (_, { range, groupBy, lossThreshold }, ctx) => {
      const caller = authorize(ctx.principal, 'Query.incidentMetrics');
      const query = { from: range.from, to: range.to, groupBy, lossThreshold };
      return incidentMetricsParent(ctx.deps.dataSource.manager, caller, query, knownTargets);
    },
  },

  // Each part of the metrics is computed on demand (the summary once, shared by its fields).
  IncidentMetrics: {
    total: async (m) => (await m.summary()).total,
    perPeriod: async (m) => (await m.summary()).perPeriod,
    bySeverity: async (m) => (await m.summary()).bySeverity,
    byClassification: async (m) => (await m.summary()).byClassification,
    lossBelowThreshold: async (m) => (await m.summary()).lossBelowThreshold,
    timeToAcknowledge: async (m) => (await m.summary()).timeToAcknowledge,
    timeToContain: async (m) => (await m.summary()).timeToContain,
    timeToRecover: async (m) => (await m.summary()).timeToRecover,
    timeToClose: async (m) => (await m.summary()).timeToClose,
    resolutionByComplexity: async (m) => (await m.summary()).resolutionByComplexity,
    cells: (m, { lossBucketEdges }) => m.cells(lossBucketEdges),
  },

  Mutation: {
    transitionIncident: async (_, { id, to, note, resolution, lessonsLearned, overrideReason, cancelOpenTasksReason }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.transitionIncident');
      return ctx.deps.transaction((manager) =>
        transitionIncident(manager, ctx.deps.outbox, {
          id,
          to,
          note,
          resolution,
          lessonsLearned,
          overrideReason,
          cancelOpenTasksReason,
          caller,
          traceparent: ctx.traceparent,
        }),
      );
    },
    updateIncident: async (_, { id, input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.updateIncident');
      return ctx.deps.transaction((manager) =>
        updateIncident(manager, ctx.deps.outbox, { id, input, caller, traceparent: ctx.traceparent, requestId: ctx.requestId }),
      );
    },
    linkIncidents: async (_, { id, otherId, relation, reason }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.linkIncidents');
      return ctx.deps.transaction((manager) =>
        linkIncidents(manager, { id, otherId, relation, reason, caller }),
      );
    },
    mergeIncidents: async (_, { sourceId, intoId, reason }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.mergeIncidents');
      return ctx.deps.transaction((manager) =>
        mergeIncidents(manager, ctx.deps.outbox, {
          sourceId,
          intoId,
          reason,
          caller,
          traceparent: ctx.traceparent,
        }),
      );
    },
    addTimelineEntry: async (_, { incidentId, message }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.addTimelineEntry');
      return ctx.deps.transaction((manager) => addTimelineEntry(manager, { incidentId, message, caller }));
    },
    createTask: async (_, { input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.createTask');
      return ctx.deps.transaction((manager) => createTask(manager, { ...input, caller }));
    },
    updateTask: async (_, { id, input }, ctx) => {
      const caller = authorize(ctx.principal, 'Mutation.updateTask');
      return ctx.deps.transaction((manager) => updateTask(manager, { id, ...input, caller }));
    },
  },

  Incident: {
    __resolveReference: async (reference, ctx) => {
      const caller = authorize(ctx.principal, 'Entity.Incident');
      // A reporter may follow its own report's reference to the incident. Until there is a
      // reporter's view of incidents it resolves to null like an unreadable one: FORBIDDEN
      // would null the report that holds the reference.
      if (!principalMayCall(caller, 'incidents', 'Query.incident')) return null;
      return readableIncident(ctx, caller, reference.id);
    },
    classification: (i) =>
      i.rsitClass && i.rsitType ? { rsitClass: i.rsitClass, rsitType: i.rsitType } : null,
    cia: (i) => ({
      confidentiality: i.ciaConfidentiality,
      integrity: i.ciaIntegrity,
      availability: i.ciaAvailability,
    }),
    constituency: (i) => (i.constituencyId ? { id: i.constituencyId } : null),
    estimatedLoss: (i) =>
      i.lossAmount !== null && i.lossCurrency ? { amount: i.lossAmount, currency: i.lossCurrency } : null,
    reports: async (i, _, ctx) => {
      const caller = authorize(ctx.principal, 'Entity.Incident');
      const reports = await ctx.reportsByIncident.load(i.id);
      return reports.filter((report) => mayReadReportOf(caller, report)).map(({ id }) => ({ id }));
    },
    tasks: (i, _, ctx) => ctx.tasksByIncident.load(i.id),
    timeline: (i, _, ctx) => ctx.timelineByIncident.load(i.id),
    links: async (i, _, ctx) => {
      // A link to an incident the caller may not read is left out entirely: its reason may tell too much.
      const caller = authorize(ctx.principal, 'Entity.Incident');
      const links = await ctx.linksByIncident.load(i.id);
      const others = await Promise.all(links.map((link) => readableIncident(ctx, caller, link.otherId)));
      return links.filter((_, n) => others[n] !== null);
    },
    mergedInto: (i, _, ctx) =>
      i.mergedIntoId ? readableIncident(ctx, authorize(ctx.principal, 'Entity.Incident'), i.mergedIntoId) : null,
  },

  IncidentLink: {
    incident: (link, _, ctx) => readableIncident(ctx, authorize(ctx.principal, 'Entity.Incident'), link.otherId),
  },

  Task: {
    incident: async (task, _, ctx) => {
      const incident = await readableIncident(ctx, authorize(ctx.principal, 'Entity.Incident'), task.incidentId);
      // A task is only ever reached through an incident the caller may read, or by changing it.
      if (!incident) throw IncidentErrors.notFound(task.incidentId);
      return incident;
    },
    assignee: (task) => (task.assigneeId ? { id: task.assigneeId } : null),
  },
};
