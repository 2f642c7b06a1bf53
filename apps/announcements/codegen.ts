import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema.graphql, never written by hand:
//   npx nx run announcements:codegen
const config: CodegenConfig = {
  schema: 'apps/announcements/schema.graphql',
  generates: {
    'apps/announcements/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: '../context#AnnouncementsContext',
        mappers: {
          Advisory: '../advisories/advisory.entity#Advisory as AdvisoryEntity',
          AdvisoryApproval: '../advisories/advisory.entity#AdvisoryApproval as AdvisoryApprovalEntity',
          AdvisoryRevision: '../advisories/advisory.entity#AdvisoryRevision as AdvisoryRevisionEntity',
          Incident: '../context#IncidentRef',
          Notification: '../notifications/reporter-notification#ReporterNotification',
        },
        scalars: { DateTime: 'Date' },
      },
    },
  },
};

export default config;
