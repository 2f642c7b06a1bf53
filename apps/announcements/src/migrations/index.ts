import { MessagingOutboxInbox1732300000000, MessagingRawMessages1732300000010 } from '@csirt/messaging';
import { Advisories1732300000100 } from './1732300000100-advisories';
import { IncidentAccess1732300000110 } from './1732300000110-incident-access';
import { PartnerDelivery1732300000200 } from './1732300000200-partner-delivery';
import { AdvisoryAuthoring1732300000300 } from './1732300000300-advisory-authoring';
import { CsafDocumentUrl1732300000410 } from './1732300000410-csaf-document-url';
import { AdvisoryAcknowledgement1732300000500 } from './1732300000500-advisory-acknowledgement';
import { Constituencies1732400010002 } from './1732400010002-constituencies';
import { ReporterNotifications1732400060003 } from './1732400060003-reporter-notifications';

/** Every migration of this service, in order. Listed explicitly so bundles carry them. */
export const migrations = [
  MessagingOutboxInbox1732300000000,
  MessagingRawMessages1732300000010,
  Advisories1732300000100,
  IncidentAccess1732300000110,
  PartnerDelivery1732300000200,
  AdvisoryAuthoring1732300000300,
  CsafDocumentUrl1732300000410,
  AdvisoryAcknowledgement1732300000500,
  Constituencies1732400010002,
  ReporterNotifications1732400060003,
];
