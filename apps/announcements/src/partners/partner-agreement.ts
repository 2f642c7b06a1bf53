import { tlpRank, type PartnerChangedV2, type EventData, type Tlp } from '@csirt/contracts';
import type { EntityManager } from 'typeorm';

export type Disclosure = 'MAY_DISCLOSE' | 'AFTER_EMBARGO' | 'WITH_SOURCE_CONSENT' | 'MUST_NOT_DISCLOSE';
export type Attribution = 'MUST' | 'MAY' | 'MUST_NOT';

/**
 * A partner CSIRT's information-exchange agreement as this service knows it: a read model
 * of teams' `teams.partner.changed` v2 events (table `partner_agreement`). `code` is the
 * partner's id outside the platform (Kafka principal, topics, token claim).
 */
export interface PartnerAgreement {
  partnerId: string;
  code: string;
  name: string;
  active: boolean;
  tlpCeiling: Tlp;
  permittedActions: string[];
  disclosure: Disclosure;
  embargoDays: number | null;
  attribution: Attribution;
  agreementVersion: number;
  changedAt: Date;
}

/**
 * May this partner receive anything at `tlp` at all? Its agreement is active and its
 * ceiling allows the label. Delivery, the provider directory and the read receipts all
 * ask this one question.
 */
export function mayReceiveLabel(partner: Pick<PartnerAgreement, 'active' | 'tlpCeiling'>, tlp: Tlp): boolean {
  return partner.active && tlpRank(tlp) <= tlpRank(partner.tlpCeiling);
}

interface Row {
  partner_id: string;
  code: string;
  name: string;
  active: boolean;
  tlp_ceiling: Tlp;
  permitted_actions: string[];
  disclosure: Disclosure;
  embargo_days: number | null;
  attribution: Attribution;
  agreement_version: number;
  changed_at: Date;
}

const COLUMNS = `partner_id, code, name, active, tlp_ceiling, permitted_actions, disclosure, embargo_days, attribution, agreement_version, changed_at`;

function fromRow(row: Row): PartnerAgreement {
  return {
    partnerId: row.partner_id,
    code: row.code,
    name: row.name,
    active: row.active,
    tlpCeiling: row.tlp_ceiling,
    permittedActions: row.permitted_actions,
    disclosure: row.disclosure,
    embargoDays: row.embargo_days,
    attribution: row.attribution,
    agreementVersion: row.agreement_version,
    changedAt: new Date(row.changed_at),
  };
}

/** Agreements of the given partners (teams' partner ids), by id; unknown ids are absent. */
export async function agreementsByIds(manager: EntityManager, partnerIds: readonly string[]): Promise<Map<string, PartnerAgreement>> {
  if (partnerIds.length === 0) return new Map();
  const rows: Row[] = await manager.query(`SELECT ${COLUMNS} FROM partner_agreement WHERE partner_id = ANY($1::uuid[])`, [[...new Set(partnerIds)]]);
  return new Map(rows.map((row) => [row.partner_id, fromRow(row)]));
}

/** Every active partner: the readers of the community topics (each within its ceiling). */
export async function activeAgreements(manager: EntityManager): Promise<PartnerAgreement[]> {
  const rows: Row[] = await manager.query(`SELECT ${COLUMNS} FROM partner_agreement WHERE active ORDER BY code`);
  return rows.map(fromRow);
}

/**
 * Records a partner's agreement as announced by teams. Events may arrive late or twice:
 * the row keeps the highest (agreement version, change time) it has seen, so an older
 * event never overwrites a newer one. Returns whether the row changed.
 */
export async function recordPartnerChanged(manager: EntityManager, data: EventData<typeof PartnerChangedV2>): Promise<boolean> {
  const a = data.agreement;
  const rows: unknown[] = await manager.query(
    `INSERT INTO partner_agreement (${COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (partner_id) DO UPDATE SET
       code = EXCLUDED.code, name = EXCLUDED.name, active = EXCLUDED.active, tlp_ceiling = EXCLUDED.tlp_ceiling,
       permitted_actions = EXCLUDED.permitted_actions, disclosure = EXCLUDED.disclosure,
       embargo_days = EXCLUDED.embargo_days, attribution = EXCLUDED.attribution,
       agreement_version = EXCLUDED.agreement_version, changed_at = EXCLUDED.changed_at
     WHERE (partner_agreement.agreement_version, partner_agreement.changed_at) < (EXCLUDED.agreement_version, EXCLUDED.changed_at)
     RETURNING partner_id`,
    [data.partnerId, data.code, data.name, data.active, a.tlpCeiling, a.permittedActions, a.disclosure, a.embargoDays, a.attribution, a.version, data.changedAt],
  );
  return rows.length > 0;
}
