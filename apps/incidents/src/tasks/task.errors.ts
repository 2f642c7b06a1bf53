import { DomainError } from '@csirt/service';

export const TaskErrors = {
  invalidInput: (field: string, message: string) => new DomainError('TASK.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError('TASK.NOT_FOUND', `task ${id} not found`, { id }),
  invalidTransition: (from: string, to: string) =>
    new DomainError('TASK.INVALID_TRANSITION', `a task in status ${from} cannot become ${to}`, { from, to }),
};
