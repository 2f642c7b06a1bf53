import { MessagingOutboxInbox1732300000000 } from './migration';
import { MessagingRawMessages1732300000010 } from './migration-raw-messages';

/** Migrations of the messaging library's integration-test databases. */
export const migrations = [MessagingOutboxInbox1732300000000, MessagingRawMessages1732300000010];
