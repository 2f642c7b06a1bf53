import { DomainError } from '@csirt/service';

export const ConstituencyErrors = {
  invalidInput: (field: string, message: string) =>
    new DomainError('CONSTITUENCY.INVALID_INPUT', message, { field }),
  nameTaken: (name: string) =>
    new DomainError('CONSTITUENCY.NAME_TAKEN', `a constituency named ${name} exists`, { field: 'name' }),
};
