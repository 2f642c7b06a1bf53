import { DomainError } from '@csirt/service';
import type { IncidentStatus } from '@csirt/contracts';
import type { TransitionViolation } from './incident-lifecycle';

const NOT_FOUND = 'INCIDENT.NOT_FOUND';

/** Whether `error` is IncidentErrors.notFound, for a use case that answers it in its own terms. */
export function isIncidentNotFound(error: unknown): boolean {
  return error instanceof DomainError && error.code === NOT_FOUND;
}

/** Errors of the incident use cases; `code` is stable and is what clients branch on. */
export const IncidentErrors = {
  invalidInput: (field: string, message: string) =>
    new DomainError('INCIDENT.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError(NOT_FOUND, `incident ${id} not found`, { id }),
  invalidTransition: (from: string, to: string) =>
    new DomainError('INCIDENT.INVALID_TRANSITION', `an incident in ${from} cannot move to ${to}`, {
      from,
      to,
    }),
  noteRequired: (from: string, to: string) =>
    new DomainError('INCIDENT.NOTE_REQUIRED', `moving back from ${from} to ${to} needs a note saying why`, {
      from,
      to,
    }),
  containmentTasksOpen: (openTaskIds: string[]) =>
    new DomainError(
      'INCIDENT.CONTAINMENT_TASKS_OPEN',
      `${openTaskIds.length} containment task(s) are still open; finish them or give an overrideReason`,
      { openTaskIds },
    ),
  resolutionRequired: () =>
    new DomainError('INCIDENT.RESOLUTION_REQUIRED', 'closing an incident needs a resolution'),
  lessonsLearnedRequired: (severity: number) =>
    new DomainError(
      'INCIDENT.LESSONS_LEARNED_REQUIRED',
      `closing a severity ${severity} incident needs lessons learned`,
      {
        severity,
      },
    ),
  tasksOpen: (openTaskIds: string[]) =>
    new DomainError(
      'INCIDENT.TASKS_OPEN',
      `${openTaskIds.length} task(s) are still open; finish them, or cancel them with the closure by giving cancelOpenTasksReason`,
      { openTaskIds },
    ),
  mergedAway: () =>
    new DomainError(
      'INCIDENT.MERGED',
      'this incident was merged into another and cannot be reopened; reopen the incident it was merged into',
    ),
  tlpDowngradeForbidden: (from: string, to: string) =>
    new DomainError(
      'INCIDENT.TLP_DOWNGRADE_FORBIDDEN',
      "only an incident manager or a security officer may lower an incident's TLP label",
      { from, to },
    ),
  closed: (id: string) =>
    new DomainError('INCIDENT.CLOSED', `incident ${id} is closed and cannot change`, { id }),
  mergeInvalid: (message: string) => new DomainError('INCIDENT.MERGE_INVALID', message),
  /** Reports named in a split that are not the incident's (unknown, or another incident's). */
  splitUnknownReports: (reportIds: string[]) =>
    new DomainError('INCIDENT.SPLIT_UNKNOWN_REPORTS', `${reportIds.length} report(s) are not reports of this incident`, { reportIds }),
  /** A split must leave the incident at least one report: moving them all is not a split. */
  splitAllReports: () =>
    new DomainError('INCIDENT.SPLIT_ALL_REPORTS', 'a split must leave at least one report with the incident'),
  linkInvalid: (message: string) => new DomainError('INCIDENT.LINK_INVALID', message),
  alreadyLinked: (id: string, otherId: string) =>
    new DomainError('INCIDENT.ALREADY_LINKED', `incidents ${id} and ${otherId} are already linked`, {
      id,
      otherId,
    }),
};

/** The error a broken life-cycle rule is answered with. */
export function transitionRefused(violation: TransitionViolation, from: IncidentStatus, to: IncidentStatus, severity: number): DomainError {
  switch (violation.rule) {
    case 'INVALID_TRANSITION':
      return IncidentErrors.invalidTransition(from, to);
    case 'NOTE_REQUIRED':
      return IncidentErrors.noteRequired(from, to);
    case 'CONTAINMENT_TASKS_OPEN':
      return IncidentErrors.containmentTasksOpen(violation.openTaskIds);
    case 'RESOLUTION_REQUIRED':
      return IncidentErrors.resolutionRequired();
    case 'LESSONS_LEARNED_REQUIRED':
      return IncidentErrors.lessonsLearnedRequired(severity);
    case 'TASKS_OPEN':
      return IncidentErrors.tasksOpen(violation.openTaskIds);
    case 'MERGED_AWAY':
      return IncidentErrors.mergedAway();
  }
}
