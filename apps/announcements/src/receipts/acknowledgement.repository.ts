import type { EntityManager } from 'typeorm';
import type { AcknowledgementRecord } from './acknowledgement-status';

interface Row {
  advisory_id: string;
  partner_id: string;
  first_acknowledged_at: Date;
  revision: number;
  revision_acknowledged_at: Date;
}

/**
 * Records a receipt: the first time is kept, a newer revision replaces an older one, and
 * the same or an older revision again changes nothing. One statement, so two concurrent
 * acknowledgements cannot lose either.
 */
export async function recordAcknowledgement(
  manager: EntityManager,
  receipt: { advisoryId: string; partnerId: string; revision: number; by: string },
): Promise<AcknowledgementRecord> {
  await manager.query(
    `INSERT INTO advisory_acknowledgement AS ack (advisory_id, partner_id, first_acknowledged_at, revision, revision_acknowledged_at, acknowledged_by)
     VALUES ($1, $2, now(), $3, now(), $4)
     ON CONFLICT (advisory_id, partner_id) DO UPDATE
       SET revision = EXCLUDED.revision, revision_acknowledged_at = EXCLUDED.revision_acknowledged_at, acknowledged_by = EXCLUDED.acknowledged_by
       WHERE ack.revision < EXCLUDED.revision`,
    [receipt.advisoryId, receipt.partnerId, receipt.revision, receipt.by],
  );
  const [record] = await acknowledgementsOf(manager, [receipt.advisoryId], receipt.partnerId);
  return record;
}

/** The receipts of these advisories (of one partner only, when given). */
export async function acknowledgementsOf(manager: EntityManager, advisoryIds: readonly string[], partnerId?: string): Promise<AcknowledgementRecord[]> {
  const rows: Row[] = await manager.query(
    `SELECT advisory_id, partner_id, first_acknowledged_at, revision, revision_acknowledged_at
       FROM advisory_acknowledgement
      WHERE advisory_id = ANY($1) AND ($2::uuid IS NULL OR partner_id = $2)`,
    [advisoryIds, partnerId ?? null],
  );
  return rows.map((row) => ({
    advisoryId: row.advisory_id,
    partnerId: row.partner_id,
    firstAcknowledgedAt: row.first_acknowledged_at,
    revision: row.revision,
    revisionAcknowledgedAt: row.revision_acknowledged_at,
  }));
}
