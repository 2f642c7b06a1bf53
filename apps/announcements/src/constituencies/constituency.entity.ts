import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A constituency as the teams service last described it (`teams.constituency.changed`):
 * what addressing an advisory to it needs. The teams service is the authority.
 */
@Entity({ name: 'constituency' })
export class Constituency {
  @PrimaryColumn({ name: 'constituency_id', type: 'uuid' })
  constituencyId: string;

  @Column({ type: 'text' })
  name: string;

  /** Regions it covers; kept so a geography change in teams reaches this service too. */
  @Column({ type: 'text', array: true })
  geography: string[];

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
