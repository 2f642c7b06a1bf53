import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DomainRole } from './domain-roles';

// Column types are spelled out: bundlers and tsx emit no decorator metadata to infer them from.
@Entity({ name: 'person' })
export class Person {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', array: true })
  roles: DomainRole[];

  /** Lower-cased. */
  @Column({ type: 'text', array: true })
  skills: string[];

  @Column({ name: 'on_call', type: 'boolean' })
  onCall: boolean;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
