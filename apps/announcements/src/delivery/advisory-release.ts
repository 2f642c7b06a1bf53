import type { CsafAdvisoryInput } from '@csirt/csaf';
import type { EntityManager } from 'typeorm';

/**
 * One release of an announcement to the outside: its first publication, a revision or
 * its withdrawal. The authoring use cases (publish, revise, withdraw) build it inside
 * their transaction and hand it to delivery (`deliverRelease`), which signs it, stores
 * it for the provider directory and writes one outbox message per partner topic, in the
 * same transaction: the state change and every delivery commit together.
 */
export interface AdvisoryRelease {
  advisoryId: string;
  action: 'PUBLISHED' | 'REVISED' | 'WITHDRAWN';
  /** 1 for the first publication, one more for each revision and the withdrawal. */
  revision: number;
  /**
   * The partner-facing wording, as CSAF needs it. The publisher block comes from the
   * service's configuration, not from the announcement.
   */
  document: Omit<CsafAdvisoryInput, 'publisher'>;
  audience: {
    /** Released to every partner whose agreement allows the label (TLP:CLEAR and GREEN only). */
    community: boolean;
    /** Partners addressed by name (teams' partner ids); the only recipients at AMBER and above. */
    partnerIds: string[];
    /** Constituencies addressed (teams' constituency ids); they receive the customer wording. */
    constituencyIds: string[];
  };
  releasedAt: Date;
  /**
   * The wording for constituencies (customers), written with more care than the partner
   * document; present whenever `audience.constituencyIds` is not empty. Never part of CSAF.
   */
  customerNotice?: { title: string; summary: string; body: string } | null;
}

/**
 * Delivery as the authoring use cases see it. `deliver` runs inside the caller's
 * transaction (pass its manager) and throws a domain error, rolling everything back, when
 * the release may not go out as addressed (e.g. a partner's agreement does not allow its
 * label).
 */
export interface ReleaseDelivery {
  deliver(manager: EntityManager, release: AdvisoryRelease): Promise<void>;
}
