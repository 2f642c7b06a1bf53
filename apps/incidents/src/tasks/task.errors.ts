import { DomainError } from '@csirt/service';

export const TaskErrors = {
  invalidInput: (field: string, message: string) => new DomainError('TASK.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError('TASK.NOT_FOUND', `task ${id} not found`, { id }),
  invalidTransition: (from: string, to: string) =>
    new DomainError('TASK.INVALID_TRANSITION', `a task in status ${from} cannot become ${to}`, { from, to }),
  /** The teams directory never announced this person (or not yet). */
  assigneeUnknown: (personId: string) =>
    new DomainError('TASK.ASSIGNEE_UNKNOWN', `no person ${personId} is known to the teams directory`, { personId }),
  /** The person has left or was deactivated in the teams directory. */
  assigneeInactive: (personId: string) =>
    new DomainError('TASK.ASSIGNEE_INACTIVE', `person ${personId} is not active`, { personId }),
};
