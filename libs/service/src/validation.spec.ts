import { z } from 'zod';
import { DomainError } from './errors';
import { isUuid, parseInput } from './validation';

const invalid = (field: string, message: string) => new DomainError('THING.INVALID_INPUT', message, { field });
const Schema = z.object({ title: z.string().min(3), tags: z.array(z.string().max(2)) });

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(Schema, { title: 'abc', tags: ['a'] }, invalid)).toEqual({ title: 'abc', tags: ['a'] });
  });

  it('throws the caller’s error naming the first bad field by its path', () => {
    expect.assertions(3);
    try {
      parseInput(Schema, { title: 'abc', tags: ['ok', 'too long'] }, invalid);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('THING.INVALID_INPUT');
      expect((error as DomainError).details).toEqual({ field: 'tags.1' });
    }
  });

  it('names the whole input when the problem has no path', () => {
    expect(() => parseInput(Schema, 'not an object', invalid)).toThrow(/^input: /);
  });
});

describe('isUuid', () => {
  it.each([
    ['0b7c4f5e-3f1a-4c2d-9e8b-7a6f5e4d3c2b', true],
    ['0B7C4F5E-3F1A-4C2D-9E8B-7A6F5E4D3C2B', true],
    ['0b7c4f5e3f1a4c2d9e8b7a6f5e4d3c2b', false],
    ["1' OR '1'='1", false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
