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
  // Authority, enforced (task-authority.ts).
  actionNotAuthorised: (authority: string) =>
    new DomainError(
      'TASK.ACTION_NOT_AUTHORISED',
      `the response team has ${authority} authority over the constituency: it may only recommend (purpose RECOMMENDATION)`,
      { authority },
    ),
  awaitingConsent: (id: string) =>
    new DomainError(
      'TASK.AWAITING_CONSENT',
      `task ${id} acts on the constituency and waits for its contact's consent (recordTaskConsent)`,
      { id },
    ),
  awaitingManagement: (id: string) =>
    new DomainError(
      'TASK.AWAITING_MANAGEMENT',
      `task ${id} was raised with the constituency's management and waits until it acts (recordManagementAction)`,
      { id },
    ),
  consentNotAwaited: (id: string, clearance: string | null) =>
    new DomainError('TASK.CONSENT_NOT_AWAITED', `task ${id} does not wait for consent`, { id, clearance }),
  notRaised: (id: string, clearance: string | null) =>
    new DomainError('TASK.NOT_RAISED', `task ${id} is not raised with the constituency's management`, { id, clearance }),
};
