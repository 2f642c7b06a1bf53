import { MessagingOutboxInbox1732300000000, MessagingRawMessages1732300000010 } from '@csirt/messaging';
import { Incidents1732300000300 } from './1732300000300-incidents';
import { IncidentAccess1732300000302 } from './1732300000302-incident-access';
import { IncidentObservablesIndex1732300000303 } from './1732300000303-incident-observables-index';
import { Constituencies1732400030002 } from './1732400030002-constituencies';
import { IncidentMetricsRollup1732400040001 } from './1732400040001-incident-metrics-rollup';
import { IncidentRedOpenedIndex1732400040002 } from './1732400040002-incident-red-opened-index';
import { IncidentTaskAssigneeIndex1732400080001 } from './1732400080001-incident-task-assignee-index';

/** Every migration of this service, in order. Listed explicitly so bundles carry them. */
export const migrations = [
  MessagingOutboxInbox1732300000000,
  MessagingRawMessages1732300000010,
  Incidents1732300000300,
  IncidentAccess1732300000302,
  IncidentObservablesIndex1732300000303,
  // h3-clocks registers DurableTimers1732400030001 (from @csirt/db) before this one: merged with it.
  Constituencies1732400030002,
  IncidentMetricsRollup1732400040001,
  IncidentRedOpenedIndex1732400040002,
  IncidentTaskAssigneeIndex1732400080001,
];
