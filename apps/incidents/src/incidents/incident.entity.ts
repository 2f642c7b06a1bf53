import type { IncidentStatus, Observable, Pap, Tlp } from '@csirt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type IncidentComplexity = 'LOW' | 'MEDIUM' | 'HIGH';

/** Postgres returns numeric as a string; the domain wants numbers. */
const numeric = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

// Column types are spelled out: bundlers and tsx emit no decorator metadata to infer them from.
@Entity({ name: 'incident' })
export class Incident {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', unique: true })
  reference: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'rsit_class', type: 'text', nullable: true })
  rsitClass: string | null;

  @Column({ name: 'rsit_type', type: 'text', nullable: true })
  rsitType: string | null;

  @Column({ type: 'smallint' })
  severity: number;

  @Column({ type: 'text' })
  priority: string;

  @Column({ name: 'cia_confidentiality', type: 'boolean' })
  ciaConfidentiality: boolean;

  @Column({ name: 'cia_integrity', type: 'boolean' })
  ciaIntegrity: boolean;

  @Column({ name: 'cia_availability', type: 'boolean' })
  ciaAvailability: boolean;

  @Column({ type: 'text' })
  tlp: Tlp;

  @Column({ type: 'text' })
  pap: Pap;

  @Column({ name: 'constituency_id', type: 'text', nullable: true })
  constituencyId: string | null;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'affected_assets', type: 'text', array: true })
  affectedAssets: string[];

  @Column({ type: 'jsonb' })
  observables: Observable[];

  @Column({
    name: 'loss_amount',
    type: 'numeric',
    precision: 16,
    scale: 2,
    nullable: true,
    transformer: numeric,
  })
  lossAmount: number | null;

  @Column({ name: 'loss_currency', type: 'char', length: 3, nullable: true })
  lossCurrency: string | null;

  @Column({ type: 'text', nullable: true })
  complexity: IncidentComplexity | null;

  @Column({ name: 'effort_hours', type: 'numeric', precision: 10, scale: 2, transformer: numeric })
  effortHours: number;

  @Column({ type: 'text' })
  status: IncidentStatus;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  /**
   * The outcome as the reporters of its reports may read it: written for them, carried in the
   * closed event; `resolution` stays internal.
   */
  @Column({ name: 'public_resolution_summary', type: 'text', nullable: true })
  publicResolutionSummary: string | null;

  @Column({ name: 'lessons_learned', type: 'text', nullable: true })
  lessonsLearned: string | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'containment_at', type: 'timestamptz', nullable: true })
  containmentAt: Date | null;

  @Column({ name: 'eradication_at', type: 'timestamptz', nullable: true })
  eradicationAt: Date | null;

  @Column({ name: 'recovery_at', type: 'timestamptz', nullable: true })
  recoveryAt: Date | null;

  @Column({ name: 'post_incident_at', type: 'timestamptz', nullable: true })
  postIncidentAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
