import { MessagingOutboxInbox1732300000000, MessagingRawMessages1732300000010 } from '@csirt/messaging';
import { Directory1732300000400 } from './1732300000400-directory';
import { ResponseTeams1732300000401 } from './1732300000401-response-teams';
import { IncidentReaders1732300000402 } from './1732300000402-incident-readers';
import { AuditTrail1732300000460 } from './1732300000460-audit-trail';
import { PartnerCode1732300000470 } from './1732300000470-partner-code';
import { ConstituencyUpdatedAt1732400010003 } from './1732400010003-constituency-updated-at';

/** Every migration of this service, in order. Listed explicitly so bundles carry them. */
export const migrations = [
  MessagingOutboxInbox1732300000000,
  MessagingRawMessages1732300000010,
  Directory1732300000400,
  ResponseTeams1732300000401,
  IncidentReaders1732300000402,
  AuditTrail1732300000460,
  PartnerCode1732300000470,
  ConstituencyUpdatedAt1732400010003,
];
