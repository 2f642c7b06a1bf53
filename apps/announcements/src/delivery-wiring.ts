import { DomainError, type ServiceDeps } from '@csirt/service';
import type { ReleaseDelivery } from './delivery/advisory-release';

/**
 * WIRING POINT for partner delivery (issue 9). Publishing, revising and withdrawing hand
 * each release to a `ReleaseDelivery` inside their transaction; the real one (signed CSAF
 * to partner topics, src/delivery/) is built here once it is merged. Until then every
 * release is refused, so nothing is marked published that did not go out.
 */
export function createReleaseDelivery(_deps: ServiceDeps): ReleaseDelivery {
  return {
    deliver: async () => {
      throw new DomainError('ADVISORY.DELIVERY_UNAVAILABLE', 'partner delivery is not configured in this build: nothing was released');
    },
  };
}
