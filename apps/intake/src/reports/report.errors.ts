import { DomainError } from '@csirt/service';

/** Stable codes of the intake domain; clients branch on `extensions.code`. */
export const ReportErrors = {
  invalidInput: (field: string, message: string) => new DomainError('REPORT.INVALID_INPUT', message, { field }),
  invalidObservable: (field: string, type: string, message: string) =>
    new DomainError('REPORT.INVALID_OBSERVABLE', message, { field, observableType: type }),
  invalidTlp: (field: string, label: string) =>
    new DomainError('REPORT.INVALID_TLP', `${label.slice(0, 50)} is not a TLP 2.0 label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED)`, { field }),
  invalidClassification: (field: string, rsitClass: string, rsitType: string) =>
    new DomainError('REPORT.INVALID_CLASSIFICATION', `${rsitClass}/${rsitType} is not an RSIT class and type`, { field }),
  tlpNotCleared: (field: string, tlp: string) =>
    new DomainError('REPORT.TLP_NOT_CLEARED', `you may not label a report TLP:${tlp.replace('_', '+')}: you could not read it yourself`, { field, tlp }),
  notFound: (id: string) => new DomainError('REPORT.NOT_FOUND', `report ${id} not found`, { id }),
  invalidTransition: (from: string, to: string) =>
    new DomainError('REPORT.INVALID_TRANSITION', `a report in status ${from} cannot become ${to}`, { from, to }),
  mergeIntoSelf: (id: string) => new DomainError('REPORT.MERGE_INTO_SELF', 'a report cannot be merged into itself', { id }),
  invalidMergeTarget: (id: string, status: string) =>
    new DomainError('REPORT.INVALID_MERGE_TARGET', `cannot merge into report ${id}: it is ${status}`, { intoReportId: id, status }),
  channelNotAllowed: (channel: string, who: string) =>
    new DomainError('REPORT.CHANNEL_NOT_ALLOWED', `only ${who}'s credentials may submit on the ${channel} channel`, { field: 'input.channel', channel }),
  /** The same for an incident that does not exist and one the caller may not read: nothing is revealed. */
  incidentNotFound: (id: string) =>
    new DomainError('REPORT.INCIDENT_NOT_FOUND', `incident ${id} not found`, { field: 'input.incidentId', incidentId: id }),
  incidentClosed: (id: string) =>
    new DomainError('REPORT.INCIDENT_CLOSED', `incident ${id} is closed: reopen it first, or escalate into a new incident`, {
      field: 'input.incidentId',
      incidentId: id,
    }),
  /** A constituency the teams directory has not announced: no service level could be measured for it. */
  unknownConstituency: (field: string, id: string) =>
    new DomainError('REPORT.UNKNOWN_CONSTITUENCY', `constituency ${id.slice(0, 100)} is not known`, { field }),
  clockNotRunning: (id: string) =>
    new DomainError('REPORT.CLOCK_NOT_RUNNING', `report ${id} has no running triage clock (none, already met, or breached)`, { id }),
  clockAlreadyPaused: (id: string) => new DomainError('REPORT.CLOCK_ALREADY_PAUSED', `the triage clock of report ${id} is already paused`, { id }),
  clockNotPaused: (id: string) => new DomainError('REPORT.CLOCK_NOT_PAUSED', `the triage clock of report ${id} is not paused`, { id }),
  bulkTooLarge: (max: number) => new DomainError('REPORT.BULK_TOO_LARGE', `at most ${max} reports per bulk submission`, { max }),
};
