import type { Tlp } from '@csirt/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TrustLevel = 'LOW' | 'MEDIUM' | 'HIGH';
export type PermittedAction =
  | 'NONE'
  | 'CONTACT_FOR_INSTRUCTION'
  | 'INTERNALLY_VISIBLE_ACTIONS'
  | 'EXTERNALLY_VISIBLE_INDIRECT_ACTIONS'
  | 'EXTERNALLY_VISIBLE_DIRECT_ACTIONS';
export type DisclosurePolicy = 'MAY_DISCLOSE' | 'AFTER_EMBARGO' | 'WITH_SOURCE_CONSENT' | 'MUST_NOT_DISCLOSE';
export type Attribution = 'MUST' | 'MAY' | 'MUST_NOT';

/** A partner CSIRT with its current information-exchange agreement (one row; the version counts changes). */
@Entity({ name: 'partner_csirt' })
export class PartnerCsirt {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The partner's id outside the platform (Kafka principal `partner-<code>`, its topics, its tokens' `partner_id`); never changes. */
  @Column({ type: 'text', update: false })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'contact_email', type: 'text' })
  contactEmail: string;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'trust_level', type: 'text' })
  trustLevel: TrustLevel;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'tlp_ceiling', type: 'text' })
  tlpCeiling: Tlp;

  @Column({ name: 'named_recipients', type: 'text', array: true })
  namedRecipients: string[];

  @Column({ name: 'permitted_actions', type: 'text', array: true })
  permittedActions: PermittedAction[];

  @Column({ type: 'text' })
  disclosure: DisclosurePolicy;

  @Column({ name: 'embargo_days', type: 'integer', nullable: true })
  embargoDays: number | null;

  @Column({ type: 'text' })
  attribution: Attribution;

  @Column({ name: 'agreement_version', type: 'integer' })
  agreementVersion: number;

  @Column({ name: 'agreed_at', type: 'timestamptz' })
  agreedAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
