import type { IncidentStatus } from '@csirt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TimelineEntryKind =
  | 'OPENED'
  | 'REPORT_ATTACHED'
  | 'STATUS_CHANGED'
  | 'SEVERITY_CHANGED'
  | 'TLP_CHANGED'
  | 'UPDATED'
  | 'NOTE'
  | 'TASK_CREATED'
  | 'TASK_UPDATED'
  | 'LINKED'
  | 'MERGED_INTO'
  | 'MERGED_FROM'
  | 'SPLIT_INTO'
  | 'SPLIT_FROM'
  | 'RESPONSE_TEAM_CHANGED'
  | 'SLA_BREACHED';

/** One append-only history entry; the database refuses UPDATE and DELETE on this table. */
@Entity({ name: 'timeline_entry' })
export class TimelineEntry {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Insertion order; ties in `at` are common within one transaction. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text' })
  kind: TimelineEntryKind;

  @Column({ type: 'text' })
  phase: IncidentStatus;

  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;
}
