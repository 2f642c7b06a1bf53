import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema.graphql, never written by hand:
//   npx nx run intake:codegen
const config: CodegenConfig = {
  schema: 'apps/intake/schema.graphql',
  generates: {
    'apps/intake/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: '../context#IntakeContext',
        mappers: {
          Report: '../reports/report.entity#Report as ReportEntity',
          ReportDecision: '../reports/report-decision.entity#ReportDecision as ReportDecisionEntity',
          RelatedReport: '../reports/report.repository#RelatedReportRow',
          Incident: '../context#IncidentRef',
          ReportConnection: '../reports/report-page#ReportPage',
        },
        scalars: { DateTime: 'Date' },
      },
    },
  },
};

export default config;
