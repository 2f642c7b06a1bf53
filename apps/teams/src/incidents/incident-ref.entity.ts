import type { Tlp } from '@csirt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What this service knows of an incident, kept from the incidents service's events: enough
 * to check who leads its response team and who may see it.
 */
@Entity({ name: 'incident_ref' })
export class IncidentRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'constituency_id', type: 'text', nullable: true })
  constituencyId: string | null;

  @Column({ type: 'text' })
  tlp: Tlp;

  @Column({ type: 'smallint' })
  severity: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Named readers of a TLP:RED incident, as the incidents service last announced them. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  readers: string[];

  /** Version of the last access announcement applied; older ones are ignored. */
  @Column({ name: 'access_version', type: 'integer', default: 0 })
  accessVersion: number;
}
