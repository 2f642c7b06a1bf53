import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DomainRole } from '../people/domain-roles';

export type ProposalStatus = 'PROPOSED' | 'CONFIRMED';

export interface Candidate {
  personId: string;
  role: DomainRole;
  why: string;
}

/** A response team suggested when an incident was opened; a person confirms it with formResponseTeam. */
@Entity({ name: 'response_team_proposal' })
export class ResponseTeamProposal {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'incident_id', type: 'uuid', unique: true })
  incidentId: string;

  @Column({ type: 'text' })
  status: ProposalStatus;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ name: 'lead_person_id', type: 'uuid', nullable: true })
  leadPersonId: string | null;

  @Column({ type: 'jsonb' })
  candidates: Candidate[];

  @Column({ name: 'source_event_id', type: 'uuid', unique: true })
  sourceEventId: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt: Date;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;
}
