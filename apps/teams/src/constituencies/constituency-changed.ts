import { ConstituencyChangedV1 } from '@csirt/contracts';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import type { Constituency } from './constituency.entity';

/**
 * Tells other services a constituency as it now is (recorded or changed), so their read
 * models follow: its geography, who serves it, its SLA targets. Labelled TLP:AMBER like the
 * rest of the directory; `changedAt` orders the descriptions.
 */
export function announceConstituencyChanged(
  manager: EntityManager,
  outbox: Outbox,
  constituency: Constituency,
  traceparent?: string,
) {
  return outbox.enqueue(manager, {
    contract: ConstituencyChangedV1,
    subject: constituency.id,
    tlp: 'AMBER',
    traceparent,
    data: {
      constituencyId: constituency.id,
      name: constituency.name,
      kind: constituency.kind,
      teamId: constituency.teamId,
      geography: constituency.geography,
      networkProviders: constituency.networkProviders,
      organisations: constituency.organisations,
      targets: constituency.service.targets,
      changedAt: constituency.updatedAt.toISOString(),
    },
  });
}
