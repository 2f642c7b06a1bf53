import type { AuditAction, AuditOutcome, Tlp } from '@csirt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One entry of the audit trail (append-only; see the audit-trail migration). */
@Entity({ name: 'audit_entries' })
export class AuditEntryRecord {
  /** The id of the `audit.entry.recorded` event: a redelivered event is the same entry. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The service that recorded it. */
  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'actor_subject', type: 'text', nullable: true })
  actorSubject: string | null;

  @Column({ name: 'actor_person_id', type: 'text', nullable: true })
  actorPersonId: string | null;

  @Column({ name: 'actor_roles', type: 'text', array: true })
  actorRoles: string[];

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ name: 'entity_type', type: 'text', nullable: true })
  entityType: string | null;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  /** The entry's own label: its record's, so an entry about a RED record is RED. */
  @Column({ type: 'text' })
  tlp: Tlp;

  @Column({ type: 'text' })
  outcome: AuditOutcome;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
