import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema.graphql, never written by hand:
//   npx nx run incidents:codegen
const config: CodegenConfig = {
  schema: 'apps/incidents/schema.graphql',
  generates: {
    'apps/incidents/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: '../context#IncidentsContext',
        mappers: {
          Incident: '../incidents/incident.entity#Incident as IncidentEntity',
          Task: '../tasks/task.entity#Task as TaskEntity',
          TimelineEntry: '../timeline/timeline-entry.entity#TimelineEntry as TimelineEntryEntity',
          IncidentLink: '../incidents/incident-link.entity#IncidentLinkView',
          IncidentMetrics: '../metrics/incident-metrics.service#IncidentMetricsParent',
          Report: '../context#EntityRef',
          Person: '../context#EntityRef',
          Constituency: '../context#EntityRef',
        },
        scalars: { DateTime: 'Date' },
      },
    },
  },
};

export default config;
