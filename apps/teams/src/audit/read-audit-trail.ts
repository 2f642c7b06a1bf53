import type { Principal } from '@csirt/auth';
import { TLP_LEVELS, tlpRank, type Tlp } from '@csirt/contracts';
import { decodeCursor, pageSize, toConnection, type Connection } from '@csirt/service';
import type { AuditEntryRecord } from './audit-entry.entity';
import type { AuditTrailFilter, AuditTrailRepository } from './audit-trail.repository';

/**
 * Labels of the entries a reader sees: those its clearance covers. An entry carries no
 * content, so RED needs RED clearance but not a place among the record's named recipients;
 * the id of a RED record still reaches only RED-cleared auditors.
 */
export function visibleAuditLabels(reader: Principal): Tlp[] {
  return TLP_LEVELS.filter((tlp) => tlpRank(tlp) <= tlpRank(reader.clearance));
}

/** The audit trail as `reader` (already let through by the access matrix) may see it, newest first, one page. */
export async function readAuditTrail(
  audit: AuditTrailRepository,
  reader: Principal,
  args: { filter: AuditTrailFilter; first?: number | null; after?: string | null },
): Promise<Connection<AuditEntryRecord>> {
  const size = pageSize(args.first);
  const rows = await audit.list(visibleAuditLabels(reader), args.filter, decodeCursor(args.after), size + 1);
  return toConnection(rows, size, (entry) => ({ at: entry.occurredAt, id: entry.id }));
}
