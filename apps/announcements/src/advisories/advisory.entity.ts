import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Tlp } from '@csirt/contracts';

export type AdvisoryKind = 'THREAT_ADVISORY' | 'VULNERABILITY_ADVISORY' | 'INCIDENT_NOTIFICATION' | 'TECHNOLOGY_WATCH' | 'EDUCATION';
export type AdvisoryStatus = 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';

// Column types are spelled out: bundlers and tsx emit no decorator metadata to infer them from.
@Entity({ name: 'advisory' })
@Index('advisory_list', ['createdAt', 'id'])
export class Advisory {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'text' })
  kind: AdvisoryKind;

  @Column({ type: 'text' })
  status: AdvisoryStatus;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'smallint' })
  severity: number;

  @Column({ type: 'text' })
  tlp: Tlp;

  @Index('advisory_incident')
  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  /** Id of the event that caused an automatic draft; unique, so one event drafts once. */
  @Column({ name: 'source_event_id', type: 'uuid', nullable: true, unique: true })
  sourceEventId: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'text', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason: string | null;
}
