import { DomainError } from '@csirt/service';

/** Stable codes of intake's feedback function; clients branch on `extensions.code`. */
export const FeedbackErrors = {
  invalidInput: (field: string, message: string) => new DomainError('FEEDBACK.INVALID_INPUT', message, { field }),
  invalidTlp: (field: string, label: string) =>
    new DomainError('FEEDBACK.INVALID_TLP', `${label.slice(0, 50)} is not a label a question may carry (CLEAR, GREEN, AMBER, AMBER+STRICT)`, { field }),
  tlpNotCleared: (field: string, tlp: string) =>
    new DomainError('FEEDBACK.TLP_NOT_CLEARED', `you may not label a question TLP:${tlp.replace('_', '+')}: you could not read it yourself`, { field, tlp }),
  /** The same for a question that does not exist and one the caller may not read: nothing is revealed. */
  notFound: (id: string) => new DomainError('FEEDBACK.NOT_FOUND', `question ${id} not found`, { id }),
  invalidTransition: (from: string, to: string) =>
    new DomainError('FEEDBACK.INVALID_TRANSITION', `a question in status ${from} cannot become ${to}`, { from, to }),
  notAnswered: (id: string) => new DomainError('FEEDBACK.NOT_ANSWERED', `question ${id} has no answer to propose as a FAQ`, { id }),
  invalidRange: (message: string) => new DomainError('FEEDBACK.INVALID_RANGE', message, { field: 'to' }),
};
