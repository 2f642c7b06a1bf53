import { z } from 'zod';
import { defineEvent, type EventContract } from '../define-event';
import { AUDIT_TOPICS, type AuditSource } from '../topics';
import { TlpSchema } from '../vocabulary';

/**
 * The audit trail's one event: something worth answering for happened in a service (a
 * read of TLP:RED data, a publication, a label change, a response-team change, a denied
 * attempt). Each service writes it to its own `csirt.<service>.audit` topic through its
 * outbox; the teams service keeps every entry in an append-only table. An entry names
 * records by id and label only, never their content, so the topics' RED ceiling is for
 * the ids of RED records, not for any text.
 */

/** What was done. Extend here only: the teams service stores and filters on these. */
export const AUDIT_ACTIONS = [
  /** A TLP:RED record was returned to the caller. */
  'RED_READ',
  /** An advisory was published to partners. */
  'PUBLISHED',
  /** A published advisory was withdrawn. */
  'WITHDRAWN',
  /** A record's TLP label changed. */
  'LABEL_CHANGED',
  /** A response team was formed, or a responder added or released. */
  'TEAM_CHANGED',
  /** A resolver or entity reference refused the caller (FORBIDDEN or UNAUTHENTICATED). */
  'DENIED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);

export const AUDIT_OUTCOMES = ['ALLOWED', 'DENIED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

const AuditEntrySchema = z.object({
  /** Who: the token's subject, their Person id when staff, and the platform roles they held. */
  actor: z.object({
    subject: z.string().max(200).nullable(),
    personId: z.string().max(200).nullable(),
    roles: z.array(z.string().max(40)).max(20),
  }),
  action: AuditActionSchema,
  /** The record acted on: its GraphQL type (`Incident`), id and TLP label, when known. */
  entityType: z.string().max(80).nullable(),
  entityId: z.string().max(100).nullable(),
  entityTlp: TlpSchema.nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  /** A short code, never free text: `FORBIDDEN`, `AMBER->RED`, `member-added`. */
  reason: z.string().max(80).nullable(),
  /** The `x-request-id` of the request that caused it, for correlation with logs. */
  requestId: z.string().max(100).nullable(),
  at: z.iso.datetime({ offset: true }),
});

function auditEntryContract<S extends AuditSource>(source: S) {
  return defineEvent({ type: 'audit.entry.recorded', version: 1, topic: AUDIT_TOPICS[source], schema: AuditEntrySchema });
}

/**
 * One contract, one schema, four topics: each source writes to its own topic, so
 * `auditEntryContractFor(source)` picks the topic. The registry (keyed by type@version)
 * holds one of them; parsing does not depend on the topic.
 */
export const AUDIT_ENTRY_CONTRACTS: Readonly<Record<AuditSource, EventContract<'audit.entry.recorded', typeof AuditEntrySchema>>> = {
  intake: auditEntryContract('intake'),
  incidents: auditEntryContract('incidents'),
  teams: auditEntryContract('teams'),
  announcements: auditEntryContract('announcements'),
};
export const AuditEntryRecordedV1 = AUDIT_ENTRY_CONTRACTS.teams;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AUDIT_EVENTS = [AuditEntryRecordedV1];
