import { AdvisoryPublishedV1, TOPIC_TLP_CEILING, TOPICS, tlpRank } from '@csirt/contracts';
import type { Principal } from '@csirt/auth';
import type { Outbox } from '@csirt/messaging';
import type { EntityManager } from 'typeorm';
import type { Advisory } from './advisory.entity';
import { AdvisoryErrors } from './advisory.errors';
import { lockAdvisory } from './lock-advisory';

export interface PublishAdvisoryCommand {
  id: string;
  /** Needs clearance for the advisory's label. */
  caller: Principal;
  traceparent?: string;
}

/**
 * Publishes a draft to the partner-facing announcement topic. The topic's TLP ceiling is
 * checked here, with a clear error, before the outbox would refuse it.
 */
export async function publishAdvisory(manager: EntityManager, outbox: Outbox, command: PublishAdvisoryCommand): Promise<Advisory> {
  const advisory = await lockAdvisory(manager, command.id, command.caller);
  if (advisory.status !== 'DRAFT') throw AdvisoryErrors.invalidTransition(advisory.status, 'PUBLISHED');
  if (tlpRank(advisory.tlp) > tlpRank(TOPIC_TLP_CEILING[TOPICS.announcements])) {
    throw AdvisoryErrors.tlpTooRestrictive(advisory.tlp);
  }
  advisory.status = 'PUBLISHED';
  advisory.publishedAt = new Date();
  advisory.publishedBy = command.caller.subject;
  await manager.save(advisory);
  await outbox.enqueue(manager, {
    contract: AdvisoryPublishedV1,
    subject: advisory.id,
    tlp: advisory.tlp,
    traceparent: command.traceparent,
    data: {
      advisoryId: advisory.id,
      reference: advisory.reference,
      kind: advisory.kind,
      title: advisory.title,
      summary: advisory.summary,
      severity: advisory.severity,
      tlp: advisory.tlp,
      publishedAt: advisory.publishedAt.toISOString(),
    },
  });
  return advisory;
}
