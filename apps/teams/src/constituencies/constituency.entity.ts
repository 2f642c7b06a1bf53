import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ConstituencyKind = 'EMPLOYEES' | 'CUSTOMERS' | 'PARTNERS' | 'REGION' | 'NETWORK';

/** The service description (SLA), stored as one JSON document: it is read and written whole. */
export interface ServiceDescription {
  objective: string;
  availability: string;
  targets: {
    triageMinutes: number;
    acknowledgeMinutes: number;
    containMinutes: number;
    recoverMinutes: number;
  };
  priorities: string[];
}

@Entity({ name: 'constituency' })
export class Constituency {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ConstituencyKind;

  @Column({ type: 'text', array: true })
  geography: string[];

  @Column({ name: 'network_providers', type: 'text', array: true })
  networkProviders: string[];

  @Column({ type: 'text', array: true })
  organisations: string[];

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ type: 'jsonb' })
  service: ServiceDescription;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Last change; the `changedAt` other services order its descriptions by. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
