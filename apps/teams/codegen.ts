import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types are generated from schema.graphql, never written by hand:
//   npx nx run teams:codegen
const config: CodegenConfig = {
  schema: 'apps/teams/schema.graphql',
  generates: {
    'apps/teams/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        contextType: '../context#TeamsContext',
        mappers: {
          Person: '../people/person.entity#Person as PersonEntity',
          Team: '../teams/team.entity#Team as TeamEntity',
          TeamMember: '../teams/team.entity#TeamMember as TeamMemberEntity',
          Constituency: '../constituencies/constituency.entity#Constituency as ConstituencyEntity',
          PartnerCsirt: '../partners/partner.entity#PartnerCsirt as PartnerCsirtEntity',
          ResponseTeamProposal: '../response-teams/proposal.entity#ResponseTeamProposal as ProposalEntity',
          ProposedResponder: '../response-teams/proposal.entity#Candidate as CandidateEntity',
          Incident: '../context#IncidentRef',
          AuditEntry: '../audit/audit-entry.entity#AuditEntryRecord as AuditEntryEntity',
        },
        scalars: { DateTime: 'Date' },
      },
    },
  },
};

export default config;
