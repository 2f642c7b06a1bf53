import { hasAnyRole, requireRole } from './policy';
import { PLATFORM_ROLES, type PlatformRole, type Principal } from './principal';

/**
 * Which platform roles may call what: every Query and Mutation field of every subgraph,
 * and every entity a subgraph resolves for the gateway (`Entity.<Type>`, reached through
 * `_entities`; field resolvers that read an entity's neighbours check the same row). ADMIN
 * holds every role, so it is in no row and may call everything.
 *
 * The role check is only the first gate: TLP, named recipients and ownership (a reporter
 * sees only its own reports) are decided by each service's use cases after it.
 *
 * Each subgraph's tests iterate its part of this table against the running service, and
 * fail when a field of its schema has no row; docs/SECURITY.md shows the same table,
 * generated from this one (`npm run docs:security`).
 */
const REPORT_READERS = ['REPORTER', 'ANALYST', 'INCIDENT_MANAGER', 'AUDITOR'] as const satisfies readonly PlatformRole[];
const REPORT_SUBMITTERS = ['REPORTER', 'ANALYST'] as const satisfies readonly PlatformRole[];
const TRIAGERS = ['ANALYST'] as const satisfies readonly PlatformRole[];
// Feedback: constituents (REPORTER) ask and read their own; analysts answer; staff read the queue.
const QUESTION_READERS = ['REPORTER', 'ANALYST', 'INCIDENT_MANAGER', 'AUDITOR'] as const satisfies readonly PlatformRole[];
const QUESTION_ASKERS = ['REPORTER', 'ANALYST'] as const satisfies readonly PlatformRole[];
const QUESTION_QUEUE_READERS = ['ANALYST', 'INCIDENT_MANAGER', 'AUDITOR'] as const satisfies readonly PlatformRole[];
const ANSWERERS = ['ANALYST'] as const satisfies readonly PlatformRole[];

const INCIDENT_READERS = ['ANALYST', 'INCIDENT_MANAGER', 'SECURITY_OFFICER', 'AUDITOR'] as const satisfies readonly PlatformRole[];
const INCIDENT_WORKERS = ['ANALYST', 'INCIDENT_MANAGER'] as const satisfies readonly PlatformRole[];
// Lowering an incident's label is for these two (checked in the use case); both may update.
const INCIDENT_EDITORS = ['ANALYST', 'INCIDENT_MANAGER', 'SECURITY_OFFICER'] as const satisfies readonly PlatformRole[];
const INCIDENT_OWNERS = ['INCIDENT_MANAGER'] as const satisfies readonly PlatformRole[];
// Where an indicator was seen: whoever reads reports or incidents; each side then shows only
// what its own list would (a reporter its own reports, no incidents).
const SIGHTING_READERS = ['REPORTER', 'ANALYST', 'INCIDENT_MANAGER', 'SECURITY_OFFICER', 'AUDITOR'] as const satisfies readonly PlatformRole[];
const METRICS_READERS = ['INCIDENT_MANAGER', 'AUDITOR'] as const satisfies readonly PlatformRole[];

const DIRECTORY_READERS = [
  'ANALYST',
  'INCIDENT_MANAGER',
  'SECURITY_OFFICER',
  'TEAM_ADMIN',
  'PUBLISHER',
  'AUDITOR',
] as const satisfies readonly PlatformRole[];
const DIRECTORY_ADMINS = ['TEAM_ADMIN'] as const satisfies readonly PlatformRole[];
const RESPONSE_TEAM_MANAGERS = ['INCIDENT_MANAGER', 'SECURITY_OFFICER'] as const satisfies readonly PlatformRole[];

const ADVISORY_READERS = ['ANALYST', 'INCIDENT_MANAGER', 'PUBLISHER', 'AUDITOR'] as const satisfies readonly PlatformRole[];
const PUBLISHERS = ['PUBLISHER'] as const satisfies readonly PlatformRole[];
// Approving is asked by staff; the gate is the person's domain role (PR officer, legal
// counsel) in the announcements service's people read model, not a platform role.
const ADVISORY_APPROVERS = ['ANALYST', 'INCIDENT_MANAGER', 'SECURITY_OFFICER', 'TEAM_ADMIN', 'PUBLISHER'] as const satisfies readonly PlatformRole[];
// Notifications are addressed to one token subject, which alone reads them: any role may ask.
const NOTIFICATION_READERS = PLATFORM_ROLES.filter((role) => role !== 'ADMIN');
const AUDIT_READERS = ['AUDITOR', 'SECURITY_OFFICER'] as const satisfies readonly PlatformRole[];

export const ACCESS_MATRIX = {
  intake: {
    'Query.report': REPORT_READERS,
    'Query.reports': REPORT_READERS,
    'Mutation.submitReport': REPORT_SUBMITTERS,
    'Mutation.submitReports': REPORT_SUBMITTERS,
    'Mutation.triageReport': TRIAGERS,
    'Mutation.pauseReportClock': TRIAGERS,
    'Mutation.resumeReportClock': TRIAGERS,
    'Mutation.escalateReport': TRIAGERS,
    'Mutation.rejectReport': TRIAGERS,
    'Mutation.mergeReport': TRIAGERS,
    'Query.sightings': SIGHTING_READERS,
    'Entity.Report': REPORT_READERS,
    'Entity.Indicator': SIGHTING_READERS,
    'Query.question': QUESTION_READERS,
    'Query.questions': QUESTION_QUEUE_READERS,
    'Query.myQuestions': QUESTION_ASKERS,
    'Query.feedbackMetrics': QUESTION_QUEUE_READERS,
    'Mutation.askQuestion': QUESTION_ASKERS,
    'Mutation.answerQuestion': ANSWERERS,
    // The asker closes its own; an analyst any it may read (checked in the use case).
    'Mutation.closeQuestion': QUESTION_ASKERS,
    'Mutation.proposeAnswerAsFaq': ANSWERERS,
  },
  incidents: {
    'Query.incident': INCIDENT_READERS,
    'Query.incidents': INCIDENT_READERS,
    'Query.incidentMetrics': METRICS_READERS,
    'Mutation.transitionIncident': INCIDENT_OWNERS,
    'Mutation.updateIncident': INCIDENT_EDITORS,
    'Mutation.linkIncidents': INCIDENT_OWNERS,
    'Mutation.mergeIncidents': INCIDENT_OWNERS,
    'Mutation.splitIncident': INCIDENT_OWNERS,
    'Mutation.addTimelineEntry': INCIDENT_WORKERS,
    'Mutation.createTask': INCIDENT_WORKERS,
    'Mutation.updateTask': INCIDENT_WORKERS,
    'Mutation.recordTaskConsent': INCIDENT_WORKERS,
    'Mutation.recordManagementAction': INCIDENT_WORKERS,
    // A reporter follows its own report's reference to the incident: it resolves to null for
    // roles that may not read incidents (`Query.incident`), never FORBIDDEN, which would null
    // the report holding the reference.
    'Entity.Incident': [...INCIDENT_READERS, 'REPORTER'],
    // The incident side of `sightings` (intake's root field): empty for roles that do not read incidents.
    'Entity.Indicator': SIGHTING_READERS,
  },
  teams: {
    'Query.auditTrail': AUDIT_READERS,
    'Query.person': DIRECTORY_READERS,
    'Query.people': DIRECTORY_READERS,
    'Query.team': DIRECTORY_READERS,
    'Query.teams': DIRECTORY_READERS,
    'Query.constituency': DIRECTORY_READERS,
    'Query.constituencies': DIRECTORY_READERS,
    'Query.partner': DIRECTORY_READERS,
    'Query.partners': DIRECTORY_READERS,
    'Mutation.createPerson': DIRECTORY_ADMINS,
    'Mutation.updatePerson': DIRECTORY_ADMINS,
    'Mutation.createTeam': DIRECTORY_ADMINS,
    'Mutation.addTeamMember': DIRECTORY_ADMINS,
    'Mutation.removeTeamMember': DIRECTORY_ADMINS,
    'Mutation.createConstituency': DIRECTORY_ADMINS,
    'Mutation.updateConstituency': DIRECTORY_ADMINS,
    'Mutation.registerPartner': DIRECTORY_ADMINS,
    'Mutation.updatePartnerAgreement': DIRECTORY_ADMINS,
    'Mutation.formResponseTeam': RESPONSE_TEAM_MANAGERS,
    'Mutation.addResponder': RESPONSE_TEAM_MANAGERS,
    'Mutation.releaseResponder': RESPONSE_TEAM_MANAGERS,
    'Entity.Person': DIRECTORY_READERS,
    'Entity.Team': DIRECTORY_READERS,
    'Entity.Constituency': DIRECTORY_READERS,
    'Entity.PartnerCsirt': DIRECTORY_READERS,
    // An incident's response team and proposal: the directory's readers, then TLP per incident.
    'Entity.Incident': DIRECTORY_READERS,
  },
  announcements: {
    'Query.myNotifications': NOTIFICATION_READERS,
    'Query.advisory': ADVISORY_READERS,
    'Query.advisories': ADVISORY_READERS,
    'Mutation.draftAdvisory': PUBLISHERS,
    'Mutation.updateAdvisory': PUBLISHERS,
    'Mutation.submitAdvisoryForReview': PUBLISHERS,
    'Mutation.approveAdvisory': ADVISORY_APPROVERS,
    'Mutation.publishAdvisory': PUBLISHERS,
    'Mutation.reviseAdvisory': PUBLISHERS,
    'Mutation.withdrawAdvisory': PUBLISHERS,
    // Partner CSIRTs' tokens carry REPORTER; the use case then requires the partner_id claim.
    'Mutation.acknowledgeAdvisory': ['REPORTER'],
    'Entity.Advisory': ADVISORY_READERS,
    // An incident's advisories: whoever may read advisories.
    'Entity.Incident': ADVISORY_READERS,
  },
} as const satisfies Record<string, Record<string, readonly PlatformRole[]>>;

export type AccessSubgraph = keyof typeof ACCESS_MATRIX;
export type AccessOperation<S extends AccessSubgraph> = keyof (typeof ACCESS_MATRIX)[S] & string;

/** The roles of one row (ADMIN aside, which holds them all). */
export function rolesFor<S extends AccessSubgraph>(subgraph: S, operation: AccessOperation<S>): readonly PlatformRole[] {
  return (ACCESS_MATRIX[subgraph] as Record<string, readonly PlatformRole[]>)[operation];
}

/** Would `role` alone be let through `operation`? */
export function roleMayCall<S extends AccessSubgraph>(subgraph: S, operation: AccessOperation<S>, role: PlatformRole): boolean {
  return role === 'ADMIN' || rolesFor(subgraph, operation).includes(role);
}

/** Does `principal` hold a role of the row (ADMIN holds them all)? For decisions that hide rather than refuse. */
export function principalMayCall<S extends AccessSubgraph>(principal: Principal, subgraph: S, operation: AccessOperation<S>): boolean {
  return hasAnyRole(principal, rolesFor(subgraph, operation));
}

/**
 * The role check of one subgraph, bound to its part of the matrix:
 * `const authorize = authorizerFor('intake')`, then `authorize(ctx.principal, 'Query.report')`.
 * Fails with UNAUTHENTICATED without a caller and FORBIDDEN without a role of the row.
 */
export function authorizerFor<S extends AccessSubgraph>(subgraph: S) {
  return (principal: Principal | null, operation: AccessOperation<S>): Principal =>
    requireRole(principal, ...rolesFor(subgraph, operation));
}

/** The matrix as a Markdown table, for docs/SECURITY.md. */
export function renderAccessMatrix(): string {
  const header = `| subgraph | operation | ${PLATFORM_ROLES.join(' | ')} |`;
  const rule = `|---|---|${PLATFORM_ROLES.map(() => ':-:').join('|')}|`;
  const rows = Object.entries(ACCESS_MATRIX).flatMap(([subgraph, operations]) =>
    Object.keys(operations).map((operation) => {
      const cells = PLATFORM_ROLES.map((role) => (roleMayCall(subgraph as AccessSubgraph, operation as never, role) ? '✓' : ''));
      return `| ${subgraph} | \`${operation}\` | ${cells.join(' | ')} |`;
    }),
  );
  return [header, rule, ...rows].join('\n');
}
