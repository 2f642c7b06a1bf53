// Every operation the console sends. `nx run console:codegen` types them against the API
// schema derived from the committed supergraph; a field the gateway does not serve fails there.
import { graphql } from '../generated';

export const TriageQueueQuery = graphql(`
  query TriageQueue($first: Int!, $after: String, $text: String, $withCount: Boolean!) {
    reports(filter: { status: [NEW, TRIAGED], text: $text }, first: $first, after: $after, order: OLDEST_FIRST) {
      totalCount @include(if: $withCount)
      edges {
        cursor
        node {
          id
          reference
          channel
          tlp
          title
          status
          receivedAt
          severity
          priority
          suggestion {
            severity
            priority
            classification {
              rsitClass
              rsitType
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReportDetailQuery = graphql(`
  query ReportDetail($id: ID!) {
    report(id: $id) {
      id
      reference
      channel
      tlp
      title
      description
      status
      receivedAt
      occurredAt
      severity
      priority
      timeToTriageSeconds
      classification {
        rsitClass
        rsitType
      }
      reporter {
        name
        organisation
      }
      observables {
        type
        value
      }
      affectedAssets
      suggestion {
        severity
        priority
        reasons
        classification {
          rsitClass
          rsitType
        }
      }
      relatedReports {
        reason
        titleSimilarity
        sharedObservables {
          type
          value
        }
        report {
          id
          reference
          title
          tlp
          status
        }
      }
      incident {
        id
        reference
        title
        tlp
      }
      decisions {
        kind
        fromStatus
        toStatus
        decidedBy
        decidedAt
        reason
      }
    }
  }
`);

export const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      id
      reference
      status
      tlp
      title
      receivedAt
    }
  }
`);

export const MyReportsQuery = graphql(`
  query MyReports($first: Int!, $after: String) {
    reports(first: $first, after: $after) {
      edges {
        node {
          id
          reference
          title
          tlp
          status
          receivedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TriageReportMutation = graphql(`
  mutation TriageReport($id: ID!, $input: TriageReportInput!) {
    triageReport(id: $id, input: $input) {
      id
      status
      severity
      priority
      tlp
      classification {
        rsitClass
        rsitType
      }
    }
  }
`);

export const EscalateReportMutation = graphql(`
  mutation EscalateReport($id: ID!, $input: EscalateReportInput!) {
    escalateReport(id: $id, input: $input) {
      id
      status
      escalatedToIncidentId
    }
  }
`);

export const RejectReportMutation = graphql(`
  mutation RejectReport($id: ID!, $reason: String!) {
    rejectReport(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const MergeReportMutation = graphql(`
  mutation MergeReport($id: ID!, $intoReportId: ID!, $reason: String) {
    mergeReport(id: $id, intoReportId: $intoReportId, reason: $reason) {
      id
      status
    }
  }
`);

export const IncidentBoardQuery = graphql(`
  query IncidentBoard($filter: IncidentFilter, $first: Int!, $after: String) {
    incidents(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          reference
          title
          tlp
          severity
          priority
          status
          openedAt
          region
          constituency {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ConstituencyOptionsQuery = graphql(`
  query ConstituencyOptions {
    constituencies(first: 100) {
      edges {
        node {
          id
          name
          service {
            targets {
              triageMinutes
              acknowledgeMinutes
              containMinutes
              recoverMinutes
            }
          }
        }
      }
    }
  }
`);

export const IncidentPageQuery = graphql(`
  query IncidentPage($id: ID!) {
    incident(id: $id) {
      id
      reference
      title
      summary
      tlp
      pap
      severity
      priority
      status
      region
      openedAt
      openedBy
      updatedAt
      resolution
      lessonsLearned
      classification {
        rsitClass
        rsitType
      }
      cia {
        confidentiality
        integrity
        availability
      }
      constituency {
        id
        name
      }
      affectedAssets
      observables {
        type
        value
      }
      reports {
        id
        reference
        title
        tlp
        channel
        receivedAt
      }
      timeline {
        id
        at
        actor
        kind
        phase
        message
      }
      tasks {
        id
        kind
        title
        status
        dueAt
        assignee {
          id
          name
        }
        waitingFor {
          reason
          since
        }
      }
      links {
        relation
        reason
        linkedAt
        incident {
          id
          reference
          title
          tlp
        }
      }
      mergedInto {
        id
        reference
        title
      }
      responseTeam {
        id
        name
        lead {
          id
          name
        }
        members {
          role
          lead
          person {
            id
            name
          }
        }
      }
      proposedResponseTeam {
        id
        status
        region
        lead {
          id
          name
        }
        candidates {
          role
          why
          person {
            id
            name
          }
        }
      }
      advisories {
        id
        reference
        title
        status
        tlp
      }
    }
  }
`);

export const TransitionIncidentMutation = graphql(`
  mutation TransitionIncident(
    $id: ID!
    $to: IncidentStatus!
    $note: String
    $resolution: String
    $lessonsLearned: String
    $overrideReason: String
  ) {
    transitionIncident(
      id: $id
      to: $to
      note: $note
      resolution: $resolution
      lessonsLearned: $lessonsLearned
      overrideReason: $overrideReason
    ) {
      id
      status
      resolution
      lessonsLearned
      updatedAt
    }
  }
`);

export const AddTimelineEntryMutation = graphql(`
  mutation AddTimelineEntry($incidentId: ID!, $message: String!) {
    addTimelineEntry(incidentId: $incidentId, message: $message) {
      id
      at
      actor
      kind
      phase
      message
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
      kind
      title
      status
      dueAt
      assignee {
        id
        name
      }
    }
  }
`);

export const RecordTaskConsentMutation = graphql(`
  mutation RecordTaskConsent($id: ID!, $input: RecordTaskConsentInput!) {
    recordTaskConsent(id: $id, input: $input) {
      id
      status
      waitingFor {
        reason
        since
      }
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) {
    updateTask(id: $id, input: $input) {
      id
      status
      title
      assignee {
        id
        name
      }
    }
  }
`);

export const FormResponseTeamMutation = graphql(`
  mutation FormResponseTeam($incidentId: ID!, $input: FormResponseTeamInput!) {
    formResponseTeam(incidentId: $incidentId, input: $input) {
      id
      name
    }
  }
`);

export const LinkIncidentsMutation = graphql(`
  mutation LinkIncidents($id: ID!, $otherId: ID!, $relation: IncidentRelation!, $reason: String!) {
    linkIncidents(id: $id, otherId: $otherId, relation: $relation, reason: $reason) {
      id
    }
  }
`);

export const MergeIncidentsMutation = graphql(`
  mutation MergeIncidents($sourceId: ID!, $intoId: ID!, $reason: String!) {
    mergeIncidents(sourceId: $sourceId, intoId: $intoId, reason: $reason) {
      id
    }
  }
`);

export const AdvisoriesQuery = graphql(`
  query Advisories($filter: AdvisoryFilter, $first: Int!, $after: String) {
    advisories(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          reference
          kind
          status
          title
          summary
          severity
          tlp
          autoDrafted
          releasedRevision
          createdAt
          publishedAt
          incidents {
            id
            reference
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdvisoryQuery = graphql(`
  query Advisory($id: ID!) {
    advisory(id: $id) {
      id
      reference
      kind
      status
      title
      summary
      body
      severity
      tlp
      legallySensitive
      cveIds
      audience {
        community
        partnerIds
        constituencyIds
      }
      customerNotice {
        title
        summary
        body
      }
      affectedProducts {
        vendor
        product
        affectedVersions
        fixedVersions
      }
      remediations {
        category
        details
        url
      }
      references {
        url
        summary
      }
      credits {
        names
        organization
        summary
        urls
        anonymised
      }
      contentVersion
      releasedRevision
      createdAt
      updatedAt
      publishedAt
      withdrawnAt
      withdrawnReason
      missingApprovals
      incidents {
        id
        reference
      }
      approvals {
        id
        role
        personName
        revision
        contentVersion
        comment
        approvedAt
        voidedAt
        voidedReason
      }
      revisions {
        number
        action
        summary
        date
        releasedBy
      }
      csaf {
        trackingId
        version
        action
        tlp
        url
        releasedAt
      }
      acknowledgements {
        partnerCode
        acknowledged
        upToDate
        acknowledgedVersion
        acknowledgedAt
        waitingSince
      }
    }
  }
`);

export const SubmitAdvisoryForReviewMutation = graphql(`
  mutation SubmitAdvisoryForReview($id: ID!) {
    submitAdvisoryForReview(id: $id) {
      id
      status
      missingApprovals
    }
  }
`);

export const ApproveAdvisoryMutation = graphql(`
  mutation ApproveAdvisory($id: ID!, $role: ApprovalRole!, $comment: String) {
    approveAdvisory(id: $id, role: $role, comment: $comment) {
      id
      status
      missingApprovals
    }
  }
`);

export const ReviseAdvisoryMutation = graphql(`
  mutation ReviseAdvisory($id: ID!, $summary: String!) {
    reviseAdvisory(id: $id, summary: $summary) {
      id
      status
      releasedRevision
    }
  }
`);

export const UpdateAdvisoryMutation = graphql(`
  mutation UpdateAdvisory($id: ID!, $input: UpdateAdvisoryInput!) {
    updateAdvisory(id: $id, input: $input) {
      id
      status
      contentVersion
    }
  }
`);

export const DraftAdvisoryMutation = graphql(`
  mutation DraftAdvisory($input: DraftAdvisoryInput!) {
    draftAdvisory(input: $input) {
      id
      status
    }
  }
`);

export const PublishAdvisoryMutation = graphql(`
  mutation PublishAdvisory($id: ID!) {
    publishAdvisory(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const WithdrawAdvisoryMutation = graphql(`
  mutation WithdrawAdvisory($id: ID!, $reason: String!) {
    withdrawAdvisory(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/** Service times against the constituencies' targets, per month, constituency and class (the rollup's cells). */
export const IncidentTargetsQuery = graphql(`
  query IncidentTargets($range: MetricsRangeInput!) {
    incidentMetrics(range: $range, groupBy: MONTH) {
      minimumGroupSize
      cells {
        month
        constituencyId
        rsitClass
        count
        timeToAcknowledge {
          count
          p50Seconds
          targetSeconds
          breachRate
        }
        timeToContain {
          count
          p50Seconds
          targetSeconds
          breachRate
        }
      }
    }
  }
`);

export const IncidentMetricsQuery = graphql(`
  query IncidentMetrics($range: MetricsRangeInput!, $groupBy: MetricsPeriod!, $lossThreshold: LossThresholdInput) {
    incidentMetrics(range: $range, groupBy: $groupBy, lossThreshold: $lossThreshold) {
      from
      to
      minimumGroupSize
      total
      perPeriod {
        periodStart
        opened
        closed
      }
      bySeverity {
        severity
        count
      }
      byClassification {
        rsitClass
        count
      }
      lossBelowThreshold {
        amount
        currency
        below
        atOrAbove
        notComparable
      }
      timeToAcknowledge {
        count
        meanSeconds
        p50Seconds
        p90Seconds
      }
      timeToContain {
        count
        meanSeconds
        p50Seconds
        p90Seconds
      }
      timeToRecover {
        count
        meanSeconds
        p50Seconds
        p90Seconds
      }
      timeToClose {
        count
        meanSeconds
        p50Seconds
        p90Seconds
      }
    }
  }
`);

export const PeopleQuery = graphql(`
  query People($filter: PersonFilter, $first: Int!, $after: String) {
    people(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id
          name
          email
          region
          roles
          skills
          onCall
          active
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TeamsQuery = graphql(`
  query Teams($first: Int!, $after: String) {
    teams(first: $first, after: $after) {
      edges {
        node {
          id
          name
          kind
          region
          authority
          lead {
            id
            name
          }
          members {
            role
            person {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ConstituenciesQuery = graphql(`
  query Constituencies($first: Int!, $after: String) {
    constituencies(first: $first, after: $after) {
      edges {
        node {
          id
          name
          kind
          boundaries {
            geography
            networkProviders
            organisations
          }
          team {
            id
            name
          }
          service {
            objective
            targets {
              triageMinutes
              acknowledgeMinutes
              containMinutes
              recoverMinutes
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PartnersQuery = graphql(`
  query Partners($first: Int!, $after: String) {
    partners(first: $first, after: $after) {
      edges {
        node {
          id
          name
          country
          contactEmail
          trustLevel
          active
          agreement {
            tlpCeiling
            namedRecipients
            permittedActions
            disclosure
            embargoDays
            attribution
            version
            agreedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
