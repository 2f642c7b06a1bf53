import {
  isPartnerId,
  PARTNER_FEED_WRITER,
  PARTNER_STREAMS,
  PARTNER_TOPICS_PREFIX,
  parseTlp,
  partnerPrincipal,
  partnerTopicPrefix,
  SERVICES,
  tlpRank,
  topicOwner,
  topicTlpCeiling,
  type Tlp,
} from '@csirt/contracts';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type AclEntry,
  type Kafka,
} from 'kafkajs';
import { ensureTopics, type TopicSpec } from './topic-catalogue';

/** Reader name in the catalogue that stands for every partner CSIRT. */
export const PARTNERS_READER = 'partners';

/** One permission, in the terms of the broker's ACLs. */
export interface KafkaAcl {
  principal: string;
  resource: 'topic' | 'group';
  pattern: 'literal' | 'prefixed';
  name: string;
  operation: 'read' | 'write';
}

/**
 * A partner CSIRT as the broker sees it: its code (`acme` for principal `partner-acme`) and
 * the TLP ceiling of its information-exchange agreement, which decides which community
 * topics it may read (a topic readable by a CLEAR-only partner must never carry GREEN).
 */
export interface PartnerAccess {
  id: string;
  ceiling: Tlp;
}

/**
 * Reads `acme:GREEN` (or `acme`, which means `acme:CLEAR`: the least a partner may read)
 * as given on the command line (`kafka.sh partner add acme --ceiling GREEN`, apply-topics.ts).
 */
export function parsePartnerAccess(text: string): PartnerAccess {
  const [id, label, ...rest] = text.trim().split(':');
  const ceiling = label === undefined ? 'CLEAR' : parseTlp(label);
  if (!isPartnerId(id) || !ceiling || rest.length > 0) {
    throw new Error(`"${text}" is not <partner code>[:<TLP ceiling>], e.g. acme:GREEN`);
  }
  return { id, ceiling };
}

/** The principals whose ACLs the catalogue defines: the services, and the given partners. */
export interface AclPrincipals {
  services?: readonly string[];
  partners: readonly PartnerAccess[];
}

/**
 * Every ACL the platform needs, derived from the topic catalogue alone:
 * - a topic's owner (`topicOwner`) writes it, and nobody else;
 * - a topic's readers read it; `partners` means every partner CSIRT whose agreement's
 *   ceiling reaches the topic's TLP ceiling (`topicTlpCeiling`): all of them for
 *   TLP:CLEAR, only GREEN-and-above partners for the GREEN community topic;
 * - a partner reads its own `csirt.partner.<id>.` topics;
 * - every principal joins only consumer groups named `csirt-<principal>` or `csirt-<principal>.*`.
 * Nothing else is allowed: the broker denies what no ACL allows, and only admin is a super user.
 */
export function kafkaAcls(catalogue: readonly TopicSpec[], principals: AclPrincipals): KafkaAcl[] {
  const services = new Set(principals.services ?? SERVICES);
  const partners = principals.partners.map((partner) => partnerPrincipal(partner.id));
  const acls: KafkaAcl[] = [];
  const topic = (principal: string, name: string, operation: KafkaAcl['operation'], pattern: KafkaAcl['pattern'] = 'literal') =>
    acls.push({ principal, resource: 'topic', pattern, name, operation });

  for (const spec of catalogue) {
    const owner = topicOwner(spec.name);
    if (owner && services.has(owner)) topic(owner, spec.name, 'write');
    for (const reader of spec.readers) {
      if (reader === PARTNERS_READER) {
        const ceiling = topicTlpCeiling(spec.name);
        if (!ceiling) throw new Error(`topic ${spec.name} is read by partners but has no TLP ceiling`);
        for (const partner of principals.partners) {
          if (tlpRank(partner.ceiling) >= tlpRank(ceiling)) topic(partnerPrincipal(partner.id), spec.name, 'read');
        }
      }
      else if (services.has(reader)) topic(reader, spec.name, 'read');
      else throw new Error(`topic ${spec.name}: unknown reader "${reader}"`);
    }
  }
  // Partner feeds are created per partner, so their writer gets the whole family.
  if (services.has(PARTNER_FEED_WRITER)) topic(PARTNER_FEED_WRITER, PARTNER_TOPICS_PREFIX, 'write', 'prefixed');
  for (const { id } of principals.partners) topic(partnerPrincipal(id), partnerTopicPrefix(id), 'read', 'prefixed');

  for (const principal of [...services, ...partners]) {
    acls.push({ principal, resource: 'group', pattern: 'literal', name: consumerGroupPrefix(principal), operation: 'read' });
    acls.push({ principal, resource: 'group', pattern: 'prefixed', name: `${consumerGroupPrefix(principal)}.`, operation: 'read' });
  }
  return acls;
}

/** A principal's consumer groups are `csirt-<principal>` and `csirt-<principal>.<anything>`. */
export function consumerGroupPrefix(principal: string): string {
  return `csirt-${principal}`;
}

const RESOURCE = { topic: AclResourceTypes.TOPIC, group: AclResourceTypes.GROUP } as const;
const PATTERN = { literal: ResourcePatternTypes.LITERAL, prefixed: ResourcePatternTypes.PREFIXED } as const;
const OPERATION = { read: AclOperationTypes.READ, write: AclOperationTypes.WRITE } as const;

function toEntry(acl: KafkaAcl): AclEntry {
  return {
    principal: `User:${acl.principal}`,
    host: '*',
    resourceType: RESOURCE[acl.resource],
    resourceName: acl.name,
    resourcePatternType: PATTERN[acl.pattern],
    operation: OPERATION[acl.operation],
    permissionType: AclPermissionTypes.ALLOW,
  };
}

const entryKey = (entry: AclEntry) =>
  [entry.principal, entry.host, entry.resourceType, entry.resourcePatternType, entry.resourceName, entry.operation, entry.permissionType].join('|');

/**
 * Makes the broker's ACLs of the given principals exactly `acls`: creates the missing ones
 * and deletes any other ACL those principals hold (a reader removed from the catalogue
 * loses its access). Principals not named are left alone. Needs a super user's client.
 */
export async function ensureAcls(kafka: Kafka, acls: readonly KafkaAcl[], principals: readonly string[]): Promise<{ created: number; deleted: number }> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const wanted = new Map(acls.map((acl) => toEntry(acl)).map((entry) => [entryKey(entry), entry]));
    const existing = new Map<string, AclEntry>();
    for (const principal of principals) {
      const described = await admin.describeAcls({
        resourceType: AclResourceTypes.ANY,
        resourcePatternType: ResourcePatternTypes.ANY,
        principal: `User:${principal}`,
        operation: AclOperationTypes.ANY,
        permissionType: AclPermissionTypes.ANY,
      });
      for (const resource of described.resources) {
        for (const acl of resource.acls) {
          const entry: AclEntry = { ...acl, resourceType: resource.resourceType, resourceName: resource.resourceName, resourcePatternType: resource.resourcePatternType };
          existing.set(entryKey(entry), entry);
        }
      }
    }
    const missing = [...wanted].filter(([key]) => !existing.has(key)).map(([, entry]) => entry);
    const extra = [...existing].filter(([key]) => !wanted.has(key)).map(([, entry]) => entry);
    if (missing.length > 0) await admin.createAcls({ acl: missing });
    if (extra.length > 0) await admin.deleteAcls({ filters: extra });
    return { created: missing.length, deleted: extra.length };
  } finally {
    await admin.disconnect();
  }
}

/** The principals `kafkaAcls` speaks for, for `ensureAcls`. */
export function aclPrincipals(principals: AclPrincipals): string[] {
  return [...(principals.services ?? SERVICES), ...principals.partners.map((partner) => partnerPrincipal(partner.id))];
}

/**
 * The feeds of one partner (`csirt.partner.<id>.<stream>`), created when the partner is
 * added: one partition, so a partner reads its releases in order; kept 90 days like the
 * community feeds.
 */
export function partnerTopicSpecs(id: string): TopicSpec[] {
  return PARTNER_STREAMS.map((stream) => ({
    name: `${partnerTopicPrefix(id)}${stream}`,
    partitions: 1,
    retentionMs: 90 * 24 * 3600 * 1000,
    cleanupPolicy: 'delete' as const,
    description: `TLP:AMBER, AMBER+STRICT and RED releases addressed to partner ${id} alone.`,
    readers: [],
  }));
}

/**
 * Creates the catalogue's missing topics (and the given partners' feeds) and makes the ACLs of the services and of the
 * given partners what the catalogue derives: what every setup path runs (apply-topics.ts,
 * the test setup, `npm start`).
 */
export async function applyTopicCatalogue(
  kafka: Kafka,
  catalogue: readonly TopicSpec[],
  options: { partners: readonly PartnerAccess[]; replicationFactor?: number },
): Promise<{ createdTopics: string[]; acls: { created: number; deleted: number } }> {
  const partnerTopics = options.partners.flatMap((partner) => partnerTopicSpecs(partner.id));
  const createdTopics = await ensureTopics(kafka, [...catalogue, ...partnerTopics], options.replicationFactor);
  const principals = { partners: options.partners };
  const acls = await ensureAcls(kafka, kafkaAcls(catalogue, principals), aclPrincipals(principals));
  return { createdTopics, acls };
}
