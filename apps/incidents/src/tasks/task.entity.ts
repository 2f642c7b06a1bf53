import { Column, Entity, PrimaryColumn } from 'typeorm';

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
}

/** A task that still needs doing. */
export function isTaskOpen(task: Pick<Task, 'status'>): boolean {
  return task.status === 'OPEN' || task.status === 'IN_PROGRESS';
}
