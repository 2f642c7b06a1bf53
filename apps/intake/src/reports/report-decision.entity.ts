import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportDecisionKind, ReportStatus } from './report-status';

/** One decision on a report: who, when, why. Append-only. */
@Entity({ name: 'report_decision' })
export class ReportDecision {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Column({ type: 'text' })
  kind: ReportDecisionKind;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: ReportStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ReportStatus;

  @Column({ name: 'decided_by', type: 'text' })
  decidedBy: string;

  @Column({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** What the analyst tells the reporter about this decision; null: nothing meant for the reporter. */
  @Column({ name: 'reporter_message', type: 'text', nullable: true })
  reporterMessage: string | null;
}
