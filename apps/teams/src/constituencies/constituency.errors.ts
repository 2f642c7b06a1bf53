import { DomainError } from '@csirt/service';

export const ConstituencyErrors = {
  invalidInput: (field: string, message: string) =>
    new DomainError('CONSTITUENCY.INVALID_INPUT', message, { field }),
  notFound: (id: string) => new DomainError('CONSTITUENCY.NOT_FOUND', `constituency ${id} not found`, { id }),
  nameTaken: (name: string) =>
    new DomainError('CONSTITUENCY.NAME_TAKEN', `a constituency named ${name} exists`, { field: 'name' }),
};
