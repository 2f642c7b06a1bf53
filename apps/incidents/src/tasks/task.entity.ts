import type { Authority } from '@csirt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TaskClearance, TaskPurpose } from './task-authority';

export type TaskKind = 'CONTAINMENT' | 'ERADICATION' | 'RECOVERY';
export type TaskStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
/** Tasks still to be done: what a merge moves and what holds up RECOVERY. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['OPEN', 'IN_PROGRESS'];

/** A containment, eradication or recovery action of one incident. */
@Entity({ name: 'incident_task' })
export class Task {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ type: 'text' })
  kind: TaskKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** Person id in the teams service. */
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'text' })
  status: TaskStatus;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  // Authority, enforced (task-authority.ts): what the task does to the constituency, the
  // authority it was created under (null: no response team yet), and what it waits for.
  @Column({ type: 'text', default: 'ACTION' })
  purpose: TaskPurpose;

  @Column({ type: 'text', nullable: true })
  authority: Authority | null;

  @Column({ type: 'text', nullable: true })
  clearance: TaskClearance | null;

  @Column({ name: 'clearance_since', type: 'timestamptz', nullable: true })
  clearanceSince: Date | null;

  /** Whom at the constituency's management an INDIRECT task was raised with. */
  @Column({ name: 'raised_with', type: 'text', nullable: true })
  raisedWith: string | null;

  /** The constituency contact who consented, or the manager who acted. */
  @Column({ name: 'cleared_by', type: 'text', nullable: true })
  clearedBy: string | null;

  @Column({ name: 'cleared_at', type: 'timestamptz', nullable: true })
  clearedAt: Date | null;

  @Column({ name: 'clearance_note', type: 'text', nullable: true })
  clearanceNote: string | null;

  /** Token subject of who recorded the consent or action. */
  @Column({ name: 'clearance_recorded_by', type: 'text', nullable: true })
  clearanceRecordedBy: string | null;
}

/** A task that still needs doing. */
export function isTaskOpen(task: Pick<Task, 'status'>): boolean {
  return task.status === 'OPEN' || task.status === 'IN_PROGRESS';
}
