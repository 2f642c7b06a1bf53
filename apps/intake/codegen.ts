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
          // The reporter's view reads the report it is of (reporter-view.ts picks what it may show).
          ReporterView: '../reports/report.entity#Report as ReportEntity',
          ReporterDecision: '../reports/reporter-view#DecisionForReporter',
          ReporterIncidentView: '../reports/reporter-view#IncidentForReporter',
          Incident: '../context#IncidentRef',
          Indicator: '@csirt/contracts#Observable as IndicatorKey',
          Question: '../feedback/question.entity#Question as QuestionEntity',
          FeedbackMetrics: '../feedback/feedback-metrics.service#FeedbackMetrics as FeedbackMetricsModel',
          ReportConnection: '../reports/report-page#ReportPage',
        },
        scalars: { DateTime: 'Date' },
      },
    },
  },
};

export default config;
