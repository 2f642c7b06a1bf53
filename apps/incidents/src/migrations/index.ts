import { DurableTimers1732400030001 } from '@csirt/db';
import { MessagingOutboxInbox1732300000000, MessagingRawMessages1732300000010 } from '@csirt/messaging';
import { Incidents1732300000300 } from './1732300000300-incidents';
import { IncidentAccess1732300000302 } from './1732300000302-incident-access';
import { IncidentObservablesIndex1732300000303 } from './1732300000303-incident-observables-index';
import { People1732400010001 } from './1732400010001-people';
import { Constituencies1732400030002 } from './1732400030002-constituencies';
import { ReportSlaBreaches1732400030004 } from './1732400030004-report-sla-breaches';
import { IncidentMetricsRollup1732400040001 } from './1732400040001-incident-metrics-rollup';
import { IncidentRedOpenedIndex1732400040002 } from './1732400040002-incident-red-opened-index';
import { TaskAuthority1732400050001 } from './1732400050001-task-authority';
import { PublicResolutionSummary1732400060001 } from './1732400060001-public-resolution-summary';
import { IncidentTaskAssigneeIndex1732400080001 } from './1732400080001-incident-task-assignee-index';

/** Every migration of this service, in order. Listed explicitly so bundles carry them. */
export const migrations = [
  MessagingOutboxInbox1732300000000,
  MessagingRawMessages1732300000010,
  Incidents1732300000300,
  IncidentAccess1732300000302,
  IncidentObservablesIndex1732300000303,
  People1732400010001,
  DurableTimers1732400030001,
  Constituencies1732400030002,
  ReportSlaBreaches1732400030004,
  IncidentMetricsRollup1732400040001,
  IncidentRedOpenedIndex1732400040002,
  TaskAuthority1732400050001,
  PublicResolutionSummary1732400060001,
  IncidentTaskAssigneeIndex1732400080001,
];
