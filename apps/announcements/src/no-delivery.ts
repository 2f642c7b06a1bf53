import { DomainError } from '@csirt/service';
import type { ReleaseDelivery } from './delivery/advisory-release';

/**
 * A delivery that releases nothing and says so: every publish, revise or withdraw is
 * refused (ADVISORY.DELIVERY_UNAVAILABLE) and rolls back, so nothing is marked released
 * that did not go out. For specs that never release through GraphQL; the service itself
 * runs partner delivery (main.ts).
 */
export const NO_DELIVERY: ReleaseDelivery = {
  deliver: async () => {
    throw new DomainError('ADVISORY.DELIVERY_UNAVAILABLE', 'no delivery is configured here: nothing was released');
  },
};
