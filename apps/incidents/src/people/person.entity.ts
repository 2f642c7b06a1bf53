import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person as the teams service last described them (`teams.person.changed`): only what
 * assigning a task needs. The teams service is the authority; this is its echo.
 */
@Entity({ name: 'directory_person' })
export class DirectoryPerson {
  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  name: string;

  /** Kept so a region change in teams reaches this service too. */
  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
