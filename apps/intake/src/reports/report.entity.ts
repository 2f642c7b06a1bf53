import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Classification, Observable, Tlp } from '@csirt/contracts';
import type { ReportStatus } from './report-status';
import type { Priority, TriageSuggestion } from './triage-suggestion';

export const REPORT_CHANNELS = ['WEB_FORM', 'EMAIL', 'PHONE', 'PARTNER_CSIRT', 'SENSOR', 'INTERNAL'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

// Column types are spelled out: bundlers and tsx emit no decorator metadata to infer them from.
// Indexes live in the migrations (1732300000200-reports.ts), which are the schema's source of truth.
@Entity({ name: 'report' })
export class Report {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  channel: ReportChannel;

  @Column({ type: 'text' })
  status: ReportStatus;

  @Column({ name: 'reporter_name', type: 'text' })
  reporterName: string;

  @Column({ name: 'reporter_email', type: 'text', nullable: true })
  reporterEmail: string | null;

  @Column({ name: 'reporter_organisation', type: 'text', nullable: true })
  reporterOrganisation: string | null;

  @Column({ name: 'constituency_id', type: 'text', nullable: true })
  constituencyId: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'occurred_at', type: 'timestamptz', nullable: true })
  occurredAt: Date | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'affected_assets', type: 'jsonb' })
  affectedAssets: string[];

  /** Display copy; matching uses the indexed report_observable table. */
  @Column({ type: 'jsonb' })
  observables: Observable[];

  @Column({ name: 'cia_confidentiality', type: 'boolean' })
  ciaConfidentiality: boolean;

  @Column({ name: 'cia_integrity', type: 'boolean' })
  ciaIntegrity: boolean;

  @Column({ name: 'cia_availability', type: 'boolean' })
  ciaAvailability: boolean;

  @Column({ type: 'text' })
  tlp: Tlp;

  @Column({ name: 'rsit_class', type: 'text', nullable: true })
  rsitClass: string | null;

  @Column({ name: 'rsit_type', type: 'text', nullable: true })
  rsitType: string | null;

  @Column({ type: 'smallint', nullable: true })
  severity: number | null;

  @Column({ type: 'text', nullable: true })
  priority: Priority | null;

  @Column({ type: 'jsonb' })
  suggestion: TriageSuggestion;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy: string;

  /** Partner CSIRT whose credentials submitted on the PARTNER_CSIRT channel (see report-channel.ts). */
  @Column({ name: 'partner_id', type: 'text', nullable: true })
  partnerId: string | null;

  /** Sensor whose credentials submitted on the SENSOR channel. */
  @Column({ name: 'sensor_id', type: 'text', nullable: true })
  sensorId: string | null;

  /** Named recipients of a TLP:RED report besides the submitter (subjects or person ids). */
  @Column({ type: 'text', array: true })
  recipients: string[];

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt: Date | null;

  @Column({ name: 'triaged_by', type: 'text', nullable: true })
  triagedBy: string | null;

  /** The triage clock: whole seconds from receipt to the triage decision. */
  @Column({ name: 'time_to_triage_seconds', type: 'integer', nullable: true })
  timeToTriageSeconds: number | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ name: 'escalated_to_incident_id', type: 'uuid', nullable: true })
  escalatedToIncidentId: string | null;

  /** Set from incident events once the incident exists. */
  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The report's RSIT classification, once triage has set both halves. */
export function classificationOf(report: Pick<Report, 'rsitClass' | 'rsitType'>): Classification | null {
  return report.rsitClass && report.rsitType ? { rsitClass: report.rsitClass, rsitType: report.rsitType } : null;
}
