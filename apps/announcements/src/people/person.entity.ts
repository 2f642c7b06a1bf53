import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person as the teams service last described them (`teams.person.changed`): only what
 * approving an advisory needs. The teams service is the authority; this is its echo.
 */
@Entity({ name: 'person' })
export class Person {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  name: string;

  /** Domain roles (PR_OFFICER, LEGAL_COUNSEL, …), not platform roles. */
  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
