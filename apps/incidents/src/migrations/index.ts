import { DurableTimers1732400030001 } from '@csirt/db';
import { MessagingOutboxInbox1732300000000, MessagingRawMessages1732300000010 } from '@csirt/messaging';
import { Incidents1732300000300 } from './1732300000300-incidents';
import { IncidentAccess1732300000302 } from './1732300000302-incident-access';
import { IncidentObservablesIndex1732300000303 } from './1732300000303-incident-observables-index';
import { Constituencies1732400030002 } from './1732400030002-constituencies';
import { ReportSlaBreaches1732400030004 } from './1732400030004-report-sla-breaches';

/** Every migration of this service, in order. Listed explicitly so bundles carry them. */
export const migrations = [
  MessagingOutboxInbox1732300000000,
  MessagingRawMessages1732300000010,
  Incidents1732300000300,
  IncidentAccess1732300000302,
  IncidentObservablesIndex1732300000303,
  DurableTimers1732400030001,
  Constituencies1732400030002,
  ReportSlaBreaches1732400030004,
];
