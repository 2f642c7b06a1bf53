import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DomainRole } from '../people/domain-roles';

export type TeamKind =
  | 'WORLDWIDE_SECURITY_TEAM'
  | 'GEO_SECURITY_TEAM'
  | 'VCSIRT'
  | 'SECURITY_ADVISORY_GROUP'
  | 'ENTERPRISE_CSIRT'
  | 'CORPORATE_SECURITY_TEAM';
export type Authority = 'FULL' | 'SHARED' | 'NONE' | 'INDIRECT';

/** A standing team, or (kind VCSIRT, with an incident and a lead) one incident's virtual CSIRT. */
@Entity({ name: 'team' })
export class Team {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: TeamKind;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text' })
  authority: Authority;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ name: 'lead_person_id', type: 'uuid', nullable: true })
  leadPersonId: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One membership: who, in which role, joined and (maybe) left when and why. */
@Entity({ name: 'team_member' })
export class TeamMember {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Joining order among members who joined at the same instant; set by the database. */
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  role: DomainRole;

  @Column({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;

  @Column({ name: 'join_reason', type: 'text', nullable: true })
  joinReason: string | null;

  @Column({ name: 'added_by', type: 'text' })
  addedBy: string;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  @Column({ name: 'leave_reason', type: 'text', nullable: true })
  leaveReason: string | null;

  @Column({ name: 'removed_by', type: 'text', nullable: true })
  removedBy: string | null;
}
