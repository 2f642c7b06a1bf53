import { DurableTimers1732400030001 } from '@csirt/db';
import { MessagingOutboxInbox1732300000000, MessagingRawMessages1732300000010 } from '@csirt/messaging';
import { Reports1732300000200 } from './1732300000200-reports';
import { EscalationRefused1732300000209 } from './1732300000209-escalation-refused';
import { IncidentAccess1732300000210 } from './1732300000210-incident-access';
import { IncidentIndicators1732300000211 } from './1732300000211-incident-indicators';
import { ReportSla1732400030003 } from './1732400030003-report-sla';
import { ReporterView1732400060002 } from './1732400060002-reporter-view';
import { Feedback1732400070001 } from './1732400070001-feedback';

/** Every migration of this service, in order. Listed explicitly so bundles carry them. */
export const migrations = [
  MessagingOutboxInbox1732300000000,
  MessagingRawMessages1732300000010,
  Reports1732300000200,
  EscalationRefused1732300000209,
  IncidentAccess1732300000210,
  IncidentIndicators1732300000211,
  DurableTimers1732400030001,
  ReportSla1732400030003,
  ReporterView1732400060002,
  Feedback1732400070001,
];
