import type { AuditFact } from '@csirt/service';
import type { Advisory } from './advisory.entity';

/** The audit entry of a publication or a withdrawal: the advisory by id and label. */
export function advisoryAudit(action: 'PUBLISHED' | 'WITHDRAWN'): (advisory: Advisory) => AuditFact {
  return (advisory) => ({ action, entityType: 'Advisory', entityId: advisory.id, entityTlp: advisory.tlp });
}
