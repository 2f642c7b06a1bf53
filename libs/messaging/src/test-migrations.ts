import { MessagingOutboxInbox1732300000000 } from './migration';

/** Migrations of the messaging library's integration-test databases. */
export const migrations = [MessagingOutboxInbox1732300000000];
