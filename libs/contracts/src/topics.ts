import type { Tlp } from './vocabulary';

/**
 * Every Kafka topic the platform uses. Names are `csirt.<owner>.<stream>`; the owner is
 * the only service that writes to it (dead-letter topics are written by the consumer that
 * gave up). Partitions and retention live in infra/kafka/topics.json, checked against this
 * list by a test.
 */
export const TOPICS = {
  intakeReports: 'csirt.intake.reports',
  incidents: 'csirt.incidents.incidents',
  teamsResponseTeams: 'csirt.teams.response-teams',
  teamsDirectory: 'csirt.teams.directory',
  announcements: 'csirt.announcements.advisories',
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** The services that keep an audit trail, each on its own topic. */
export type AuditSource = 'intake' | 'incidents' | 'teams' | 'announcements';

/**
 * Where each service writes its audit entries (`audit.entry.recorded`). Entries carry ids
 * and labels of records, never their content; the teams service consumes all four.
 */
export const AUDIT_TOPICS: Readonly<Record<AuditSource, string>> = {
  intake: 'csirt.intake.audit',
  incidents: 'csirt.incidents.audit',
  teams: 'csirt.teams.audit',
  announcements: 'csirt.announcements.audit',
};

/** Carries only the messaging library's own integration-test events; no service reads it. */
export const SELF_TEST_TOPIC = 'csirt.test.events';

/** Dead-letter topic of one consuming service: where it parks what it could not process. */
export function deadLetterTopic(service: string): string {
  return `csirt.${service}.dlq`;
}

/**
 * The most restrictive TLP label a topic may carry. Internal topics carry anything the
 * platform's own services may read; partner-facing topics are capped lower.
 */
export const TOPIC_TLP_CEILING: Readonly<Record<string, Tlp>> = {
  [SELF_TEST_TOPIC]: 'RED',
  [TOPICS.intakeReports]: 'RED',
  [TOPICS.incidents]: 'RED',
  [TOPICS.teamsResponseTeams]: 'RED',
  [TOPICS.teamsDirectory]: 'AMBER_STRICT',
  [TOPICS.announcements]: 'AMBER',
  // Ids of TLP:RED records are themselves RED: nobody else may learn they exist.
  [AUDIT_TOPICS.intake]: 'RED',
  [AUDIT_TOPICS.incidents]: 'RED',
  [AUDIT_TOPICS.teams]: 'RED',
  [AUDIT_TOPICS.announcements]: 'RED',
};

export const DEAD_LETTER_HEADERS = {
  reason: 'x-dlq-reason',
  code: 'x-dlq-code',
  sourceTopic: 'x-dlq-source-topic',
  sourcePartition: 'x-dlq-source-partition',
  sourceOffset: 'x-dlq-source-offset',
  consumerGroup: 'x-dlq-consumer-group',
  attempts: 'x-dlq-attempts',
  failedAt: 'x-dlq-failed-at',
} as const;
