import type { Tlp } from './vocabulary';

/**
 * Every Kafka topic the platform uses. Names are `csirt.<owner>.<stream>`; the owner is
 * the only service that writes to it (dead-letter topics are written by the consumer that
 * gave up). Partitions and retention live in infra/kafka/topics.json, checked against this
 * list by a test.
 */
export const TOPICS = {
  intakeReports: 'csirt.intake.reports',
  /** Questions and feedback from constituents (intake's feedback function). */
  intakeFeedback: 'csirt.intake.feedback',
  /** Reporter-safe notices for announcements to pass on to reporters: never report content. */
  intakeNotices: 'csirt.intake.notices',
  incidents: 'csirt.incidents.incidents',
  teamsResponseTeams: 'csirt.teams.response-teams',
  teamsDirectory: 'csirt.teams.directory',
  announcements: 'csirt.announcements.advisories',
  /** Community feed every partner CSIRT may read: TLP:CLEAR only. */
  communityClear: 'csirt.announcements.clear',
  /** Community feed every partner CSIRT may read: up to TLP:GREEN. */
  communityGreen: 'csirt.announcements.green',
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/** The services that keep an audit trail, each on its own topic. */
export type AuditSource = ServiceName;

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

/** The services that own topics; each is also a Kafka principal of the same name. */
export const SERVICES = ['intake', 'incidents', 'teams', 'announcements'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Owner of the messaging library's self-test topics (`csirt.test.*`). */
export const SELF_TEST_SOURCE = 'test';

/** The service that writes partner-specific feeds (`csirt.partner.<id>.*`). */
export const PARTNER_FEED_WRITER: ServiceName = 'announcements';
export const PARTNER_TOPICS_PREFIX = 'csirt.partner.';

const PARTNER_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Whether `id` may name a partner CSIRT's principal and topics (its `code`). */
export function isPartnerId(id: string): boolean {
  return PARTNER_ID.test(id);
}

/** The Kafka principal of a partner CSIRT. */
export function partnerPrincipal(id: string): string {
  if (!isPartnerId(id)) throw new Error(`invalid partner id "${id}"`);
  return `partner-${id}`;
}

/** Every topic of one partner CSIRT starts with this; only that partner reads them. */
export function partnerTopicPrefix(id: string): string {
  if (!isPartnerId(id)) throw new Error(`invalid partner id "${id}"`);
  return `${PARTNER_TOPICS_PREFIX}${id}.`;
}

/**
 * A partner's own advisory feed: TLP:AMBER, AMBER+STRICT and RED releases addressed to
 * that partner alone. Only that partner reads it (ACL on its topic prefix).
 */
export function partnerAdvisoriesTopic(id: string): string {
  return `${partnerTopicPrefix(id)}advisories`;
}

/** The streams every partner has, `csirt.partner.<id>.<stream>`; created when a partner is added. */
export const PARTNER_STREAMS = ['advisories'] as const;

/** The code of the partner whose feed `topic` is, or undefined for any other topic. */
export function partnerOfTopic(topic: string): string | undefined {
  if (!topic.startsWith(PARTNER_TOPICS_PREFIX)) return undefined;
  const [id, ...stream] = topic.slice(PARTNER_TOPICS_PREFIX.length).split('.');
  return isPartnerId(id) && stream.length > 0 && stream.every(Boolean) ? id : undefined;
}

/**
 * The only principal that may write `topic`, i.e. the only legitimate `source` of an
 * event read from it: `<owner>` of `csirt.<owner>.<stream>`; partner feeds
 * (`csirt.partner.<id>.*`) are written by announcements. Undefined for a name outside the
 * platform's scheme. Consumers drop events whose source is not this; the broker's ACLs are
 * derived from it.
 */
export function topicOwner(topic: string): string | undefined {
  const match = /^csirt\.([a-z0-9-]+)\.([a-z0-9.-]+)$/.exec(topic);
  if (!match) return undefined;
  const [, owner, rest] = match;
  if (owner === 'partner') {
    const id = rest.split('.')[0];
    return isPartnerId(id) && rest.length > id.length + 1 ? PARTNER_FEED_WRITER : undefined;
  }
  return owner;
}

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
  // Questions are never TLP:RED (askQuestion refuses it): they need an analyst to answer.
  [TOPICS.intakeFeedback]: 'AMBER_STRICT',
  // Labelled as the report they concern, but carrying only what its reporter may read.
  [TOPICS.intakeNotices]: 'RED',
  [TOPICS.incidents]: 'RED',
  [TOPICS.teamsResponseTeams]: 'RED',
  [TOPICS.teamsDirectory]: 'AMBER_STRICT',
  [TOPICS.announcements]: 'AMBER',
  [TOPICS.communityClear]: 'CLEAR',
  [TOPICS.communityGreen]: 'GREEN',
  // Ids of TLP:RED records are themselves RED: nobody else may learn they exist.
  [AUDIT_TOPICS.intake]: 'RED',
  [AUDIT_TOPICS.incidents]: 'RED',
  [AUDIT_TOPICS.teams]: 'RED',
  [AUDIT_TOPICS.announcements]: 'RED',
};

/**
 * A partner feed (`csirt.partner.<id>.*`) is read by that one partner only, so it may carry
 * up to TLP:RED; whether that partner may receive a given label is its agreement's
 * ceiling, which delivery checks per release before anything reaches the outbox.
 */
export const PARTNER_TOPIC_TLP_CEILING: Tlp = 'RED';

/** The TLP ceiling of any topic, partner feeds included; undefined for a topic nobody declared. */
export function topicTlpCeiling(topic: string): Tlp | undefined {
  return TOPIC_TLP_CEILING[topic] ?? (partnerOfTopic(topic) ? PARTNER_TOPIC_TLP_CEILING : undefined);
}

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
