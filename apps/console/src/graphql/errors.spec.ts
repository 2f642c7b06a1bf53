import { CombinedError } from 'urql';
import { describeError } from './errors';

describe('describeError', () => {
  it("gives a domain refusal in the API's own words, as a sentence, with its code", () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'an incident in OPEN cannot move to CLOSED', extensions: { code: 'INCIDENT.INVALID_TRANSITION' } }],
    });
    expect(describeError(error)).toEqual([{ code: 'INCIDENT.INVALID_TRANSITION', message: 'An incident in OPEN cannot move to CLOSED.' }]);
  });

  it('says what a general code means to the person at the screen', () => {
    const error = new CombinedError({ graphQLErrors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }] });
    expect(describeError(error)).toEqual([{ code: 'FORBIDDEN', message: 'Your roles do not allow this.' }]);
  });

  it('tells a network failure apart from a refusal', () => {
    expect(describeError(new CombinedError({ networkError: new Error('fetch failed') }))).toEqual([
      { code: 'NETWORK', message: 'The API could not be reached. Check your connection and try again.' },
    ]);
  });
});
