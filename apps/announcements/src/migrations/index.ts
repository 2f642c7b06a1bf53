import { MessagingOutboxInbox1732300000000 } from '@csirt/messaging';
import { Advisories1732300000100 } from './1732300000100-advisories';

/** Every migration of this service, in order. Listed explicitly so bundles carry them. */
export const migrations = [MessagingOutboxInbox1732300000000, Advisories1732300000100];
